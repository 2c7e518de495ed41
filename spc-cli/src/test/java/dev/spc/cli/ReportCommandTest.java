package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spc report} as an analyst runs it, without a browser ({@link ReportBrowserTest} opens the page). */
class ReportCommandTest {
    @TempDir
    Path dir;

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    static Cli.Result report(Path html, String... more) {
        List<String> args = new ArrayList<>(List.of("report", ChartCommandTest.ipr(), "--settings",
                ChartCommandTest.settings(), "-o", html.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The files in the test's folder, to show that nothing (not even a temporary file) was left. */
    List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theExampleDataMakeOnePageWithAChartPerMetricInTheirGroups() throws IOException {
        Path html = dir.resolve("report.html");
        Cli.Result r = report(html, "--title", "Trust board", "--subtitle", "Integrated performance report");
        assertEquals(0, r.status(), r.toString());
        assertEquals("", r.err(), "no notes or warnings");
        assertEquals(html.toString(), r.out().strip(), "the path of the file written");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertEquals(14, count(page, "<svg class=\"chart\" "), "one chart per metric of ipr.csv");
        assertEquals(14, count(page, "<tr class=\"metric\" "), "one matrix row per metric");
        assertTrue(page.contains("<h1>Trust board</h1>") && page.contains("Integrated performance report"));
        assertTrue(page.contains("Data to <time datetime=\"2025-03-01\">March 2025</time>"), "the date of the data");
        // Groups from the settings' group column, in the order of their first metric in the data.
        int at = 0;
        for (String group : List.of("responsive", "effective", "safe", "caring", "well-led")) {
            int next = page.indexOf("class=\"group\">" + group + " <span");
            assertTrue(next > at, group + " after the group before it");
            at = next;
        }
        // The data name a Falls metric whose latest point is a concern (ExampleDataTest); its name is escaped.
        assertTrue(page.contains("Falls per 1,000 bed days</a></th>"), "the metric as text");
        assertTrue(page.contains("<a href=\"#m1\">A&amp;E 4-hour performance (%)</a>"), "an ampersand escaped");
        assertEquals(List.of("report.html"), files());
    }

    @Test
    void theSameDataGiveTheSameBytes() throws IOException {
        Path first = dir.resolve("a.html");
        Path second = dir.resolve("b.html");
        assertEquals(0, report(first).status());
        assertEquals(0, report(second).status());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void withoutAnOutputItIsACommandLineError() {
        Cli.Result r = Cli.run("report", ChartCommandTest.ipr());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("-o report.html"), r.err());
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedBeforeAnyWork() {
        Path html = dir.resolve("missing").resolve("report.html");
        Cli.Result r = report(html);
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("does not exist") && r.err().contains("Create the folder first"), r.err());
        assertFalse(Files.exists(html.getParent()));
    }

    @Test
    void aFailedRunLeavesTheEarlierReportAsItWas() throws IOException {
        Path html = Files.writeString(dir.resolve("report.html"), "earlier");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "metric,date,value\nA,2024-01-01,10\nA,2024-02-01,ten\n");
        Cli.Result r = Cli.run("report", bad.toString(), "-o", html.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("bad.csv, row 3, column 'value'") && r.err().contains("'ten'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals("earlier", Files.readString(html));
        assertEquals(List.of("bad.csv", "report.html"), files());
    }

    @Test
    void funnelPlotsOfTheUnitsFollowTheMetrics() throws IOException {
        Path html = dir.resolve("report.html");
        // funnel-wards.csv holds two metrics (a funnel each), funnel-mortality.csv one, of ratios.
        Cli.Result r = report(html, "--funnel", ExampleDataTest.data("funnel-wards.csv").toString(), "--funnel",
                ExampleDataTest.data("funnel-mortality.csv").toString(), "--funnel-overdispersion", "none");
        assertEquals(0, r.status(), r.toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("Comparing units: 3 funnel plots"), "linked from the summary");
        for (String anchor : new String[] {"u1", "u2", "u3"}) {
            assertTrue(page.contains("<section class=\"funnel\" id=\"" + anchor + "\""), anchor);
        }
        assertTrue(page.contains("<h3 id=\"u1-h\">Readmissions within 30 days</h3>"), "the wards' first metric");
        // The outliers are those spc funnel finds with the same settings.
        Cli.Result units = Cli.run("funnel", ExampleDataTest.data("funnel-mortality.csv").toString(), "--overdispersion",
                "none", "--quiet");
        var t = units.table();
        int named = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            String outlier = t.stringColumn("outlier").get(i);
            if (!outlier.equals("none")) {
                String row = "<tr class=\"" + outlier + "\"><th scope=\"row\">" + t.stringColumn("unit").get(i) + "</th>";
                assertTrue(page.contains(row), row);
                named++;
            }
        }
        assertTrue(named > 0, "the example trusts have outliers");
        assertTrue(page.substring(page.indexOf("id=\"u3\"")).contains("Outside the 99.8% limits, unlikely to be chance"));
    }

    @Test
    void unitsThatCannotBeReadLeaveNothingWritten() throws IOException {
        Path html = dir.resolve("report.html");
        Path bad = Files.writeString(dir.resolve("units.csv"), "ward,numerator,denominator\nA,5,50\nB,five,40\n");
        Cli.Result r = report(html, "--funnel", bad.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("units.csv") && r.err().contains("five"), r.err());
        assertFalse(Files.exists(html), "nothing written");
        Cli.Result wrong = report(html, "--funnel", bad.toString(), "--funnel-overdispersion", "lots");
        assertEquals(2, wrong.status(), wrong.toString());
        assertTrue(wrong.err().contains("--funnel-overdispersion"), wrong.err());
    }

    @Test
    void theReportIsListedInTheHelp() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("report") && r.out().contains("spc report examples/data/ipr.csv -o report.html"),
                r.out());
        Cli.Result own = Cli.run("report", "--help");
        assertTrue(own.out().contains("--pdf") && own.out().contains("--title"), own.out());
    }

    @Test
    void theBarIsShownOnlyToAPersonAtATerminalForALongRun() {
        assertEquals(Progress.Display.SHOWN, Progress.Display.of(true, false, Progress.HANDFUL + 1));
        assertEquals(Progress.Display.HIDDEN, Progress.Display.of(true, false, Progress.HANDFUL));
        assertEquals(Progress.Display.HIDDEN, Progress.Display.of(true, true, 1000), "--quiet");
        assertEquals(Progress.Display.HIDDEN, Progress.Display.of(false, false, 1000), "not at a terminal");
    }

    @Test
    void chromiumIsFoundByTheVariableOrOnThePath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertTrue(Chromium.find(Map.of("PATH", empty.toString())).isEmpty());
        Path fake = Files.writeString(bin.resolve("chromium-browser"), "#!/bin/sh\n");
        assertTrue(fake.toFile().setExecutable(true));
        assertEquals(fake, Chromium.find(Map.of("PATH", empty + java.io.File.pathSeparator + bin)).get().executable());
        assertEquals(fake, Chromium.find(Map.of("PATH", empty.toString(), Chromium.VARIABLE, fake.toString()))
                .get().executable());
        assertEquals(fake, Chromium.find(Map.of("PATH", bin.toString(), Chromium.VARIABLE, "chromium-browser"))
                .get().executable(), "a bare name is looked up on the PATH");
        Map<String, String> wrong = Map.of("PATH", bin.toString(), Chromium.VARIABLE, dir.resolve("nope").toString());
        assertTrue(Chromium.find(wrong).isEmpty(), "a variable that names nothing is not overruled by the PATH");
        assertTrue(Chromium.notFound(wrong).startsWith("SPC_CHROMIUM names " + dir.resolve("nope")), Chromium.notFound(wrong));
        assertEquals("Chromium was not found (as chromium, chromium-browser, google-chrome, google-chrome-stable on the "
                + "PATH, or named by SPC_CHROMIUM)", Chromium.notFound(Map.of()));
    }

    /** Runs spc in a new JVM with the given environment, as a shell would (the PATH cannot be changed in-process). */
    static Cli.Result runElsewhere(Map<String, String> environment, Path work, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "spc finished");
        return new Cli.Result(p.exitValue(), Files.readString(work.resolve("out.txt")),
                Files.readString(work.resolve("err.txt")));
    }

    @Test
    void theSamePdfReportTwiceIsTheSameBytes() throws Exception {
        Assumptions.assumeTrue(Chromium.find(System.getenv()).isPresent(), "Chromium is not installed");
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        Cli.Result r = Cli.run("report", ChartCommandTest.ipr(), "--quiet", "--pdf", first.toString());
        assertEquals(0, r.status(), r.toString());
        Thread.sleep(1100); // Chromium's dates are to the second
        r = Cli.run("report", ChartCommandTest.ipr(), "--quiet", "--pdf", second.toString());
        assertEquals(0, r.status(), r.toString());
        // Before: the two differed in /CreationDate and /ModDate.
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertFalse(new String(Files.readAllBytes(first), StandardCharsets.ISO_8859_1).contains("/CreationDate"));
    }

    @Test
    void withoutChromiumTheHtmlIsKeptAndTheMessageSaysHowToInstallIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path html = out.resolve("report.html");
        Cli.Result r = runElsewhere(Map.of("PATH", empty.toString()), work, "report", ChartCommandTest.ipr(),
                "-o", html.toString(), "--pdf", out.resolve("report.pdf").toString());
        assertEquals(1, r.status(), r.toString());
        // Before: nothing was written, not even the HTML.
        assertTrue(r.err().contains("report.pdf: was not written: Chromium was not found (as chromium, chromium-browser, "
                + "google-chrome, google-chrome-stable on the PATH, or named by SPC_CHROMIUM). The HTML report was "
                + "written to " + html + ". Install Chromium (Debian or Ubuntu: apt-get install chromium) or set "
                + "SPC_CHROMIUM to a Chrome or Chromium program, then run again; or open " + html
                + " in a browser and print it to PDF"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals(List.of(html.toString()), r.out().lines().toList());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(html), s.toList(), "the HTML alone, and no work folder");
        }
        assertTrue(Files.readString(html).contains("Staff turnover"));
    }

    @Test
    void aChromiumThatFailsKeepsTheHtmlBesideThePdfAndSaysWhatItPrinted() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(out.resolve("board.html"), "an earlier file, left alone");
        Path broken = Files.writeString(dir.resolve("broken-chromium"), "#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n");
        assertTrue(broken.toFile().setExecutable(true));
        Cli.Result r = runElsewhere(Map.of("PATH", "/usr/bin:/bin", Chromium.VARIABLE, broken.toString()), work,
                "report", ChartCommandTest.ipr(), "--pdf", out.resolve("board.pdf").toString());
        assertEquals(1, r.status(), r.toString());
        Path kept = out.resolve("board-2.html");
        assertTrue(r.err().contains("board.pdf: was not written: Chromium (" + broken + ") could not print the report: "
                + "exit 3: cannot open display. The HTML report was written to " + kept), r.err());
        assertEquals(List.of(kept.toString()), r.out().lines().toList());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(Set.of(out.resolve("board.html"), kept), s.collect(Collectors.toSet()), "no work folder");
        }
        assertEquals("an earlier file, left alone", Files.readString(out.resolve("board.html")));
    }

    @Test
    void sigtermWhileChromiumPrintsLeavesNoTemporaryFileNoProfileAndNoChromium() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path started = dir.resolve("started");
        // A Chromium that fills its profile, says it has started, and prints nothing for a minute.
        Path slow = Files.writeString(dir.resolve("slow-chromium"), "#!/bin/sh\n"
                + "for a in \"$@\"; do case \"$a\" in --user-data-dir=*) d=\"${a#--user-data-dir=}\" ;; esac; done\n"
                + "mkdir -p \"$d/Default\" && echo x > \"$d/Default/Preferences\"\n"
                + "echo $$ > " + started + ".tmp && mv " + started + ".tmp " + started + "\n"
                + "exec sleep 60\n");
        assertTrue(slow.toFile().setExecutable(true));
        Path html = out.resolve("report.html");
        Files.writeString(html, "the earlier report");
        ProcessBuilder pb = new ProcessBuilder(Forked.command(List.of(), "report", ChartCommandTest.ipr(),
                "-o", html.toString(), "--pdf", out.resolve("report.pdf").toString()))
                .redirectOutput(dir.resolve("sig.out").toFile()).redirectError(dir.resolve("sig.err").toFile());
        pb.environment().put(Chromium.VARIABLE, slow.toString());
        Process spc = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(started) && System.nanoTime() < deadline && spc.isAlive()) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(started), "Chromium started: " + Files.readString(dir.resolve("sig.err")));
        long chromium = Long.parseLong(Files.readString(started).strip());
        spc.destroy(); // SIGTERM
        assertTrue(spc.waitFor(30, TimeUnit.SECONDS), "spc ended");
        // Before: the work folder (.spc-report-..., with the profile and the page) and Chromium itself were left.
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(html), s.toList(), "nothing but the earlier report");
        }
        assertEquals("the earlier report", Files.readString(html));
        for (int i = 0; i < 100 && running(chromium); i++) {
            Thread.sleep(50);
        }
        assertFalse(running(chromium), "Chromium was ended");
    }

    /** Whether the process runs: there, and not a zombie waiting to be reaped. */
    static boolean running(long pid) throws IOException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Path stat = Paths.get("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }
}
