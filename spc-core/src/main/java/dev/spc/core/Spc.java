package dev.spc.core;

import dev.spc.core.assess.Assurance;
import dev.spc.core.assess.PointClasses;
import dev.spc.core.limits.Individuals;
import dev.spc.core.limits.PhaseLimits;
import dev.spc.core.limits.Phases;
import dev.spc.core.rules.Astronomical;
import dev.spc.core.rules.ChartView;
import dev.spc.core.rules.Findings;
import dev.spc.core.rules.Rule;
import dev.spc.core.rules.Shift;
import dev.spc.core.rules.Trend;
import dev.spc.core.rules.TwoOfThree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 * The steps: phases (recalculations, baseline), the lines of each phase, the rules over the whole chart,
 * then each point's class and the icons. Thread-safe: it keeps no state.
 */
public final class Spc {
    private Spc() {
    }

    /** Analyses one series. */
    public static Analysis analyse(Series series, ChartSpec spec) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(spec, "spec");
        int n = series.size();
        double[] y = series.valuesView();
        boolean[] ghost = series.ghostView();

        Phases plan = Phases.of(series, spec.recalculateFrom(), spec.baselinePoints().orElse(0));
        List<String> notes = new ArrayList<>(plan.notes());
        if (spec.baselinePoints().isPresent() && spec.baselinePoints().getAsInt() < spec.minimumPoints()) {
            notes.add("The baseline of " + spec.baselinePoints().getAsInt() + " points is shorter than the "
                    + spec.minimumPoints() + " points process limits need, so there are no limits; lengthen the "
                    + "baseline or lower the minimum number of points.");
        }
        int phaseCount = plan.count();
        double[] centre = new double[phaseCount];
        double[] lower = new double[phaseCount];
        double[] upper = new double[phaseCount];
        double[] lowerTwo = new double[phaseCount];
        double[] upperTwo = new double[phaseCount];
        int[] phaseOf = new int[n];
        List<Phase> phases = new ArrayList<>(phaseCount);
        for (int p = 0; p < phaseCount; p++) {
            int first = plan.start(p);
            int end = plan.end(p);
            PhaseLimits lines = Individuals.of(y, ghost, first, plan.calculationEnd(p), spec.minimumPoints(),
                    spec.xmrLimits(), spec.screening(), spec.gaps());
            centre[p] = lines.centre();
            lower[p] = lines.lower();
            upper[p] = lines.upper();
            lowerTwo[p] = lines.lowerTwoSigma();
            upperTwo[p] = lines.upperTwoSigma();
            Arrays.fill(phaseOf, first, end, p);
            phases.add(new Phase(p + 1, first, end - 1, lines));
            if (end > first && lines.points() == 0) {
                notes.add("The phase from " + series.date(first) + " has no values.");
            } else if (lines.points() >= spec.minimumPoints() && lines.movingRanges() == 0) {
                notes.add("The phase from " + series.date(first) + " has no limits: gaps leave no two consecutive "
                        + "points with values, so there is no moving range; bridging the gaps would pair the points "
                        + "either side of each.");
            }
        }

        Findings findings = new Findings(n);
        ChartView view = view(y, phaseOf, upper, centre, lower, lowerTwo, upperTwo, spec.ruleScope());
        for (Rule rule : rules(spec)) {
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
        if (latest >= 0 && !Double.isNaN(upper[phaseOf[latest]])) {
            int p = phaseOf[latest];
            PointClass last = PointClasses.of(flags[latest], spec.direction(), spec.conflict());
            variation = VariationIcon.of(last,
                    PointClasses.sideOf(last, flags[latest], spec.direction(), y[latest] > centre[p]));
            double target = series.target(latest).orElse(spec.target().orElse(Double.NaN));
            assurance = Assurance.of(spec.direction(), target, lower[p], upper[p]);
        }
        return new Analysis(series, spec, phaseOf, phases, flags, findings.signals(), latest, pointCount, variation,
                assurance, notes);
    }

    /** Analyses many series, each with the spec the function gives for its metric. */
    public static List<Analysis> analyseAll(List<Series> series, Function<String, ChartSpec> specs) {
        List<Analysis> out = new ArrayList<>(series.size());
        for (Series s : series) {
            out.add(analyse(s, specs.apply(s.metric())));
        }
        return out;
    }

    /** The MDC rules, in the order their ids appear in the output. */
    static List<Rule> rules(ChartSpec spec) {
        return List.of(new Astronomical(), new Shift(spec.shiftLength()), new Trend(spec.trendLength()),
                new TwoOfThree(spec.twoOfThree()));
    }

    /**
     * The judged points: every point with a value and limits, each judged by its phase's lines. A point
     * with a value but no limits breaks the runs; so does a new phase when rules stop at recalculations.
     * Gaps are skipped.
     */
    private static ChartView view(double[] y, int[] phaseOf, double[] upper, double[] centre, double[] lower,
            double[] lowerTwo, double[] upperTwo, RuleScope scope) {
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
            if (upper[p] != upper[p]) {
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
        if (m == n) {
            return new ChartView(m, index, y, phaseOf, centre, lower, upper, lowerTwo, upperTwo, segment);
        }
        double[] judged = new double[m];
        int[] slot = new int[m];
        for (int j = 0; j < m; j++) {
            judged[j] = y[index[j]];
            slot[j] = phaseOf[index[j]];
        }
        return new ChartView(m, index, judged, slot, centre, lower, upper, lowerTwo, upperTwo, segment);
    }
}
