package dev.spc.core;

import dev.spc.core.assess.Assurance;
import dev.spc.core.assess.PointClasses;
import dev.spc.core.limits.ChartFamily;
import dev.spc.core.limits.Lines;
import dev.spc.core.limits.Measurements;
import dev.spc.core.limits.PhaseLimits;
import dev.spc.core.limits.Phases;
import dev.spc.core.rules.Alternating;
import dev.spc.core.rules.Beyond;
import dev.spc.core.rules.BeyondInWindow;
import dev.spc.core.rules.ChartView;
import dev.spc.core.rules.FewCrossings;
import dev.spc.core.rules.Findings;
import dev.spc.core.rules.LongRun;
import dev.spc.core.rules.Rule;
import dev.spc.core.rules.RuleId;
import dev.spc.core.rules.RunsCount;
import dev.spc.core.rules.Shift;
import dev.spc.core.rules.Trend;
import dev.spc.core.rules.TwoOfThree;
import dev.spc.core.rules.ZoneRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The entry point: analyses a series the way a chart spec says.
 *
 * <pre>{@code
 * Analysis a = Spc.analyse(series, ChartSpec.builder().direction(Direction.INCREASE).target(95).build());
 * a.variation();    // e.g. IMPROVEMENT_HIGH
 * a.explanation();  // "The latest point (Mar 2024: 93.1) shows special cause improvement: ..."
 * }</pre>
 *
 * The steps: the chart (chosen from the data for {@code auto}), a check of the input against it, phases
 * (recalculations, baseline), the lines of each phase, the rules over the whole chart, then each point's
 * class and the icons. Thread-safe: it keeps no state.
 */
public final class Spc {
    private Spc() {
    }

    /**
     * Analyses one series.
     *
     * @throws IllegalArgumentException when a point cannot go on the chart (such as a numerator above its
     *     denominator on a P chart), naming the point and how to fix it
     */
    public static Analysis analyse(Series series, ChartSpec spec) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(spec, "spec");
        List<String> notes = new ArrayList<>();
        ChartType chart = spec.chart().choose(series);
        if (chart != spec.chart()) {
            notes.add("The chart was chosen from the data: " + chart.title() + " (" + chart.id() + ").");
            spec = spec.toBuilder().chart(chart).build();
        }
        ChartFamily family = ChartFamily.of(chart);
        Measurements m = measurements(series);
        Optional<InputProblem.At> problem = check(m, family);
        if (problem.isPresent()) {
            InputProblem.At at = problem.get();
            throw new IllegalArgumentException("metric '" + series.metric() + "', point on "
                    + series.date(at.index()) + ": " + at.problem().problem() + ". " + at.problem().hint());
        }
        int n = series.size();

        Phases plan = Phases.of(series, spec.recalculateFrom(), spec.baselinePoints().orElse(0));
        notes.addAll(plan.notes());
        if (chart.hasLimits() && spec.baselinePoints().isPresent()
                && spec.baselinePoints().getAsInt() < spec.minimumPoints()) {
            notes.add("The baseline of " + spec.baselinePoints().getAsInt() + " points is shorter than the "
                    + spec.minimumPoints() + " points process limits need, so there are no limits; lengthen the "
                    + "baseline or lower the minimum number of points.");
        }
        double[] y = family.plotted(m, plan, spec);
        int phaseCount = plan.count();
        Lines lines = Lines.of(phaseCount, n, family.perPoint());
        int[] phaseOf = new int[n];
        boolean[] judgedPhase = new boolean[phaseCount];
        List<Phase> phases = new ArrayList<>(phaseCount);
        for (int p = 0; p < phaseCount; p++) {
            int first = plan.start(p);
            int end = plan.end(p);
            PhaseLimits summary = family.phase(m, y, p, first, plan.calculationEnd(p), end, spec, lines);
            Arrays.fill(phaseOf, first, end, p);
            phases.add(new Phase(p + 1, first, end - 1, summary));
            // A control chart's phase is judged where it has limits; a run chart's needs the minimum points too.
            judgedPhase[p] = chart.hasLimits() || summary.points() >= spec.minimumPoints();
            if (end > first && summary.points() == 0) {
                notes.add("The phase from " + series.date(first) + " has no values.");
            } else if (summary.points() >= spec.minimumPoints() && summary.movingRanges() == 0) {
                notes.add("The phase from " + series.date(first) + " has no limits: gaps leave no two consecutive "
                        + "points with values, so there is no moving range; bridging the gaps would pair the points "
                        + "either side of each.");
            }
        }

        Findings findings = new Findings(n);
        ChartView view = view(y, phaseOf, lines, judgedPhase, chart.hasLimits(), spec.ruleScope());
        for (Rule rule : rules(spec, chart)) {
            rule.apply(view, findings);
        }

        long[] flags = findings.flags();
        int latest = -1;
        int pointCount = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] == y[i]) {
                latest = i;
                pointCount++;
            }
        }

        VariationIcon variation = VariationIcon.NONE;
        AssuranceIcon assurance = AssuranceIcon.NONE;
        if (latest >= 0 && judged(lines, phaseOf, judgedPhase, chart.hasLimits(), latest)) {
            int s = slot(lines, phaseOf, latest);
            PointClass last = PointClasses.of(flags[latest], spec.direction(), spec.conflict());
            variation = VariationIcon.of(last,
                    PointClasses.sideOf(last, flags[latest], spec.direction(), y[latest] > lines.centre(s)));
            if (chart.hasLimits()) {
                double target = series.target(latest).orElse(spec.target().orElse(Double.NaN));
                // Against the limits before clamping: a target at a clamp (0 for counts) can still be met.
                assurance = Assurance.of(spec.direction(), target, lines.rawLower(s), lines.rawUpper(s));
            }
        }
        return new Analysis(series, spec, y, lines, phaseOf, judgedPhase, phases, flags, findings.signals(), latest,
                pointCount, variation, assurance, notes);
    }

    /** Analyses many series, each with the spec the function gives for its metric. */
    public static List<Analysis> analyseAll(List<Series> series, Function<String, ChartSpec> specs) {
        List<Analysis> out = new ArrayList<>(series.size());
        for (Series s : series) {
            out.add(analyse(s, specs.apply(s.metric())));
        }
        return out;
    }

    /**
     * The first point that cannot go on the given chart, and why; empty when every point can. The table
     * bridge uses it to name the row and column at fault.
     */
    public static Optional<InputProblem.At> check(Series series, ChartType chart) {
        return check(measurements(series), ChartFamily.of(chart.choose(series)));
    }

    private static Optional<InputProblem.At> check(Measurements m, ChartFamily family) {
        for (int i = 0; i < m.size(); i++) {
            InputProblem p = family.check(m, i);
            if (p != null) {
                return Optional.of(new InputProblem.At(i, p));
            }
        }
        return Optional.empty();
    }

    private static Measurements measurements(Series series) {
        return new Measurements(series, series.valuesView(), series.ghostView(), series.numeratorsView(),
                series.denominatorsView(), series.subgroupsView());
    }

    static int slot(Lines lines, int[] phaseOf, int i) {
        return lines.perPoint() ? i : phaseOf[i];
    }

    /**
     * Point i (with a value) is judged when its phase can be (a run chart's phase needs the minimum points)
     * and its chart has limits there (or, for a run chart, a centre line). The one definition, which the
     * analysis also answers {@link Analysis#isJudged} by.
     */
    static boolean judged(Lines lines, int[] phaseOf, boolean[] judgedPhase, boolean hasLimits, int i) {
        int s = slot(lines, phaseOf, i);
        double line = hasLimits ? lines.upper(s) : lines.centre(s);
        return judgedPhase[phaseOf[i]] && line == line;
    }

    /** The rules of the spec's rule sets for a chart, in the order their ids appear in the output. */
    static List<Rule> rules(ChartSpec spec, ChartType chart) {
        Set<RuleSet> sets = spec.ruleSetsFor(chart);
        List<Rule> rules = new ArrayList<>();
        if (chart == ChartType.MR && spec.ruleSets().isEmpty()) {
            // Moving ranges are skewed and each shares a point with the next, so runs of them mean little;
            // by default only a range beyond the limit is a signal (as qicharts2).
            rules.add(new Beyond(RuleId.ASTRONOMICAL, 3));
            return rules;
        }
        if (sets.contains(RuleSet.MDC)) {
            rules.add(new Beyond(RuleId.ASTRONOMICAL, 3));
            rules.add(new Shift(spec.shiftLength()));
            rules.add(new Trend(spec.trendLength()));
            rules.add(new TwoOfThree(spec.twoOfThree()));
        }
        if (sets.contains(RuleSet.ANHOEJ)) {
            rules.add(new LongRun());
            rules.add(new FewCrossings());
        }
        if (sets.contains(RuleSet.IHI)) {
            rules.add(new Shift(RuleId.IHI_SHIFT, 6, Shift.OnCentre.SKIPPED));
            rules.add(new Trend(RuleId.IHI_TREND, 5, Trend.Ties.SKIP));
            rules.add(new RunsCount(RuleId.IHI_FEW_RUNS));
            rules.add(new RunsCount(RuleId.IHI_MANY_RUNS));
        }
        if (sets.contains(RuleSet.WESTERN_ELECTRIC)) {
            rules.add(new Beyond(RuleId.WE1, 3));
            rules.add(new BeyondInWindow(RuleId.WE2, 2, 3, 2));
            rules.add(new BeyondInWindow(RuleId.WE3, 4, 5, 1));
            rules.add(new Shift(RuleId.WE4, 8, Shift.OnCentre.BREAKS));
        }
        if (sets.contains(RuleSet.NELSON)) {
            rules.add(new Beyond(RuleId.NELSON1, spec.nelsonK(1)));
            rules.add(new Shift(RuleId.NELSON2, spec.nelsonK(2), Shift.OnCentre.BREAKS));
            rules.add(new Trend(RuleId.NELSON3, spec.nelsonK(3), Trend.Ties.BREAK));
            rules.add(new Alternating(RuleId.NELSON4, spec.nelsonK(4)));
            rules.add(new BeyondInWindow(RuleId.NELSON5, spec.nelsonK(5), spec.nelsonK(5) + 1, 2));
            rules.add(new BeyondInWindow(RuleId.NELSON6, spec.nelsonK(6), spec.nelsonK(6) + 1, 1));
            rules.add(new ZoneRun(RuleId.NELSON7, spec.nelsonK(7), ZoneRun.Zone.WITHIN_ONE_SIGMA));
            rules.add(new ZoneRun(RuleId.NELSON8, spec.nelsonK(8), ZoneRun.Zone.BEYOND_ONE_SIGMA));
        }
        return rules;
    }

    /**
     * The judged points: every point with a value and limits (for a run chart, a centre line), each judged
     * by its own lines. A point with a value that cannot be judged breaks the runs; so does a new phase when
     * rules stop at recalculations. Gaps are skipped.
     */
    private static ChartView view(double[] y, int[] phaseOf, Lines lines, boolean[] judgedPhase, boolean hasLimits,
            RuleScope scope) {
        int n = y.length;
        int[] index = new int[n];
        int[] segment = null;
        int m = 0;
        int currentSegment = 0;
        boolean broken = false;
        int lastPhase = -1;
        for (int i = 0; i < n; i++) {
            if (y[i] != y[i]) {
                continue;
            }
            int p = phaseOf[i];
            if (!judged(lines, phaseOf, judgedPhase, hasLimits, i)) {
                broken = true;
                continue;
            }
            if (scope == RuleScope.WITHIN_PHASE && lastPhase >= 0 && p != lastPhase) {
                broken = true;
            }
            if (broken && m > 0) {
                if (segment == null) {
                    segment = new int[n];
                }
                currentSegment++;
            }
            broken = false;
            lastPhase = p;
            index[m] = i;
            if (segment != null) {
                segment[m] = currentSegment;
            }
            m++;
        }
        int[] slotOfPoint = lines.perPoint() ? index : phaseOf;
        int[] phaseOfSlot = lines.perPoint() ? phaseOf : null;
        if (m == n) {
            return new ChartView(m, index, y, slotOfPoint, phaseOfSlot, lines, segment);
        }
        double[] judged = new double[m];
        int[] slot = new int[m];
        for (int j = 0; j < m; j++) {
            judged[j] = y[index[j]];
            slot[j] = lines.perPoint() ? index[j] : phaseOf[index[j]];
        }
        return new ChartView(m, index, judged, slot, phaseOfSlot, lines, segment);
    }
}
