package dev.spc.cli.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.Outlier;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.result.Side;
import dev.spc.core.result.Signal;
import dev.spc.core.spec.ChartType;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lessons from run-chart on, over 20 seeds each: the chart shows exactly the signals the words name and
 * no others, and the numbers in the words are the chart's. Each failure names its seed.
 */
class NewLessonsTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    static String words(Lesson l) {
        return String.join("\n", l.text());
    }

    /** The points any rule flags. */
    static Set<Integer> flagged(Analysis a) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.rules(i).isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void runChartShowsItsLongRunsAndTooFewCrossingsAndNothingElse(long seed) {
        Lesson l = Scenario.RUN_CHART.make(seed);
        Analysis a = l.analyses().get(0);
        String w = words(l);
        assertEquals(ChartType.RUN, a.chart(), "seed " + seed);
        RunStatistics runs = a.runStatistics();
        // Anhøj's rules (docs/methods.md): a run longer than round(log2(n) + 3), fewer crossings than the
        // binomial 5% quantile; the words quote the chart's own figures.
        assertTrue(runs.longRun() && runs.fewCrossings(), "seed " + seed + ": " + runs);
        assertTrue(w.contains("With " + runs.usefulPoints() + " points off the median, a run longer than "
                + runs.longestRunLimit() + " is unusual"), "seed " + seed + ": " + w);
        assertTrue(w.contains("crosses the median only " + runs.crossings() + " times, where fewer than "
                + runs.crossingsMinimum()), "seed " + seed + ": " + w);
        int longRuns = 0;
        for (Signal g : a.signals()) {
            assertTrue(g.rule() == RuleId.LONG_RUN || g.rule() == RuleId.FEW_CROSSINGS, "seed " + seed + ": " + g);
            if (g.rule() == RuleId.LONG_RUN) {
                longRuns++;
                assertTrue(w.contains(g.length() + " points " + (g.side() == Side.HIGH ? "above" : "below")
                        + " the median from " + Scenario.month(a.series(), g.first())), "seed " + seed + ": " + w);
            }
        }
        assertTrue(w.contains(longRuns == 1 ? "one run is longer" : "two runs are longer"), "seed " + seed + w);
        // Too few crossings marks every point: purple off the long runs, blue above the median on them,
        // orange below it ("higher is better").
        for (int i = 0; i < a.size(); i++) {
            assertTrue(a.rules(i).contains(RuleId.FEW_CROSSINGS), "seed " + seed + ", point " + i);
            PointClass expected = !a.rules(i).contains(RuleId.LONG_RUN) ? PointClass.NEITHER
                    : a.value(i) > a.centre(i) ? PointClass.IMPROVEMENT : PointClass.CONCERN;
            assertEquals(expected, a.pointClass(i), "seed " + seed + ", point " + i);
        }
        assertTrue(w.contains("the middle value (" + Scenario.n(a.centre(0)) + "%)"), "seed " + seed + w);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void rareEventsFlagOnlyTheLatestLongGapAsImprovement(long seed) {
        Lesson l = Scenario.RARE_EVENTS.make(seed);
        Analysis a = l.analyses().get(0);
        int last = a.size() - 1;
        assertEquals(ChartType.G, a.chart(), "seed " + seed);
        assertEquals(Set.of(last), flagged(a), "seed " + seed);
        assertEquals(Set.of(RuleId.ASTRONOMICAL), a.rules(last), "seed " + seed);
        assertEquals(PointClass.IMPROVEMENT, a.pointClass(last), "seed " + seed);
        String w = words(l);
        assertTrue(w.contains("the median gap, " + Scenario.n(a.centre(0)) + " days, and the upper limit "
                + Scenario.n(a.upperLimit(0)) + " days"), "seed " + seed + ": " + w);
        assertTrue(w.contains("The latest gap, " + Scenario.whole(a.value(last)) + " days"), "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seasonalityFlagsOnlyTheSeasonsAndTheAdjustedChartIsQuiet(long seed) {
        Lesson l = Scenario.SEASONALITY.make(seed);
        Analysis raw = l.analyses().get(0);
        Analysis adjusted = l.analyses().get(1);
        for (int i = 0; i < raw.size(); i++) {
            if (raw.rules(i).contains(RuleId.ASTRONOMICAL)) {
                int m = raw.date(i).getMonthValue();
                boolean high = raw.value(i) > raw.centre(i);
                assertTrue(high ? m >= 11 || m <= 3 : m >= 5 && m <= 9, "seed " + seed + ", month " + raw.date(i));
            }
        }
        assertTrue(Scenario.count(raw, RuleId.ASTRONOMICAL) > 0, "seed " + seed);
        assertTrue(flagged(adjusted).isEmpty(), "seed " + seed);
        String w = words(l);
        assertTrue(w.contains("The top chart flags " + Scenario.describe(raw, 0, raw.size())), "seed " + seed);
        assertTrue(w.contains("limits " + Scenario.n(adjusted.lowerLimit(0)) + " to "
                + Scenario.n(adjusted.upperLimit(0))), "seed " + seed);
    }

    @Test
    void describeCountsTheMonthsEachRuleFlags() {
        // Hand-made: 10 months at 10 then one at 30; limits from the 10 (moving ranges 0) put month 11 beyond
        // the limit, the only flag.
        double[] v = {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 30};
        Analysis a = Spc.analyse(Scenario.monthly("m", v), Scenario.increase().toBuilder().baselinePoints(10)
                .minimumPoints(10).build());
        assertEquals("1 month (1 beyond a limit)", Scenario.describe(a, 0, a.size()));
        assertEquals("no month", Scenario.describe(a, 0, 10));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void baselineOf6PointsGivesFalseAlarmsThat20PointsDoNot(long seed) {
        Lesson l = Scenario.BASELINE.make(seed);
        List<Analysis> a = l.analyses();
        assertFalse(flagged(a.get(0)).isEmpty(), "seed " + seed);
        assertTrue(flagged(a.get(2)).isEmpty(), "seed " + seed);
        String w = words(l);
        assertTrue(w.contains("the limits from 6 months flag " + Scenario.describe(a.get(0), 0, 24)), "seed " + seed);
        assertTrue(w.contains("The limits from 12 months flag " + (flagged(a.get(1)).isEmpty() ? "nothing"
                : Scenario.describe(a.get(1), 0, 24))), "seed " + seed + ": " + w);
        assertTrue(w.contains("those from 20 months flag nothing"), "seed " + seed);
        int[] sizes = {6, 12, 20};
        for (int k = 0; k < 3; k++) {
            assertEquals(sizes[k], a.get(k).spec().baselinePoints().getAsInt());
            assertTrue(w.contains(Scenario.n(a.get(k).lowerLimit(0)) + "% to " + Scenario.n(a.get(k).upperLimit(0))
                    + "%"), "seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void whenToRecalculateKeepsTheOneOffAndRecalculatesForTheSustainedChange(long seed) {
        Lesson l = Scenario.WHEN_TO_RECALCULATE.make(seed);
        Analysis kept = l.analyses().get(0);
        Analysis recalculated = l.analyses().get(1);
        // The top chart: the outage (month 7) beyond the lower limit, a concern; the shift from the change
        // (month 17) to the end; nothing else.
        assertEquals(Set.of(RuleId.ASTRONOMICAL), kept.rules(6), "seed " + seed);
        assertEquals(PointClass.CONCERN, kept.pointClass(6), "seed " + seed);
        Signal shift = Scenario.only(kept, RuleId.SHIFT);
        assertEquals(2, kept.signals().size(), "seed " + seed + ": " + kept.signals());
        assertTrue(shift.first() >= 16 && shift.last() == 29, "seed " + seed);
        for (int i : flagged(kept)) {
            assertTrue(i == 6 || kept.rules(i).equals(Set.of(RuleId.SHIFT)), "seed " + seed + ", point " + i);
        }
        // The bottom chart: two phases, the outage its only signal.
        assertEquals(2, recalculated.phases().size(), "seed " + seed);
        assertEquals(Set.of(6), flagged(recalculated), "seed " + seed);
        String w = words(l);
        assertTrue(w.contains("flags " + shift.length() + " months in a row"), "seed " + seed);
        assertTrue(w.contains(Scenario.n(recalculated.lowerLimit(29)) + "% to " + Scenario.n(recalculated.upperLimit(29))
                + "%"), "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void leagueTableWardsAllLieInsideTheFunnel(long seed) {
        Lesson l = Scenario.LEAGUE_TABLE.make(seed);
        Funnel f = Scenario.funnel(l.metrics().get(0).series());
        assertEquals(16, f.size());
        for (int i = 0; i < f.size(); i++) {
            assertEquals(Outlier.NONE, f.outlier(i), "seed " + seed + ", " + f.units().get(i).name());
        }
        List<dev.spc.core.funnel.Unit> ranked = Scenario.ranked(f);
        String w = words(l);
        assertTrue(w.contains("from " + ranked.get(0).name() + " (" + Scenario.percent(ranked.get(0).value())),
                "seed " + seed + ": " + w);
        assertTrue(w.contains("around the trust's rate (" + Scenario.percent(f.target()) + ")"), "seed " + seed);
        for (int k = 1; k < ranked.size(); k++) {
            assertTrue(ranked.get(k).value() >= ranked.get(k - 1).value(), "seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cusumCatchesTheSmallShiftAtLeast3MonthsBeforeTheXmrChart(long seed) {
        Lesson l = Scenario.CUSUM.make(seed);
        Analysis xmr = l.analyses().get(0);
        Analysis cusum = Spc.analyse(xmr.series(), xmr.spec().withChart(ChartType.CUSUM));
        int change = Scenario.CHANGE;
        int caught = Scenario.firstFlagged(cusum);
        // The CUSUM: nothing before the change, then beyond its line from its first signal to the end.
        assertTrue(caught >= change && caught < xmr.size(), "seed " + seed);
        for (int i = 0; i < cusum.size(); i++) {
            assertEquals(i >= caught, !cusum.rules(i).isEmpty(), "seed " + seed + ", point " + i);
        }
        assertEquals(PointClass.CONCERN, cusum.pointClass(caught), "seed " + seed);
        // The XmR chart: no point beyond a limit, at most one signal (a shift), complete 3 or more months later.
        int run = xmr.spec().rules().shiftLength();
        assertTrue(xmr.signals().size() <= 1, "seed " + seed);
        String w = words(l);
        if (xmr.signals().isEmpty()) {
            assertTrue(w.contains("shows no signal at all"), "seed " + seed);
        } else {
            Signal shift = Scenario.only(xmr, RuleId.SHIFT);
            int complete = shift.first() + run - 1;
            assertTrue(shift.first() >= change && complete >= caught + 3, "seed " + seed);
            assertTrue(w.contains("a run of " + shift.length() + " months above the mean, long enough to count ("
                    + run + " months) in " + Scenario.month(xmr.series(), complete)), "seed " + seed + ": " + w);
            assertTrue(w.contains(Scenario.months(complete - caught) + " before the XmR chart"), "seed " + seed);
        }
        assertTrue(w.contains("in " + Scenario.month(xmr.series(), caught) + ", " + Scenario.months(caught - change + 1)
                + " after the change"), "seed " + seed + ": " + w);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pdsaShiftsOnlyAfterTheSecondCycle(long seed) {
        Lesson l = Scenario.PDSA.make(seed);
        Analysis a = l.analyses().get(0);
        Set<Integer> flagged = flagged(a);
        assertFalse(flagged.isEmpty(), "seed " + seed);
        for (int i : flagged) {
            assertTrue(i >= 16, "seed " + seed + ", point " + i);
            assertEquals(PointClass.IMPROVEMENT, a.pointClass(i), "seed " + seed + ", point " + i);
        }
        assertTrue(a.rules(a.size() - 1).contains(RuleId.SHIFT), "seed " + seed);
        assertEquals("PDSA 1: checklist on the ward", a.series().annotation(13).orElseThrow());
        assertEquals("PDSA 2: checklist in the admission pack", a.series().annotation(16).orElseThrow());
        assertTrue(words(l).contains("the chart flags " + Scenario.describe(a, 0, a.size()) + ", from "
                + Scenario.month(a.series(), flagged.iterator().next())), "seed " + seed);
    }

    static List<Scenario> newLessons() {
        return List.of(Scenario.RUN_CHART, Scenario.RARE_EVENTS, Scenario.SEASONALITY, Scenario.BASELINE,
                Scenario.WHEN_TO_RECALCULATE, Scenario.LEAGUE_TABLE, Scenario.CUSUM, Scenario.PDSA);
    }

    @ParameterizedTest
    @MethodSource("newLessons")
    void eachHasAWorkshopFileWithAsManyAnswersAsQuestionsAndNotesThatFillItsMinutes(Scenario s) throws Exception {
        String name = "/dev/spc/cli/teach/workshop/" + s.id() + ".txt";
        String text;
        try (java.io.InputStream in = Scenario.class.getResourceAsStream(name)) {
            assertTrue(in != null, name);
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("# minutes: "), name);
        int minutes = Integer.parseInt(lines.get(0).substring("# minutes: ".length()).trim());
        java.util.Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
        String section = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("# ")) {
                section = line.substring(2).trim();
                sections.put(section, new java.util.ArrayList<>());
            } else if (!line.isBlank()) {
                assertTrue(line.startsWith("- ") && section != null, name + ": " + line);
                sections.get(section).add(line.substring(2));
            }
        }
        assertEquals(List.of("questions", "answers", "notes"), List.copyOf(sections.keySet()), name);
        assertFalse(sections.get("questions").isEmpty(), name);
        assertEquals(sections.get("questions").size(), sections.get("answers").size(), name);
        int sum = 0;
        for (String note : sections.get("notes")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+) min: .+").matcher(note);
            assertTrue(m.matches(), name + ": " + note);
            sum += Integer.parseInt(m.group(1));
        }
        assertEquals(minutes, sum, name);
    }
}
