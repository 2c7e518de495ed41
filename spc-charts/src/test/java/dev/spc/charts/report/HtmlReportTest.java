package dev.spc.charts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.charts.ChartOptions;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.FunnelSpec;
import dev.spc.core.funnel.FunnelType;
import dev.spc.core.funnel.Outlier;
import dev.spc.core.funnel.Overdispersion;
import dev.spc.core.funnel.Unit;
import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as text: one chart per metric with ids no other chart shares, a grid whose counts are
 * the metrics' icons, groups in order, text from the data escaped, a policy that lets only the page's own
 * script run, and the same bytes for the same analyses. {@code ReportBrowserTest} in spc-cli opens it in
 * a browser.
 */
class HtmlReportTest {
    static final String SCRIPT = "<script>alert(1)</script>";

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Monthly points from Jan 2022: a level process (seeded), a step up of {@code step} from point {@code at}. */
    static Series series(String metric, long seed, int n, double step, int at) {
        Random random = new Random(seed);
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double v = Math.round((50 + random.nextGaussian() * 2 + (i >= at ? step : 0)) * 10) / 10.0;
            points.add(Series.Point.of(LocalDate.of(2022, 1, 1).plusMonths(i), v));
        }
        return Series.of(metric, points);
    }

    /**
     * Five metrics with different icons: a rise judged an improvement against a target of 40 (passing), the
     * same rise as a concern, a level process with a target of 51 (hit and miss), the rise with no direction
     * (neither), and six points (too few for icons).
     */
    static List<Analysis> family() {
        Series rise = series("Rise", 1, 30, 12, 22);
        return List.of(
                Spc.analyse(rise, ChartSpec.builder().direction(Direction.INCREASE).target(40).build()),
                Spc.analyse(Series.of("Rise as concern", rise.points()),
                        ChartSpec.builder().direction(Direction.DECREASE).build()),
                Spc.analyse(series("Level", 2, 30, 0, 30).withUnit("%"), ChartSpec.builder().direction(Direction.INCREASE)
                        .target(51).build()),
                Spc.analyse(Series.of("Rise, no direction", rise.points()), ChartSpec.mdc()),
                Spc.analyse(series("Short", 3, 6, 0, 6), ChartSpec.mdc()));
    }

    static String html(List<Analysis> analyses, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            HtmlReport.of(analyses, options).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void oneChartAndOneSectionPerMetricAndTheGalleryCopy() throws IOException {
        List<Analysis> family = family();
        String html = html(family, ReportOptions.builder().title("Board").subtitle("May").build());
        assertEquals(family.size(), count(html, "<svg class=\"chart\" "));
        assertEquals(family.size(), count(html, "<section class=\"metric\" "));
        for (int i = 0; i < family.size(); i++) {
            assertTrue(html.contains("<section class=\"metric\" id=\"m" + (i + 1) + "\""), "section " + (i + 1));
        }
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertFalse(html.contains("<?xml"), "no XML prolog inside the page");
        assertTrue(html.contains("<h1>Board</h1>") && html.contains("<p class=\"subtitle\">May</p>"));
        // The family runs Jan 2022 to Jun 2024; monthly data read as a month.
        assertTrue(html.contains("Data to <time datetime=\"2024-06-01\">June 2024</time>"), "the date of the data");
        Path gallery = Files.createDirectories(Paths.get("target", "gallery"));
        Files.writeString(gallery.resolve("report.html"), html, StandardCharsets.UTF_8);
    }

    @Test
    void aReportPreparedAheadIsTheSameReport() {
        List<Analysis> family = family();
        dev.spc.charts.ChartOptions contrast = dev.spc.charts.ChartOptions.builder()
                .theme(dev.spc.charts.Theme.HIGH_CONTRAST).build();
        ReportOptions options = ReportOptions.builder().title("Board").chart(contrast).build();
        String plain = html(family, options);
        HtmlReport.prepare(contrast);
        assertTrue(ChartPipeline.learningAhead());
        assertEquals(plain, html(family, options), "the styles learned ahead are the styles learned in step");
        assertFalse(ChartPipeline.learningAhead(), "taken by the report");
        // Styles prepared for other options are not taken for these.
        HtmlReport.prepare(dev.spc.charts.ChartOptions.builder().build());
        assertEquals(plain, html(family, options));
        assertTrue(ChartPipeline.learningAhead(), "left for the options they were prepared for");
    }

    @Test
    void everyIdIsUniqueAndEveryReferenceFindsOne() {
        List<Analysis> family = new ArrayList<>(family());
        family.addAll(family());
        String html = html(family, ReportOptions.defaults());
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile(" id=['\"]([^'\"]+)['\"]").matcher(html);
        int clips = 0;
        while (m.find()) {
            assertTrue(ids.add(m.group(1)), "id " + m.group(1) + " is defined twice");
            clips += m.group(1).contains("-clip-") ? 1 : 0;
        }
        // JFreeChart clips each chart to its area and to its plot; the report keeps the clips something still uses.
        assertTrue(clips > 0, "the charts' clip paths have ids: " + clips);
        Matcher ref = Pattern.compile("(?:url\\(#|href=\"#)([^)\"]+)").matcher(html);
        int clipRefs = 0;
        int links = 0;
        while (ref.find()) {
            assertTrue(ids.contains(ref.group(1)), "a reference to #" + ref.group(1) + ", which no element has");
            clipRefs += ref.group().startsWith("url") ? 1 : 0;
            links += ref.group().startsWith("href") ? 1 : 0;
        }
        // A clip is kept only where something reaches past the plot (the family has such lines); the grid, the
        // matrix and the sections link to metrics and icons.
        assertTrue(clipRefs > 0, "clip references were checked: " + clipRefs);
        assertTrue(links > family.size() * 2, "links were checked: " + links);
    }

    @Test
    void theGridCountsEachMetricOnceUnderItsIcons() {
        List<Analysis> family = family();
        String html = html(family, ReportOptions.defaults());
        Map<String, Integer> expected = new HashMap<>();
        for (Analysis a : family) {
            expected.merge(a.variation().id() + "/" + a.assurance().id(), 1, Integer::sum);
        }
        // The family was made to show these; if the core judges it otherwise the grid test means less.
        assertEquals(Set.of("improvement_high/pass", "concern_high/none", "common_cause/hit_and_miss",
                "neither_high/none", "none/none"), expected.keySet());
        Matcher m = Pattern.compile("data-variation=\"([a-z_]+)\" data-assurance=\"([a-z_]+)\" data-count=\"(\\d+)\"")
                .matcher(html);
        int cells = 0;
        int total = 0;
        while (m.find()) {
            int c = Integer.parseInt(m.group(3));
            assertEquals(expected.getOrDefault(m.group(1) + "/" + m.group(2), 0), c, m.group());
            total += c;
            cells++;
        }
        assertEquals(VariationIcon.values().length * AssuranceIcon.values().length, cells);
        assertEquals(family.size(), total);
        assertTrue(html.contains("data-total=\"" + family.size() + "\""));
        // The improvement/pass cell links to the first metric's section.
        assertTrue(Pattern.compile("data-variation=\"improvement_high\" data-assurance=\"pass\" data-count=\"1\">"
                + "<details><summary>1</summary><ul><li><a href=\"#m1\">Rise</a>").matcher(html).find(), "the cell's link");
    }

    @Test
    void groupsInOrderOfTheirFirstMetricAndTheUngroupedLast() {
        List<Analysis> family = family();
        String html = html(family, ReportOptions.builder().groups(Map.of("Rise", "safe", "Level", "caring",
                "Rise as concern", "caring")).build());
        int safe = html.indexOf(">safe <span class=\"none\">(1)</span>");
        int caring = html.indexOf(">caring <span class=\"none\">(2)</span>");
        int none = html.indexOf(">" + HtmlReport.NO_GROUP + " <span class=\"none\">(2)</span>");
        assertTrue(safe > 0 && caring > safe && none > caring, safe + " " + caring + " " + none);
        // The sections follow the matrix: group by group, data order within each.
        List<String> sections = new ArrayList<>();
        Matcher h = Pattern.compile("<h([23]) id=\"m(\\d+)-h\">([^<]+)</h\\1>").matcher(html);
        while (h.find()) {
            assertEquals(sections.size() + 1, Integer.parseInt(h.group(2)), "anchors in page order");
            assertEquals("3", h.group(1), "a metric's name is a heading under its group's");
            sections.add(h.group(3));
        }
        assertEquals(List.of("Rise", "Rise as concern", "Level", "Rise, no direction", "Short"), sections);
        // Each group's heading comes once, before its first metric's section.
        assertEquals(List.of("safe", "caring", HtmlReport.NO_GROUP), Pattern.compile("<h2 class=\"group-heading\">([^<]+)</h2>")
                .matcher(html).results().map(r -> r.group(1)).toList());
        assertTrue(html.indexOf("<h2 class=\"group-heading\">caring</h2>") < html.indexOf("id=\"m2-h\">Rise as concern<"));
        String plain = html(family, ReportOptions.defaults());
        assertFalse(plain.contains("class=\"group\""), "no group headings when no metric has a group");
        assertFalse(plain.contains("<h2 class=\"group-heading\">"), "no group headings when no metric has a group");
        assertTrue(plain.contains("<h2 id=\"m1-h\">"), "with no groups a metric's name is a second-level heading");
    }

    @Test
    void textFromTheDataIsEscapedEverywhere() {
        String[] names = {SCRIPT, "\"quoted\" & more", "Ходьба 患者 مرضى", "a &amp; b"};
        List<Analysis> analyses = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            List<Series.Point> points = new ArrayList<>(series(names[k], k, 15, 0, 15).points());
            points.set(3, points.get(3).withAnnotation(names[(k + 1) % names.length]));
            analyses.add(Spc.analyse(Series.of(names[k], points).withUnit(names[(k + 2) % names.length]),
                    ChartSpec.mdc()));
        }
        Map<String, String> groups = new HashMap<>();
        for (String n : names) {
            groups.put(n, n);
        }
        String html = html(analyses, ReportOptions.builder().title(SCRIPT).subtitle("\"quoted\" & more")
                .groups(groups).build());
        assertFalse(html.contains(SCRIPT), "the raw script tag appears nowhere");
        assertEquals(1, count(html.toLowerCase(), "<script"), "one script element: the page's own");
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), "the title as text");
        assertTrue(html.contains("&quot;quoted&quot; &amp; more"), "quotes and ampersands as entities");
        assertTrue(html.contains("Ходьба 患者 مرضى"), "non-Latin text as it is");
        // JFreeSVG takes an entity in a chart's text as already escaped (safe: '<' is always escaped); the
        // page's own text is escaped again.
        String page = html.replaceAll("(?s)<svg class=\"chart\".*?</svg>", "");
        assertTrue(page.contains(">a &amp;amp; b<"), "text that looks escaped is escaped again");
        assertFalse(page.contains(">a &amp; b<"), "never taken as already escaped");
        // In each part of the page: the matrix, the sections' headings, the data table's annotations.
        assertTrue(count(html, "&lt;script&gt;alert(1)&lt;/script&gt;") >= 6, "the name in every place it appears");
    }

    @Test
    void onlyThePagesOwnScriptMayRun() throws Exception {
        String html = html(family(), ReportOptions.defaults());
        int open = html.indexOf("<script>") + "<script>".length();
        String script = html.substring(open, html.indexOf("</script>", open));
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        Matcher m = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(html);
        assertTrue(m.find(), "a policy");
        String policy = m.group(1).replace("&#39;", "'").replace("&#61;", "=");
        assertTrue(policy.startsWith("default-src 'none';"), policy);
        assertTrue(policy.contains("script-src 'sha256-" + hash + "'"), policy + " holds the script's hash " + hash);
        assertTrue(html.indexOf("Content-Security-Policy") < html.indexOf("<style>"), "the policy comes first");
    }

    @Test
    void theSameAnalysesGiveTheSameBytesOnAnyNumberOfThreads() {
        List<Analysis> family = family();
        String one = html(family, ReportOptions.builder().threads(1).build());
        String four = html(family, ReportOptions.builder().threads(4).build());
        assertEquals(one, four);
        assertEquals(one, html(family, ReportOptions.builder().threads(1).build()));
    }

    @Test
    void progressCountsEveryChartOnceInOrder() throws IOException {
        List<Analysis> family = family();
        List<Integer> seen = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HtmlReport.of(family, ReportOptions.builder().threads(2).build()).write(new StringWriter(), done -> {
            seen.add(done);
            calls.incrementAndGet();
        });
        assertEquals(List.of(1, 2, 3, 4, 5), seen);
        assertEquals(family.size(), calls.get());
    }

    @Test
    void theDataTableShowsValuesAsGivenAndLinesAsTheExplanationDoes() {
        Analysis level = family().get(2);
        String html = html(List.of(level), ReportOptions.builder()
                .chart(ChartOptions.builder().subtitle(ChartOptions.Parts.HIDDEN).build()).build());
        int i = level.latestIndex().getAsInt();
        String value = Numbers.shortest(level.value(i));
        // The explanation ends its common-cause sentence "(mean X%)": the table of lines reads X% too.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(mean ([0-9.]+%)\\)").matcher(level.explanation());
        assertTrue(m.find(), level.explanation());
        String centre = m.group(1);
        String month = level.formats().when(i);
        assertTrue(month.matches("[A-Z][a-z]{2} \\d{4}"), "monthly dates read as months: " + month);
        assertTrue(html.contains("<tr><td>" + month + "<td>" + value + "%<td>Common cause<td><td>\n"),
                "row " + i + ": " + value);
        assertTrue(html.contains("<td class=\"num\">" + centre + "</td>"), "the centre line " + centre);
    }

    @Test
    void peopleReadWordsAndMachinesReadIds() {
        List<Analysis> family = family();
        String html = html(family, ReportOptions.builder().groups(Map.of("Rise", "safe")).build());
        // What a person sees: the text of the page outside its style, script and hidden definitions, with
        // the tags (and so their attributes) taken away.
        String body = html.substring(html.indexOf("<header"), html.indexOf("<script>"));
        String text = body.replaceAll("<[^>]*>", " ");
        for (String id : List.of("common_cause", "improvement_high", "concern_high", "hit_and_miss", "neither_high")) {
            assertFalse(text.contains(id), id + " is an id, not a word for people");
            assertTrue(body.contains("=\"" + id + "\""), id + " stays as a data attribute");
        }
        for (Analysis a : family) {
            assertTrue(text.contains(a.variation().words()), a.variation().words());
            assertTrue(text.contains(a.assurance().words()), a.assurance().words());
            assertTrue(html.contains(escape(dev.spc.core.result.Action.suggested(a.variation(), a.assurance()))),
                    "the suggested action of " + a.metric());
        }
    }

    @Test
    void everyPointCarriesItsOwnTooltip() {
        Analysis rise = family().get(0);
        String html = html(List.of(rise), ReportOptions.defaults());
        // A point's title is inside its mark, where a browser shows it on hover with no script.
        Matcher m = Pattern.compile("<(circle [^>]*|path [^>]*|g [^>]*)><title>([^<]*)</title>").matcher(html);
        List<String> titles = new ArrayList<>();
        while (m.find()) {
            titles.add(m.group(2));
        }
        int points = 0;
        for (int i = 0; i < rise.size(); i++) {
            if (!Double.isNaN(rise.value(i))) {
                points++;
                // A common-cause point says its date and value; any other its class and rules too.
                String when = rise.formats().when(i) + ": " + rise.formats().value(rise.value(i));
                boolean special = rise.pointClass(i).isSpecialCause();
                String said = special ? when + " (" + rise.pointClass(i).words() + ": " : when;
                assertTrue(titles.contains(said) || special && titles.stream().anyMatch(t -> t.startsWith(said)),
                        said + " in " + titles);
            }
        }
        assertEquals(points, titles.size(), "one tooltip per point with a value");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /**
     * Ten wards of 100 patients, nine with 10 events and Ward J with 40: the pooled proportion is 130 / 1000 =
     * 13%. On FunnelPlotR's arcsine scale (docs/methods.md, section 10) s = 1 / (2 sqrt(100)) = 0.05, so Ward J's
     * z = (asin(sqrt(0.4)) - asin(sqrt(0.13))) / 0.05 = (0.6847 - 0.3694) / 0.05 = 6.3, beyond 3.09 (99.8%), and
     * the others' z = (asin(sqrt(0.1)) - 0.3694) / 0.05 = -0.96, inside 1.96 (95%). No overdispersion
     * adjustment, so that only chance sets the limits.
     */
    static Funnel wards() {
        List<Unit> units = new ArrayList<>();
        for (char c = 'A'; c <= 'J'; c++) {
            units.add(new Unit("Ward " + c, c == 'J' ? 40 : 10, 100));
        }
        return Funnel.of("Falls with harm", units, FunnelSpec.of(FunnelType.PROPORTION)
                .withOverdispersion(Overdispersion.NONE));
    }

    @Test
    void aFunnelPlotComparesUnitsAfterTheMetricsAndNamesItsOutliers() {
        Funnel f = wards();
        assertEquals(Outlier.HIGH_998, f.outlier(9));
        String html = html(family(), ReportOptions.builder()
                .funnel(new ReportOptions.UnitComparison(f, "falls", "patients")).build());
        int funnels = html.indexOf("<section class=\"funnels\" id=\"funnels\"");
        assertTrue(funnels > html.lastIndexOf("<section class=\"metric\""), "after the metrics");
        assertTrue(html.contains("<a href=\"#funnels\">Comparing units: 1 funnel plot</a>"), "linked from the summary");
        assertTrue(html.contains("A funnel plot compares units"), "what a funnel shows, in words");
        String part = html.substring(funnels);
        assertTrue(part.contains("<h3 id=\"u1-h\">Falls with harm</h3>"), part);
        assertTrue(part.contains("aria-describedby=\"u1-explanation\""), "the chart is described by its words");
        assertTrue(part.contains("<p class=\"explanation-text\" id=\"u1-explanation\">10 units around the overall "
                + "proportion 13.0%: 1 beyond the 99.8% limits (1 high)"), part);
        assertTrue(part.contains("Outside the 99.8% limits, unlikely to be chance: Ward J (high)."), part);
        assertTrue(part.contains("<tr class=\"high_998\"><th scope=\"row\">Ward J</th><td>Above the 99.8% limit</td>"
                + "<td class=\"num\">40.0%</td><td class=\"num\">100</td>"), part);
        assertEquals(2, count(part, "<tr class=\"high_998\"><th scope=\"row\">Ward J"),
                "Ward J is listed among the outliers, and marked in the data table");
        assertEquals(2, count(part, "<tr class=\""), "no other unit is marked");
        assertTrue(part.contains("<summary>Data: 10 units</summary>"), part);
        assertTrue(part.contains("<th scope=\"col\" class=\"num\">Falls</th><th scope=\"col\" class=\"num\">Patients</th>"),
                "the data table's columns are named as the file's");
        // Without units to compare, the report has no such part.
        String plain = html(family(), ReportOptions.defaults());
        assertFalse(plain.contains("id=\"funnels\""));
        assertFalse(plain.contains("funnels-h"));
        assertFalse(plain.contains("href=\"#funnels\""));
    }

    @Test
    void aFunnelWithNoOutliersSaysSoAndListsNone() {
        List<Unit> units = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            units.add(new Unit("Site " + k, 10, 100));
        }
        // Every site at the pooled 10%: every z-score is 0.
        Funnel even = Funnel.of("Even", units, FunnelSpec.of(FunnelType.PROPORTION));
        String html = html(family(), ReportOptions.builder()
                .funnel(new ReportOptions.UnitComparison(even, "numerator", "denominator")).build());
        assertTrue(html.contains("No unit lies outside the 95% limits"), "said in words");
        assertTrue(html.contains("8 units around the overall proportion 10.0%: none outside the 95% limits."),
                "the chart's sentence counts no empty categories");
        assertFalse(html.contains("<table class=\"units outliers\">"), "no table of outliers");
    }
}
