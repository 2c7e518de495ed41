package dev.spc.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void controlsBecomeSpacesAndLoneSurrogatesTheReplacementCharacter() {
        assertEquals("a b c d e", SafeText.line("a\u0001b\u001Bc\nd\u0085e"));
        assertEquals("x\uFFFDy\uFFFDz\uFFFD", SafeText.line("x\uD800y\uDC00z\uFFFE"));
        String emoji = "seen \uD83D\uDE91 today";
        assertSame(emoji, SafeText.line(emoji), "a text needing nothing is returned as it is");
        assertEquals("\uFFFD\uD83D\uDE91", SafeText.line("\uD83D\uD83D\uDE91"), "a high half before a pair");
    }

    @Test
    void paragraphTextKeepsLineEndsAndTabs() {
        assertEquals("a\tb\nc\r\nd e \uFFFD", SafeText.text("a\tb\nc\r\nd\u001Be\u0090\uDC00"));
        String plain = "Größe\n病床";
        assertSame(plain, SafeText.text(plain));
    }

    @Test
    void shortenKeepsShortTextAndEndsACutOneWithAnEllipsis() {
        assertEquals("abc", SafeText.shorten("abc", 3));
        assertEquals("ab\u2026", SafeText.shorten("abcd", 3));
        assertEquals("\u2026", SafeText.shorten("abcd", 1));
        // "a" then two letters outside the basic plane (two chars each): three code points fit in three.
        String wide = "a\uD840\uDC00\uD840\uDC01";
        assertSame(wide, SafeText.shorten(wide, 3));
        assertEquals("a\uD840\uDC00\u2026", SafeText.shorten(wide + "b", 3), "a pair is never split");
        assertThrows(IllegalArgumentException.class, () -> SafeText.shorten("abc", 0));
    }

    /** Random texts of pairs, lone halves and controls: the result is always XML-safe and within the bound. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void anyTextBecomesSafeAndBounded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        char[] pool = {'a', 'Z', ' ', '\u0000', '\u001B', '\u007F', '\u0090', '\uD83D', '\uDE91', '\uFFFF', '\u00E9'};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append(pool[random.nextInt(pool.length)]);
        }
        int max = 1 + random.nextInt(60);
        String safe = SafeText.shorten(SafeText.line(sb.toString()), max);
        assertTrue(safe.codePointCount(0, safe.length()) <= max, "seed " + seed + ": " + safe);
        for (int i = 0; i < safe.length(); i++) {
            assertTrue(SafeText.allowed(safe, i) && !Character.isISOControl(safe.charAt(i)),
                    "seed " + seed + ": char " + i + " of " + safe);
        }
    }
}
