package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example report and the teaching course's index checked by axe-core, the accessibility engine, in headless Chromium against the WCAG
 * 2.0, 2.1 and 2.2 rules of levels A and AA: no violations. axe-core comes from npm ({@code .ci/run}
 * installs it and names it in {@code SPC_AXE}; locally, set {@code SPC_AXE} to its {@code axe.min.js}, or
 * install it into {@code node_modules} at the top of the checkout). Skipped when axe-core or Chromium is
 * missing, except on CI (the {@code CI} variable set), where either's absence is a failure.
 */
class ReportAccessibilityTest {
    private static final Pattern RESULT = Pattern.compile("<pre id=\"axe-result\">([^<]*)</pre>");
    static Chromium chromium;
    static Path axe;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTools() {
        chromium = Chromium.find(System.getenv()).orElse(null);
        axe = axeCore().orElse(null);
        if ((chromium == null || axe == null) && System.getenv("CI") != null) {
            fail("CI is set but " + (chromium == null ? Chromium.notFound(System.getenv())
                    : "axe-core is missing: npm install axe-core@4.14.1 and set SPC_AXE to its axe.min.js"));
        }
        Assumptions.assumeTrue(chromium != null && axe != null, "Chromium or axe-core is missing: skipped");
    }

    /** axe.min.js: named by SPC_AXE, or in node_modules at the top of the checkout. */
    static Optional<Path> axeCore() {
        String named = System.getenv("SPC_AXE");
        if (named != null && !named.isBlank()) {
            return Optional.of(Paths.get(named)).filter(Files::isRegularFile);
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("node_modules/axe-core/axe.min.js");
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Test
    void theCheckSeesTheViolationsOfABrokenPage() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<title>Broken</title></head><body><main><img src=\"chart.png\"><p style=\"color: #ddd\">Faint "
                + "text</p><button></button></main></body></html>", StandardCharsets.UTF_8);
        String violations = violations(broken);
        for (String rule : new String[] {"image-alt", "color-contrast", "button-name"}) {
            assertTrue(violations.contains("\"id\":\"" + rule + "\""), rule + " in " + violations);
        }
    }

    @Test
    void theExampleReportHasNoViolationsOfWcag22LevelAA() throws IOException {
        Path html = dir.resolve("report.html");
        Cli.Result r = ReportCommandTest.report(html);
        assertEquals(0, r.status(), r.toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("Content-Security-Policy"), "the report carries its policy");
        assertEquals("[]", violations(html), "no violations");
    }

    @Test
    void theExampleReportWithFunnelPlotsHasNoViolationsOfWcag22LevelAA() throws IOException {
        Path html = dir.resolve("funnels.html");
        Cli.Result r = ReportCommandTest.report(html, "--funnel", ExampleDataTest.data("funnel-wards.csv").toString(),
                "--funnel", ExampleDataTest.data("funnel-mortality.csv").toString());
        assertEquals(0, r.status(), r.toString());
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("id=\"funnels\""), "the funnels are in");
        assertEquals("[]", violations(html), "no violations");
    }

    @Test
    void theTeachingCourseIndexHasNoViolationsOfWcag22LevelAA() throws IOException {
        // The course is written into this test's folder, so that the checked copy beside it finds its pictures.
        Cli.Result r = Cli.run("teach", "all", "-o", dir.toString(), "--seed", "2");
        assertEquals(0, r.status(), r.toString());
        String page = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<details>"), "the answers are behind their controls");
        assertEquals("[]", violations(dir.resolve("index.html")), "no violations, with the answers closed");
        // And with every answer open, as a learner who has opened them all sees the page.
        Path open = Files.writeString(dir.resolve("open.html"), page.replace("<details>", "<details open>"),
                StandardCharsets.UTF_8);
        assertEquals("[]", violations(open), "no violations, with the answers open");
    }

    /** axe's violations of the page, as JSON: each rule's id, impact, help and first few elements. */
    private String violations(Path html) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        // axe runs as a script of the page: the copy leaves out the policy that would (rightly) block it.
        String checked = page.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", "<script>" + Files.readString(axe, StandardCharsets.UTF_8) + "</script>"
                        + "<script>axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                        + " 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']}).then(function (r) {"
                        + " var p = document.createElement('pre'); p.id = 'axe-result';"
                        + " p.textContent = JSON.stringify(r.violations.map(function (v) { return {id: v.id,"
                        + " impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) {"
                        + " return n.target.join(' '); })}; })); document.body.appendChild(p); });</script></body>");
        Path copy = Files.writeString(dir.resolve("checked-" + html.getFileName()), checked, StandardCharsets.UTF_8);
        Path work = Files.createTempDirectory(dir, "chromium");
        Chromium.Run run = chromium.run(work, Duration.ofSeconds(120), "--virtual-time-budget=60000", "--dump-dom",
                copy.toUri().toString());
        assertEquals(0, run.status(), "Chromium ran: " + run.err());
        Matcher m = RESULT.matcher(run.out());
        assertTrue(m.find(), "axe reported: " + run.err());
        return m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
