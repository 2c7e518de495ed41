package dev.spc.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    static final List<String> AWKWARD = List.of(
            "A&E 4-hour performance (%)",
            "a/b\\c",
            "../../etc/passwd",
            "..",
            ".",
            "\"quoted\" and 'single'",
            "Patients 😀 seen 🚑",
            "😀😀😀",
            "x".repeat(300),
            "x".repeat(299) + "y",
            "CON",
            "Ward A: falls/1,000 bed days",
            "Ward A: falls/1,000 bed days ",
            "ward a: falls / 1,000 bed days",
            "Μονάδα εντατικής θεραπείας",
            "病床占用率",
            "tab\tnew\nline\u0000nul",
            "");

    @Test
    void awkwardMetricNamesGiveSafeDistinctReadableNames() {
        FileNames names = new FileNames();
        Set<String> seen = new HashSet<>();
        for (String metric : AWKWARD) {
            String name = names.next(metric, "png");
            assertTrue(name.endsWith(".png"), name);
            String stem = name.substring(0, name.length() - 4);
            assertTrue(stem.matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*"), "only letters, digits and single dashes: " + name);
            assertFalse(name.contains("/") || name.contains("\\") || name.contains(".."), name);
            assertTrue(stem.length() <= 80, name.length() + ": " + name);
            assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "distinct, ignoring case: " + name);
        }
    }

    @Test
    void namesAreBoundedInBytesWhateverTheScript() {
        FileNames names = new FileNames();
        // 77 CJK letters (3 bytes each in UTF-8), and 80 letters outside the basic plane (4 bytes each: 320 bytes
        // before, more than the 255 a file system allows).
        for (String metric : List.of("\u75c5".repeat(77), "\uD840\uDC00".repeat(80), "\uD840\uDC00".repeat(80))) {
            String name = names.next(metric, "png");
            int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertTrue(bytes <= FileNames.MAX_BYTES + 8, bytes + " bytes: " + name);
            assertFalse(name.contains("\uFFFD") || Character.isHighSurrogate(name.charAt(name.length() - 5)), name);
        }
    }

    @Test
    void aReservedNameIsNeverGiven() {
        FileNames names = new FileNames();
        names.reserve("Waits.PNG");
        assertEquals("waits-2.png", names.next("Waits", "png"));
        assertEquals("waits.svg", new FileNames().next("Waits", "svg"));
    }

    @Test
    void namesReadLikeTheMetric() {
        FileNames names = new FileNames();
        assertEquals("a-e-4-hour-performance.png", names.next("A&E 4-hour performance (%)", "png"));
        assertEquals("falls-per-1-000-bed-days.svg", names.next("Falls per 1,000 bed days", "svg"));
        assertEquals("falls-per-1-000-bed-days-2.svg", names.next("Falls per 1,000 bed-days", "svg"));
        assertEquals("metric.pdf", names.next("😀", "pdf"));
        assertEquals("con-metric.png", names.next("CON", "png"));
        assertEquals("病床占用率.png", names.next("病床占用率", "png"));
    }

    @Test
    void aLongNameIsCutAndStillMadeUnique() {
        FileNames names = new FileNames();
        String a = names.next("x".repeat(300), "png");
        String b = names.next("x".repeat(299) + "y", "png");
        assertEquals("x".repeat(80) + ".png", a);
        assertEquals("x".repeat(78) + "-2.png", b);
    }
}
