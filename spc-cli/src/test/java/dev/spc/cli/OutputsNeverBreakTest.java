package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that never break, run as a user runs spc: the same bytes on any locale and time zone, whole
 * batches or nothing, inputs never overwritten, permissions kept, names of any length and script, and data
 * that cannot disturb a terminal or an XML file.
 */
class OutputsNeverBreakTest {
    @TempDir
    Path dir;

    /** Every file under a folder, by relative path, with its bytes. */
    static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return all;
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), what + ": " + name);
        }
    }

    /** Every output format of the example data, written into {@code out}. */
    static void everyFormat(Path out) throws IOException {
        Files.createDirectories(out);
        String ipr = ChartCommandTest.ipr();
        String settings = ChartCommandTest.settings();
        for (String format : List.of("png", "svg", "pdf")) {
            Cli.Result r = Cli.run("chart", ipr, "--settings", settings, "--quiet", "--format", format,
                    "-o", out.resolve(format).toString());
            assertEquals(0, r.status(), r.toString());
        }
        Cli.Result r = Cli.run("chart", ipr, "--settings", settings, "--quiet", "--small-multiples",
                "-o", out.resolve("grid.pdf").toString());
        assertEquals(0, r.status(), r.toString());
        r = Cli.run("report", ipr, "--settings", settings, "--quiet", "-o", out.resolve("report.html").toString());
        assertEquals(0, r.status(), r.toString());
        r = Cli.run("analyse", ipr, "--settings", settings, "--quiet", "-o", out.resolve("points.json").toString());
        assertEquals(0, r.status(), r.toString());
        r = Cli.run("summary", ipr, "--settings", settings, "--quiet", "-o", out.resolve("summary.csv").toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void everyFormatHasTheSameBytesOnAnyLocaleAndTimeZoneAndRun() throws Exception {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("en-GB"));
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
            everyFormat(dir.resolve("en"));
            Map<String, byte[]> expected = contents(dir.resolve("en"));
            assertTrue(new String(expected.get("svg/bed-occupancy.svg"), StandardCharsets.UTF_8).contains(">90.5%<"));
            Thread.sleep(1100); // a PDF's dates are to the second
            for (String tag : List.of("de-DE", "ar-EG")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone(tag.equals("de-DE") ? "America/New_York" : "Asia/Kolkata"));
                everyFormat(dir.resolve(tag));
                // Before: "90,5%" on the axes under de-DE, Arabic-Indic digits (and an unreadable PDF) under ar-EG,
                // and each PDF's creation time.
                assertSameFiles(expected, contents(dir.resolve(tag)), tag);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void aJavaStartedInAnotherLocaleDrawsTheSameChart() throws Exception {
        Path en = dir.resolve("en.svg");
        Path de = dir.resolve("de.svg");
        String[] args = {"chart", ChartCommandTest.ipr(), "--metric", "Bed occupancy*", "--quiet"};
        Cli.Result r = Cli.run(concat(args, "-o", en.toString()));
        assertEquals(0, r.status(), r.toString());
        r = Forked.run(List.of("-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=Pacific/Auckland"),
                Map.of(), dir, concat(args, "-o", de.toString()));
        assertEquals(0, r.status(), r.toString());
        // Before: the axis said 90,5 where it says 90.5.
        assertTrue(Files.readString(en).equals(Files.readString(de)), "the same SVG under de-DE");
    }

    static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    @Test
    void aBatchThatCannotBeFinishedLeavesTheFolderExactlyAsItWas() throws IOException {
        Path out = dir.resolve("charts");
        Cli.Result first = Cli.run("chart", ChartCommandTest.ipr(), "--quiet", "-o", out.toString());
        assertEquals(0, first.status(), first.toString());
        List<String> written = first.out().lines().toList();
        assertEquals(14, written.size());
        // The 14th chart's name taken by a folder: it cannot be written.
        Path last = Path.of(written.get(13));
        Files.delete(last);
        Files.createDirectories(last.resolve("keep"));
        Map<String, byte[]> before = contents(out);
        Cli.Result second = Cli.run("chart", ChartCommandTest.ipr(), "--quiet", "--theme", "high-contrast",
                "-o", out.toString());
        assertEquals(1, second.status(), second.toString());
        assertTrue(second.err().contains("a folder of that name is in the way") && second.err().contains("nothing was changed"),
                second.err());
        // Before: the first 13 charts were already replaced by high-contrast ones.
        assertSameFiles(before, contents(out), "the folder as it was");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(14, s.count(), "nothing temporary left: " + out);
        }
    }

    @Test
    void lessonsThatCannotAllBeWrittenLeaveNoneAndNoFolderMadeForThem() throws IOException {
        Path out = dir.resolve("lessons");
        Path blocker = Files.createDirectories(out.resolve("shift").resolve("lesson.txt").resolve("keep"));
        Cli.Result r = Cli.run("teach", "all", "-o", out.toString());
        assertEquals(1, r.status(), r.toString());
        // Before: every lesson before the shift's was written, and the shift's data and chart too.
        try (Stream<Path> s = Files.walk(out)) {
            assertEquals(List.of(out, out.resolve("shift"), out.resolve("shift").resolve("lesson.txt"), blocker),
                    s.sorted().toList());
        }
    }

    @Test
    void sigtermWhileChartsAreDrawnLeavesNoTemporaryFileAndNoFolderItMade() throws Exception {
        StringBuilder csv = new StringBuilder("metric,date,value\n");
        for (int m = 0; m < 400; m++) {
            for (int i = 0; i < 24; i++) {
                csv.append("Metric ").append(m).append(',').append(LocalDate.of(2023, 1, 1).plusMonths(i)).append(',')
                        .append((m * 7 + i * 13) % 29).append('\n');
            }
        }
        Path data = Files.writeString(dir.resolve("many.csv"), csv);
        Path out = dir.resolve("charts");
        Process spc = new ProcessBuilder(Forked.command(List.of(), "chart", data.toString(), "--quiet", "-o", out.toString()))
                .redirectOutput(dir.resolve("sig.out").toFile()).redirectError(dir.resolve("sig.err").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stagedFiles(out) < 3 && System.nanoTime() < deadline && spc.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(stagedFiles(out) >= 3, "charts were being drawn aside: " + Files.readString(dir.resolve("sig.err")));
        spc.destroy(); // SIGTERM
        assertTrue(spc.waitFor(30, TimeUnit.SECONDS), "spc ended");
        assertEquals(143, spc.exitValue(), "ended by the signal, before it finished");
        // Before: the .png.tmp files of the charts drawn so far, and the folder it made, were left.
        assertFalse(Files.exists(out), "the folder the run made is gone with its temporary files");
    }

    /** How many files are in {@code out}, at any depth: the charts drawn so far, not yet moved in. */
    static long stagedFiles(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).count();
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }

    @Test
    void noChartIsWrittenOverAnInputFileInItsFolder() throws IOException {
        Path data = Files.copy(ExampleDataTest.data("ipr.csv"), dir.resolve("staff-turnover.png"));
        Path settings = Files.copy(ExampleDataTest.data("ipr-settings.csv"), dir.resolve("falls-per-1-000-bed-days.png"));
        byte[] dataBytes = Files.readAllBytes(data);
        byte[] settingsBytes = Files.readAllBytes(settings);
        Cli.Result r = Cli.run("chart", data.toString(), "--settings", settings.toString(), "-o", dir.toString());
        assertEquals(0, r.status(), r.toString());
        // Before: both inputs were overwritten by charts.
        assertArrayEquals(dataBytes, Files.readAllBytes(data), "the data file");
        assertArrayEquals(settingsBytes, Files.readAllBytes(settings), "the settings file");
        assertTrue(r.out().lines().anyMatch(l -> l.endsWith("staff-turnover-2.png")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.endsWith("falls-per-1-000-bed-days-2.png")), r.out());
        assertTrue(r.err().contains("note: the chart of Staff turnover (%) is written as staff-turnover-2.png, since "
                + "staff-turnover.png is an input file, which is never overwritten"), r.err());
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path csv = dir.resolve("summary.csv");
        Path png = dir.resolve("one.png");
        Path html = dir.resolve("report.html");
        String one = Files.writeString(dir.resolve("one.csv"), "date,value\n2024-01-01,1\n2024-02-01,2\n2024-03-01,4\n")
                .toString();
        for (String[] args : List.of(new String[] {"summary", one, "-o", csv.toString()},
                new String[] {"chart", one, "-o", png.toString()}, new String[] {"report", one, "-o", html.toString()})) {
            Path target = Path.of(args[3]);
            assertEquals(0, Cli.run(args).status());
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
            Cli.Result r = Cli.run(args);
            assertEquals(0, r.status(), r.toString());
            // Before: the new file had the usual permissions (rw-r--r-- under the usual umask).
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)), args[0]);
        }
    }

    @Test
    void namesOfAnyLengthAndScriptGiveChartsWithNamesAFileSystemTakes() throws IOException {
        String cjk = "\u75c5".repeat(77);
        String wide = "\uD840\uDC00".repeat(80);
        String longest = "x".repeat(64_000);
        Path csv = Files.writeString(dir.resolve("names.csv"), "metric,date,value\n"
                + cjk + ",2024-01-01,1\n" + cjk + ",2024-02-01,2\n" + wide + ",2024-01-01,1\n" + wide + ",2024-02-01,2\n"
                + longest + ",2024-01-01,1\n" + longest + ",2024-02-01,2\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("charts");
        Cli.Result r = Cli.run("chart", csv.toString(), "--quiet", "-o", out.toString());
        // Before: "File name too long" for the temporary file of the 77 CJK letters, and no chart at all.
        assertEquals(0, r.status(), r.toString());
        try (Stream<Path> s = Files.list(out)) {
            List<Path> files = s.toList();
            assertEquals(3, files.size(), files.toString());
            for (Path p : files) {
                assertTrue(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 130, p.toString());
            }
        }
        Path single = dir.resolve(cjk + cjk.substring(0, 3) + ".png");
        r = Cli.run("chart", csv.toString(), "--quiet", "--metric", cjk, "-o", single.toString());
        assertEquals(0, r.status(), "a target of 240 bytes has a temporary name a file system takes: " + r);
    }

    @Test
    void controlCharactersInDataLeaveWellFormedXmlAndReachNoTerminalRaw() throws Exception {
        String metric = "Ward\u001B[31m A\u0007\u009B2J";
        Path csv = Files.writeString(dir.resolve("odd.csv"), "metric,date,value,annotation\n"
                + metric + ",2024-01-01,1,\n" + metric + ",2024-02-01,2,New\u0001 rota\u001B]0;pwned\u0007\n"
                + metric + ",2024-03-01,3,\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("svg");
        Cli.Result r = Cli.run("chart", csv.toString(), "--quiet", "--format", "svg", "-o", out.toString());
        assertEquals(0, r.status(), r.toString());
        try (Stream<Path> s = Files.list(out)) {
            for (Path svg : s.toList()) {
                // Before: "An invalid XML character (Unicode: 0x1b) was found".
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
            }
        }
        r = Cli.run("report", csv.toString(), "--quiet", "-o", dir.resolve("odd.html").toString());
        assertEquals(0, r.status(), r.toString());
        // Before: the report's headings, table and links held the raw ESC and BEL.
        String html = Files.readString(dir.resolve("odd.html"));
        assertFalse(html.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F),
                "no control character but line ends and tabs in the report");
        assertTrue(html.contains("Ward [31m A  2J"), "the name, its controls as spaces");
        // A message that names the metrics, as the data spell them: shown escaped, never obeyed.
        r = Cli.run("summary", csv.toString(), "--metric", "nothing like it");
        assertEquals(1, r.status(), r.toString());
        assertFalse(r.err().chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x9B), "no raw control: " + r.err());
        assertTrue(r.err().contains("Ward\\x1B[31m A\\x07\\x9B2J"), r.err());
    }

    @Test
    void terminalTextShowsEveryControlEscapedAndKeepsLinesAndLetters() {
        assertEquals("a\\x1B[2Jb\\x0Dc\\x7F\\x85d\\u202Ee\n\tf \uD83D\uDE91 \\uD800",
                Terminal.printable("a\u001B[2Jb\rc\u007F\u0085d\u202Ee\n\tf \uD83D\uDE91 \uD800"));
        String plain = "Falls per 1,000 bed days: Größe, 病床";
        assertEquals(plain, Terminal.printable(plain));
    }
}
