package dev.spc.charts;

/**
 * Text from data made safe to draw and to write into XML, HTML and PDF: characters those formats cannot
 * hold (control characters, lone surrogate halves, the non-characters U+FFFE and U+FFFF) are replaced, and
 * text too long to show is cut, in time linear in its length, with an ellipsis.
 */
public final class SafeText {
    /** What stands for a character that cannot be shown: U+FFFD, the replacement character. */
    public static final char REPLACEMENT = '\uFFFD';
    /** The ellipsis that ends a cut text. */
    public static final String ELLIPSIS = "\u2026";

    private SafeText() {
    }

    /**
     * The text on one line, as a title or label shows it: every control character (C0, DEL and C1, line ends
     * and tabs included) becomes a space, and every lone surrogate or non-character becomes U+FFFD. Text
     * that needs nothing replaced is returned as it is.
     */
    public static String line(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && allowed(text, i) && !Character.isISOControl(text.charAt(i))) {
            i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
        }
        if (i >= n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                sb.append(' ');
                i++;
            } else if (!allowed(text, i)) {
                sb.append(REPLACEMENT);
                i++;
            } else if (Character.isHighSurrogate(c)) {
                sb.append(c).append(text.charAt(i + 1));
                i += 2;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * The text with line ends and tabs kept, as a table cell or a paragraph of HTML or XML shows it: every
     * other control character (C0, DEL and C1) becomes a space, and every lone surrogate or non-character
     * U+FFFD. Text that needs nothing replaced is returned as it is.
     */
    public static String text(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replaced = c == '\t' || c == '\n' || c == '\r' ? c
                    : Character.isISOControl(c) ? ' ' : allowed(text, i) ? c : REPLACEMENT;
            if (replaced != c && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(replaced);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Whether the character at {@code i} may stand in XML 1.0 (tab, line feed and carriage return are the
     * only controls below U+0020 it allows): a surrogate counts only as half of a pair.
     */
    static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }

    /**
     * The text cut to at most {@code max} characters (code points), the last of them an ellipsis when it
     * is cut; a surrogate pair is never split. Linear in {@code max}, whatever the text's length.
     */
    public static String shorten(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a text must keep at least one character, not " + max);
        }
        int end = 0;
        int cut = 0;
        for (int kept = 0; kept < max && end < text.length(); kept++) {
            if (kept == max - 1) {
                cut = end;
            }
            end = next(text, end);
        }
        return end >= text.length() ? text : text.substring(0, cut) + ELLIPSIS;
    }

    /** The index after the character (code point) at {@code i}. */
    private static int next(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                ? i + 2 : i + 1;
    }
}
