package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.cli.teach.Scenario;
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
    void allMakesEveryScenarioAndAnIndexPage() throws IOException {
        Path out = dir.resolve("all");
        Cli.Result r = Cli.run("teach", "all", "-o", out.toString(), "--format", "svg");
        assertEquals(0, r.status(), r.toString());
        String index = Files.readString(out.resolve("index.html"));
        for (Scenario s : Scenario.values()) {
            assertTrue(Files.exists(out.resolve(s.id()).resolve("chart.svg")), s.id());
            assertTrue(index.contains("src=\"" + s.id() + "/chart.svg\""), s.id());
        }
        assertTrue(index.contains("Two-point comparisons: &quot;up 12% on last month&quot;"));
    }

    @Test
    void anUnknownScenarioIsACommandLineError() {
        Cli.Result r = Cli.run("teach", "shiftt", "-o", dir.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("spc teach --list"), r.err());
    }
}
