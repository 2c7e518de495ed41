package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.cli.teach.Course;
import dev.spc.cli.teach.Lesson;
import dev.spc.cli.teach.Scenario;
import dev.spc.cli.teach.Workshop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * {@code spc teach}: every scenario's files, analysed again through {@code spc analyse} and
 * {@code spc summary} with the settings written beside them, show the signal the lesson is about; the
 * same seed gives the same bytes.
 */
class TeachCommandTest {
    @TempDir
    Path dir;

    /** The analysis of a lesson's files: per metric, the point classes and rules in date order. */
    record Points(Map<String, List<String>> classes, Map<String, List<String>> rules) {
    }

    Path make(String scenario, long seed) {
        Path out = dir.resolve("seed-" + seed);
        Cli.Result r = Cli.run("teach", scenario, "-o", out.toString(), "--seed", Long.toString(seed));
        assertEquals(0, r.status(), r.toString());
        return out.resolve(scenario);
    }

    static Points analyse(Path lesson) {
        Cli.Result r = Cli.run("analyse", lesson.resolve("data.csv").toString(), "--settings",
                lesson.resolve("settings.csv").toString());
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        Map<String, List<String>> classes = new HashMap<>();
        Map<String, List<String>> rules = new HashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            String m = t.stringColumn("metric").get(i);
            classes.computeIfAbsent(m, k -> new ArrayList<>()).add(t.stringColumn("point").get(i));
            rules.computeIfAbsent(m, k -> new ArrayList<>()).add(t.stringColumn("rules").get(i));
        }
        return new Points(classes, rules);
    }

    static Map<String, Map<String, String>> summary(Path lesson) {
        Cli.Result r = Cli.run("summary", lesson.resolve("data.csv").toString(), "--settings",
                lesson.resolve("settings.csv").toString());
        assertEquals(0, r.status(), r.toString());
        return ExampleDataTest.byMetric(r.table());
    }

    static List<String> only(Map<String, List<String>> byMetric) {
        assertEquals(1, byMetric.size(), byMetric.keySet().toString());
        return byMetric.values().iterator().next();
    }

    static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    @Test
    void listNamesEveryScenario() {
        Cli.Result r = Cli.run("teach", "--list");
        assertEquals(0, r.status(), r.toString());
        for (Scenario s : Scenario.values()) {
            assertTrue(r.out().contains(s.id()), s.id());
        }
        assertEquals(Scenario.values().length, r.out().lines().count());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void commonCauseHasNoSignal(long seed) {
        Points p = analyse(make("common-cause", seed));
        assertTrue(only(p.classes()).stream().allMatch("common_cause"::equals), p.classes().toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shiftEndsInAShiftOfImprovement(long seed) {
        Points p = analyse(make("shift", seed));
        assertEquals("improvement", last(only(p.classes())));
        assertTrue(last(only(p.rules())).contains("shift"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void trendEndsInATrend(long seed) {
        Points p = analyse(make("trend", seed));
        assertTrue(last(only(p.rules())).contains("trend"), only(p.rules()).toString());
        assertEquals("improvement", last(only(p.classes())));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void astronomicalPointIsTheOnlyPointBeyondALimit(long seed) {
        List<String> rules = only(analyse(make("astronomical-point", seed)).rules());
        assertEquals(1, rules.stream().filter(r -> r.contains("astronomical")).count());
        assertTrue(rules.get(14).contains("astronomical"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void twoInThreeFiresWithoutAnAstronomicalPoint(long seed) {
        List<String> rules = only(analyse(make("two-in-three", seed)).rules());
        assertTrue(rules.stream().anyMatch(r -> r.contains("two_of_three")), rules.toString());
        assertFalse(rules.stream().anyMatch(r -> r.contains("astronomical")), rules.toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ragTableDataAreCommonCauseAndHitAndMiss(long seed) {
        Path lesson = make("rag-table", seed);
        assertTrue(only(analyse(lesson).classes()).stream().allMatch("common_cause"::equals));
        Map<String, String> row = summary(lesson).values().iterator().next();
        assertEquals("hit_and_miss", row.get("assurance"));
        assertTrue(Files.exists(lesson.resolve("rag-table.png")));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void twoPointComparisonQuotesABigChangeInCommonCauseData(long seed) throws IOException {
        Path lesson = make("two-point-comparison", seed);
        assertTrue(only(analyse(lesson).classes()).stream().allMatch("common_cause"::equals));
        String text = Files.readString(lesson.resolve("lesson.txt"));
        assertTrue(text.matches("(?s).*up \\d+% on last month.*down \\d+% on last month.*"), text);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void recalculationTurnsAShiftIntoTwoStablePhases(long seed) {
        Path lesson = make("recalculation", seed);
        Points p = analyse(lesson);
        Map<String, Map<String, String>> s = summary(lesson);
        assertEquals(2, p.classes().size());
        for (Map.Entry<String, List<String>> e : p.rules().entrySet()) {
            boolean anyShift = e.getValue().stream().anyMatch(r -> r.contains("shift"));
            if (e.getKey().contains("one set of limits")) {
                assertTrue(anyShift, e.toString());
                assertEquals("1", s.get(e.getKey()).get("phases"));
            } else {
                assertEquals("2", s.get(e.getKey()).get("phases"));
                assertEquals("common_cause", s.get(e.getKey()).get("variation"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void assuranceShowsHitAndMissFailAndPass(long seed) {
        Map<String, Map<String, String>> s = summary(make("assurance", seed));
        assertEquals(3, s.size());
        for (Map.Entry<String, Map<String, String>> e : s.entrySet()) {
            String expected = e.getKey().endsWith("target 85%") ? "hit_and_miss"
                    : e.getKey().endsWith("target 95%") ? "fail" : "pass";
            assertEquals(expected, e.getValue().get("assurance"), e.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void funnelRuleOneIsStableAndRuleFourWanders(long seed) {
        Points p = analyse(make("funnel", seed));
        assertEquals(4, p.classes().size());
        for (Map.Entry<String, List<String>> e : p.classes().entrySet()) {
            if (e.getKey().contains("Rule 1")) {
                assertTrue(e.getValue().stream().allMatch("common_cause"::equals), e.toString());
            }
            if (e.getKey().contains("Rule 4")) {
                assertTrue(e.getValue().stream().anyMatch(c -> !c.equals("common_cause")), e.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void redBeadsAreCommonCause(long seed) {
        List<String> classes = only(analyse(make("red-bead", seed)).classes());
        assertEquals(24, classes.size());
        assertTrue(classes.stream().allMatch("common_cause"::equals));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void choosingAChartShowsXmrMisjudgingASmallMonthAndLaneyTamingLargeDenominators(long seed) {
        Points p = analyse(make("choosing-a-chart", seed));
        // The month with 20 discharges (the 18th) is beyond the XmR limit but within its P chart limits.
        assertTrue(p.rules().get("Readmissions within 30 days: XmR chart").get(17).contains("astronomical"));
        assertEquals("", p.rules().get("Readmissions within 30 days: P chart").get(17));
        // With 10,000 a month the P chart flags many months beyond its limits; the P' chart none.
        long pFlags = p.rules().get("A&E patients seen within 4 hours: P chart").stream()
                .filter(r -> r.contains("astronomical")).count();
        long laneyFlags = p.rules().get("A&E patients seen within 4 hours: Laney P' chart").stream()
                .filter(r -> r.contains("astronomical")).count();
        assertTrue(pFlags >= 8, "P chart flags " + pFlags);
        assertEquals(0, laneyFlags);
    }

    @Test
    void theSignalLessonsShowNoSignalTheirWordsDoNotMention() {
        // Over 20 seeds: the shift and trend lessons have no concern anywhere (their words speak only of
        // improvement), the shift has no point beyond a limit ("no single month looks remarkable"), and the
        // astronomical point is the only signal of its lesson ("before and after it the process is the same").
        for (long seed = 1; seed <= 20; seed++) {
            dev.spc.core.Analysis shift = Scenario.SHIFT.make(seed).analyses().get(0);
            dev.spc.core.Analysis trend = Scenario.TREND.make(seed).analyses().get(0);
            dev.spc.core.Analysis astronomical = Scenario.ASTRONOMICAL.make(seed).analyses().get(0);
            for (int i = 0; i < 24; i++) {
                assertTrue(shift.pointClass(i) != dev.spc.core.result.PointClass.CONCERN, "shift, seed " + seed);
                assertFalse(shift.rules(i).contains(dev.spc.core.result.RuleId.ASTRONOMICAL), "shift, seed " + seed);
                assertTrue(trend.pointClass(i) != dev.spc.core.result.PointClass.CONCERN, "trend, seed " + seed);
            }
            assertEquals(1, astronomical.signals().size(), "astronomical point, seed " + seed);
        }
    }

    @Test
    void eachLessonsRedrawCommandGivesItsChartByteForByte() throws IOException {
        // Every command a lesson's words give (spc chart, or spc funnel for the league-table lesson) draws its
        // picture again, byte for byte; the lesson's chart is always among them.
        Path out = dir.resolve("redraw");
        assertEquals(0, Cli.run("teach", "all", "-o", out.toString(), "--seed", "7").status());
        for (Scenario s : Scenario.values()) {
            TeachRoomDataTest.assertRedrawnByteForByte(out.resolve(s.id()));
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws IOException {
        for (Scenario s : Scenario.values()) {
            Path a = make(s.id(), 5);
            byte[] first = Files.readAllBytes(a.resolve("data.csv"));
            byte[] text = Files.readAllBytes(a.resolve("lesson.txt"));
            Path again = dir.resolve("again");
            assertEquals(0, Cli.run("teach", s.id(), "-o", again.toString(), "--seed", "5").status());
            assertArrayEquals(first, Files.readAllBytes(again.resolve(s.id()).resolve("data.csv")), s.id());
            assertArrayEquals(text, Files.readAllBytes(again.resolve(s.id()).resolve("lesson.txt")), s.id());
            byte[] other = Files.readAllBytes(make(s.id(), 6).resolve("data.csv"));
            assertFalse(java.util.Arrays.equals(first, other), s.id() + ": seed 6 differs from seed 5");
        }
    }

    @Test
    void allMakesEveryScenarioAndACourseIndexInTeachingOrder() throws IOException {
        Path out = dir.resolve("all");
        Cli.Result r = Cli.run("teach", "all", "-o", out.toString(), "--format", "svg");
        assertEquals(0, r.status(), r.toString());
        String index = Files.readString(out.resolve("index.html"));
        int previous = -1;
        for (Scenario s : Course.all()) {
            assertTrue(Files.exists(out.resolve(s.id()).resolve("chart.svg")), s.id());
            int section = index.indexOf("<section id=\"" + s.id() + "\"");
            assertTrue(section > previous, s.id() + " comes after the lesson before it in teaching order");
            previous = section;
            int end = index.indexOf("</section>", section);
            String body = index.substring(section, end);
            // The exercise first, then the answer behind a control that needs no script.
            int exercise = body.indexOf("src=\"" + s.id() + "/exercise.svg\"");
            int details = body.indexOf("<details>\n<summary>Show the answer</summary>");
            int chart = body.indexOf("src=\"" + s.id() + "/chart.svg\"");
            assertTrue(exercise > 0 && details > exercise && chart > details, s.id() + ": " + body);
            assertTrue(body.indexOf("<h3>Questions</h3>") < details, s.id());
            // Before the answer, the words (tags and their addresses aside) give nothing away.
            String before = body.substring(0, details).replaceAll("<[^>]*>", " ").toLowerCase(java.util.Locale.ROOT);
            for (String word : GIVEAWAYS) {
                assertFalse(before.contains(word), s.id() + "'s exercise in the index says '" + word + "'");
            }
            assertTrue(body.indexOf("<h3>Answers</h3>") > details, s.id());
            // The lesson's title, which names what it teaches, only inside the answer.
            String title = dev.spc.charts.ChartWriter.escapeXml(s.title());
            assertTrue(body.indexOf(title) > details, s.id() + "'s title is in its answer only");
            assertTrue(Files.exists(out.resolve(s.id()).resolve("exercise.svg")), s.id());
            assertTrue(Files.exists(out.resolve(s.id()).resolve("answer-key.txt")), s.id());
        }
        assertFalse(index.contains("<script"), "the page works without script");
        assertTrue(index.contains("Two-point comparisons: &quot;up 12% on last month&quot;"));
        assertEquals(Scenario.values().length, index.split("<details>", -1).length - 1);
        // The plan's minutes are the lessons' own, added up.
        int total = 0;
        for (Scenario s : Scenario.values()) {
            total += Workshop.of(s).minutes();
        }
        String plan = Files.readString(out.resolve("workshop-plan.txt"));
        assertTrue(plan.contains(total / 60 + " h " + String.format(java.util.Locale.ROOT, "%02d", total % 60) + " min"), plan);
    }

    /** Words that name a lesson's signal or its verdict: none may be in an exercise. */
    static final List<String> GIVEAWAYS = List.of("shift", "trend", "astronomical", "special cause", "common cause",
            "improvement", "concern", "hit and miss", "tamper", "overdispersion", "beyond a limit", "stable", "signal:");

    @Test
    void everyExerciseShowsAPlainChartAndWordsThatGiveNothingAway() throws IOException {
        Path out = dir.resolve("exercises");
        Cli.Result r = Cli.run("teach", "all", "-o", out.toString(), "--format", "svg", "--seed", "3");
        assertEquals(0, r.status(), r.toString());
        for (Scenario s : Scenario.values()) {
            Path lesson = out.resolve(s.id());
            String text = Files.readString(lesson.resolve("exercise.txt")).toLowerCase(java.util.Locale.ROOT);
            String svg = Files.readString(lesson.resolve("exercise.svg")).toLowerCase(java.util.Locale.ROOT);
            assertFalse(text.contains(s.title().toLowerCase(java.util.Locale.ROOT)), s.id() + ": the title");
            for (String word : GIVEAWAYS) {
                assertFalse(text.contains(word), s.id() + "'s exercise.txt says '" + word + "': " + text);
                assertFalse(svg.contains(word), s.id() + "'s exercise.svg says '" + word + "'");
            }
            // No colour of a signal: improvement, concern or neither (the MDC colours of the teaching theme).
            for (String colour : new String[] {"rgb(0,176,240)", "rgb(228,108,10)", "rgb(73,0,146)"}) {
                assertFalse(svg.contains(colour), s.id() + "'s exercise.svg has " + colour);
            }
            // The answer key: the coloured chart (the lesson's own) and the answers, in the lesson's words.
            assertArrayEquals(Files.readAllBytes(lesson.resolve("chart.svg")),
                    Files.readAllBytes(lesson.resolve("answer-key.svg")), s.id());
            String key = Files.readString(lesson.resolve("answer-key.txt"));
            assertTrue(key.startsWith("Answer key: " + s.title()), s.id());
            Workshop w = Workshop.of(s);
            assertTrue(key.contains("Facilitator's notes (" + w.minutes() + " minutes)"), s.id());
            for (String answer : w.answers(s.make(3))) {
                assertTrue(key.contains("Answer: " + answer), s.id() + ": " + answer);
            }
        }
    }

    @Test
    void theShiftsExerciseAndAnswerKeyAgreeWithItsChart() throws IOException {
        Path lesson = dir.resolve("one");
        Cli.Result r = Cli.run("teach", "shift", "-o", lesson.toString(), "--exercise");
        assertEquals(0, r.status(), r.toString());
        Path shift = lesson.resolve("shift");
        for (String file : new String[] {"exercise.png", "exercise.txt", "answer-key.png", "answer-key.txt"}) {
            assertTrue(r.out().contains(shift.resolve(file).toString()), file + " is listed");
        }
        // The answer names the run the analysis of the lesson's files finds: its first month and its length.
        List<String> rules = only(analyse(shift).rules());
        int last = rules.size() - 1;
        int from = last;
        while (from > 0 && rules.get(from - 1).contains("shift")) {
            from--;
        }
        String data = Files.readAllLines(shift.resolve("data.csv")).get(from + 1);
        java.time.LocalDate start = java.time.LocalDate.parse(data.split(",")[1]);
        String month = start.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH));
        String key = Files.readString(shift.resolve("answer-key.txt"));
        assertTrue(key.contains("From " + month + " to Dec 2024, " + (last - from + 1) + " points in a row sit above "
                + "the mean"), key);
        // A single lesson has no index; its exercise is written only when asked for.
        assertFalse(Files.exists(lesson.resolve("index.html")));
        Path plain = dir.resolve("plain");
        assertEquals(0, Cli.run("teach", "shift", "-o", plain.toString()).status());
        assertFalse(Files.exists(plain.resolve("shift").resolve("exercise.png")));
    }

    @Test
    void slidesAre16To9At1920By1080() throws IOException {
        Path out = dir.resolve("slides");
        Cli.Result r = Cli.run("teach", "red-bead", "-o", out.toString(), "--slides");
        assertEquals(0, r.status(), r.toString());
        for (String file : new String[] {"slide-exercise.png", "slide-answer.png"}) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(out.resolve("red-bead").resolve(file).toFile());
            assertEquals(1920, image.getWidth(), file);
            assertEquals(1080, image.getHeight(), file);
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(out.resolve("red-bead/slide-exercise.png")),
                Files.readAllBytes(out.resolve("red-bead/slide-answer.png"))));
    }

    @Test
    void slidesMakeADeckOfEachLessonsExerciseAndAnswerWithTheSameBytesEachTime() throws IOException {
        Path out = dir.resolve("deck");
        assertEquals(0, Cli.run("teach", "shift", "-o", out.toString(), "--slides").status());
        Path pptx = out.resolve("slides.pptx");
        try (java.io.InputStream in = Files.newInputStream(pptx);
                org.apache.poi.xslf.usermodel.XMLSlideShow show = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            var slides = show.getSlides();
            // The title, then the exercise and the answer.
            assertEquals(3, slides.size());
            String exercise = text(slides.get(1));
            String answer = text(slides.get(2));
            Workshop w = Workshop.of(Scenario.SHIFT);
            Lesson lesson = Scenario.SHIFT.make(1);
            assertTrue(exercise.contains(w.questions(lesson).get(0)), exercise);
            assertTrue(answer.contains(Scenario.SHIFT.title()), answer);
            assertTrue(answer.contains(w.answers(lesson).get(0)), answer);
            for (String word : GIVEAWAYS) {
                assertFalse(exercise.toLowerCase(java.util.Locale.ROOT).contains(word), "the exercise slide says " + word);
            }
            assertEquals(1, slides.get(1).getShapes().stream()
                    .filter(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFPictureShape).count(), "its chart");
        }
        Path again = dir.resolve("deck-again");
        assertEquals(0, Cli.run("teach", "shift", "-o", again.toString(), "--slides").status());
        assertArrayEquals(Files.readAllBytes(pptx), Files.readAllBytes(again.resolve("slides.pptx")));
    }

    private static String text(org.apache.poi.xslf.usermodel.XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        for (var shape : slide.getShapes()) {
            if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void withoutChromiumTheHandoutIsWrittenAsHtmlAndSpcSaysHowToPrintIt() throws Exception {
        Path out = dir.resolve("no-chromium");
        Cli.Result r = Forked.run(List.of(), Map.of(Chromium.VARIABLE, dir.resolve("nope").toString()), dir,
                "teach", "all", "-o", out.toString(), "--handout");
        assertEquals(1, r.status(), r.toString());
        Path html = out.resolve("handout.html");
        assertTrue(r.err().contains(out.resolve("handout.pdf") + ": was not written: " + Chromium.VARIABLE + " names "
                + dir.resolve("nope") + ", which is not a program that can be run. The HTML handout was written to "
                + html), r.err());
        assertTrue(r.err().contains("or open " + html + " in a browser and print it to PDF"), r.err());
        assertFalse(Files.exists(out.resolve("handout.pdf")));
        String page = Files.readString(html);
        // Every exercise, then the answers at the back; the charts inside the page.
        int answers = page.indexOf("<h2>Answers</h2>");
        assertTrue(answers > 0, "answers at the back");
        for (int k = 1; k <= Scenario.values().length; k++) {
            int exercise = page.indexOf("<h2>Exercise " + k + ": ");
            assertTrue(exercise > 0 && exercise < answers, "exercise " + k);
            assertTrue(page.indexOf("<h3>Exercise " + k + ": ", answers) > answers, "answer " + k);
        }
        assertFalse(page.contains("src=\"" + "chart"), "no picture outside the page");
        // The exercises' words, before the answers, give nothing away.
        String exercises = page.substring(0, answers).replaceAll("<[^>]*>", " ").toLowerCase(java.util.Locale.ROOT);
        for (String word : GIVEAWAYS) {
            assertFalse(exercises.contains(word), "the handout's exercises say '" + word + "'");
        }
        for (Scenario s : Scenario.values()) {
            assertFalse(exercises.contains(s.title().toLowerCase(java.util.Locale.ROOT)), s.id() + "'s title");
        }
        // Two lessons show a second picture (the CUSUM, the league table), in their exercise and their answer.
        assertEquals(2 * Scenario.values().length + 1 + 2 * 2, page.split("src=\"data:image/svg\\+xml;base64,", -1).length - 1,
                "each exercise's chart, each answer's, their second pictures, and the RAG lesson's table");
        // Everything else was written as ever.
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    @Test
    void theHandoutPrintsToAPdfThroughChromium() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Chromium.find(System.getenv()).isPresent()
                || System.getenv("CI") != null, "Chromium is missing: skipped");
        Path out = dir.resolve("handout");
        Cli.Result r = Cli.run("teach", "all", "-o", out.toString(), "--handout");
        assertEquals(0, r.status(), r.toString());
        byte[] pdf = Files.readAllBytes(out.resolve("handout.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertFalse(Files.exists(out.resolve("handout.html")), "the HTML is not kept when the PDF is printed");
        // A cover, a page for each exercise and at least one for each answer.
        int pages = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).split("/Type /Page\\b(?!s)", -1).length - 1;
        assertTrue(pages >= 1 + 2 * Scenario.values().length, pages + " pages");
    }

    @Test
    void helpTellsOfTheWorkshopMaterial() {
        Cli.Result r = Cli.run("teach", "--help");
        assertEquals(0, r.status(), r.toString());
        for (String option : new String[] {"--exercise", "--slides", "--handout", "(index.html)", "answer-key.txt"}) {
            assertTrue(r.out().contains(option), option);
        }
    }

    @Test
    void anUnknownScenarioIsACommandLineError() {
        Cli.Result r = Cli.run("teach", "shiftt", "-o", dir.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("spc teach --list"), r.err());
    }
}
