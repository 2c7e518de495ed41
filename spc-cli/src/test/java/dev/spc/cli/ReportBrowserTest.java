package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium opens it from a file, and the page it builds (its DOM)
 * holds a chart per metric, a grid whose counts add up, the script's controls (so the script ran under
 * the page's policy), and text from the data as text; its screenshot is a picture in the MDC colours; its
 * console stays silent. Skipped when Chromium is missing, except on CI (the {@code CI} variable set),
 * where {@code .ci/run} installs it and its absence is a failure.
 */
class ReportBrowserTest {
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static Chromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        chromium = Chromium.find(System.getenv()).orElse(null);
        if (chromium == null && System.getenv("CI") != null) {
            fail("CI is set but " + Chromium.notFound(System.getenv()));
        }
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed: the browser tests are skipped");
    }

    /** Chromium's run over a page, with its console written to standard error. */
    Chromium.Run open(Path page, String... switches) throws IOException {
        Path work = Files.createTempDirectory(dir, "chromium");
        String[] args = new String[switches.length + 3];
        args[0] = "--enable-logging=stderr";
        args[1] = "--v=0";
        System.arraycopy(switches, 0, args, 2, switches.length);
        args[args.length - 1] = page.toUri().toString();
        Chromium.Run run = chromium.run(work, TIMEOUT, args);
        assertEquals(0, run.status(), "Chromium ran: " + run.err());
        return run;
    }

    /**
     * The lines of the page's console. This Chromium logs every console message, errors included, at its
     * INFO level ({@code INFO:CONSOLE}), so the check is that the page logs nothing at all: a script error,
     * a {@code console.error} and a blocked request by the policy each log a line.
     */
    static List<String> console(Chromium.Run run) {
        return run.err().lines().filter(l -> l.contains(":CONSOLE")).toList();
    }

    static int count(String text, String part) {
        return ReportCommandTest.count(text, part);
    }

    @Test
    void theConsoleCheckSeesErrorsOfABrokenPage() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.html"), "<!DOCTYPE html><html><head>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'\">"
                + "</head><body><p>x</p><script>console.error('deliberate');</script><script>noSuchFunction();</script>"
                + "<img src=\"http://example.invalid/x.png\" alt=\"\"></body></html>");
        List<String> lines = console(open(broken, "--dump-dom"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("deliberate")), "console.error: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Uncaught ReferenceError")), "a script error: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Content Security Policy")), "a blocked request: " + lines);
    }

    @Test
    void theExampleReportOpensWithAChartPerMetricAndCountsThatAddUp() throws IOException {
        Path html = dir.resolve("report.html");
        Cli.Result r = ReportCommandTest.report(html);
        assertEquals(0, r.status(), r.toString());
        Chromium.Run run = open(html, "--dump-dom");
        assertEquals(List.of(), console(run), "the page logs nothing");
        String dom = run.out();
        assertEquals(14, count(dom, "<svg class=\"chart\""), "one chart per metric in the DOM");
        assertEquals(14, count(dom, "<section class=\"metric\""), "one section per metric");
        Matcher cell = Pattern.compile("<td class=\"cell\"[^>]* data-count=\"(\\d+)\"").matcher(dom);
        int cells = 0;
        int sum = 0;
        while (cell.find()) {
            sum += Integer.parseInt(cell.group(1));
            cells++;
        }
        assertEquals(8 * 4, cells, "every variation and assurance pair");
        assertEquals(14, sum, "the grid's counts add up to the metrics");
        assertTrue(dom.contains("data-total=\"14\""));
        // The script ran (the page's policy let it): it shows the filter and makes the headings sort buttons.
        assertTrue(dom.contains("<div class=\"controls\" id=\"matrix-controls\">"), "the filter is shown");
        assertTrue(dom.contains("<button type=\"button\">Value</button>"), "the headings sort");
    }

    @Test
    void theScreenshotIsAPictureInTheMdcColours() throws IOException {
        Path html = dir.resolve("report.html");
        assertEquals(0, ReportCommandTest.report(html).status());
        Path png = dir.resolve("report.png");
        Chromium.Run run = open(html, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000",
                "--hide-scrollbars");
        assertEquals(List.of(), console(run), "the page logs nothing");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        int improvement = 0;
        int concern = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                improvement += near(rgb, 0x00B0F0) ? 1 : 0;
                concern += near(rgb, 0xE46C0A) ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 50, "not blank: " + colours.size() + " colours");
        // The grid and the matrix show the improvement and concern icons (ExampleDataTest: Referral to
        // treatment is improvement_high and fails its target; Falls is concern_high).
        assertTrue(improvement > 50, "improvement blue pixels: " + improvement);
        assertTrue(concern > 50, "concern orange pixels: " + concern);
    }

    static boolean near(int rgb, int colour) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xFF) - ((colour >> shift) & 0xFF)) > 12) {
                return false;
            }
        }
        return true;
    }

    @Test
    void textFromTheDataIsTextInTheBrowser() throws IOException {
        String script = "<script>alert(1)</script>";
        String quoted = "\"quoted\" & more";
        String other = "Ходьба 患者 مرضى";
        StringBuilder csv = new StringBuilder("metric,date,value,annotation\n");
        String[] names = {script, quoted, other};
        for (int k = 0; k < names.length; k++) {
            for (int i = 0; i < 15; i++) {
                csv.append(cell(names[k])).append(',').append(LocalDate.of(2024, 1, 1).plusMonths(i)).append(',')
                        .append(10 + (i * 7 + k) % 5).append(',').append(i == 3 ? cell(names[(k + 1) % 3]) : "")
                        .append('\n');
            }
        }
        Path data = Files.writeString(dir.resolve("tricky.csv"), csv.toString(), StandardCharsets.UTF_8);
        Path settings = Files.writeString(dir.resolve("tricky-settings.csv"), "metric,direction,group\n"
                + cell(script) + ",increase," + cell(other) + "\n" + cell(quoted) + ",decrease," + cell(script) + "\n",
                StandardCharsets.UTF_8);
        Path html = dir.resolve("report.html");
        Cli.Result r = Cli.run("report", data.toString(), "--settings", settings.toString(), "-o", html.toString(),
                "--title", script, "--subtitle", quoted);
        assertEquals(0, r.status(), r.toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(page.contains(script), "the raw script tag appears nowhere in the file");
        assertEquals(1, count(page.toLowerCase(), "<script"), "one script element: the page's own");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && page.contains("&quot;quoted&quot; &amp; more")
                && page.contains(other), "escaped forms and non-Latin text");

        Chromium.Run run = open(html, "--dump-dom");
        assertEquals(List.of(), console(run), "no alert, no error");
        String dom = run.out();
        // The DOM serialises a text node's '<' and '&' as entities: these are text nodes holding the literal
        // string, not elements.
        assertEquals(1, count(dom.toLowerCase(), "<script"), "no script element came from the data");
        assertTrue(dom.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), "the title as text");
        assertTrue(dom.contains("<h3 id=\"m1-h\">&lt;script&gt;alert(1)&lt;/script&gt;</h3>"),
                "a metric name as text, a heading under its group");
        assertTrue(dom.contains("\"quoted\" &amp; more"), "quotes as text");
        assertTrue(Pattern.compile("<td>" + Pattern.quote(other) + "\\s*</td>").matcher(dom).find(),
                "a non-Latin annotation as text");
        assertTrue(dom.contains(">" + other + " <span"), "a non-Latin group as text");
    }

    private static String cell(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    @Test
    void thePdfHasAPagePerMetricOnA4Landscape() throws Exception {
        Path html = dir.resolve("report.html");
        Path pdf = dir.resolve("report.pdf");
        Cli.Result r = ReportCommandTest.report(html, "--pdf", pdf.toString());
        assertEquals(0, r.status(), r.toString());
        assertEquals(List.of(html.toString(), pdf.toString()), r.out().lines().toList());
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(head));
        }
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
        try (var files = Files.list(dir)) {
            assertEquals(Set.of("report.html", "report.pdf"),
                    files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "Chromium's work folder is gone");
        }
        Path pdfinfo = which("pdfinfo");
        Assumptions.assumeTrue(pdfinfo != null, "pdfinfo (poppler-utils) is missing: the pages are not counted");
        Process p = new ProcessBuilder(pdfinfo.toString(), pdf.toString()).redirectErrorStream(true).start();
        String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertTrue(pages.find(), info);
        assertTrue(Integer.parseInt(pages.group(1)) >= 1 + 14, "the summary, then a page per metric: " + info);
        Matcher size = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info);
        assertTrue(size.find(), info);
        // A4 is 297 x 210 mm: 841.9 x 595.3 points.
        assertEquals(841.9, Double.parseDouble(size.group(1)), 1.0, info);
        assertEquals(595.3, Double.parseDouble(size.group(2)), 1.0, info);
    }

    private static Path which(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (!d.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
