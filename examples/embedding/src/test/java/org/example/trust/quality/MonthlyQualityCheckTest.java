package org.example.trust.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example runs, and says what a person works out by hand from its data. */
class MonthlyQualityCheckTest {
    static List<String> run() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            MonthlyQualityCheck.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theLimitsIconsAndTheNewMonthAreAsWorkedByHand() {
        List<String> lines = run();
        // 24 months alternating 74 and 76: mean 75, every moving range 2, so the limits are
        // 75 -+ 2.66 x 2 = 69.68 and 80.32 (Making Data Count), shown to the decimals sigma (1.77) calls for.
        assertEquals("centre: 75.0%", lines.get(0));
        assertEquals("limits: 69.7% to 80.3%", lines.get(1));
        // No rule fires on a stable alternation; the target of 78 lies between the limits: hit and miss.
        assertEquals("variation: common_cause", lines.get(2));
        assertEquals("assurance: hit_and_miss", lines.get(3));
        assertTrue(lines.get(4).startsWith("The latest point (Mar 2025: 76%) shows common cause variation"),
                lines.get(4));
        // 68 is below the frozen lower limit of 69.68: special cause concern, by the astronomical-point rule.
        assertEquals("2025-04: concern [ASTRONOMICAL]: investigate", lines.get(5));
        assertTrue(lines.get(6).startsWith("The latest point (Apr 2025: 68%) shows special cause concern: it lies "
                + "below the lower process limit of 69.7%"), lines.get(6));
        assertEquals("refused: DUPLICATE_DATE on 2025-04-01", lines.get(7));
        assertEquals(8, lines.size());
    }
}
