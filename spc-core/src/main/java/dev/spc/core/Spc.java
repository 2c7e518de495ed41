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
        double[] centre = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] lowerTwo = new double[n];
        double[] upperTwo = new double[n];
        double[] sigma = new double[n];
        int[] phaseOf = new int[n];
        List<Phase> phases = new ArrayList<>(plan.count());
        for (int p = 0; p < plan.count(); p++) {
            int first = plan.start(p);
            int end = plan.end(p);
            PhaseLimits lines = Individuals.of(y, ghost, first, plan.calculationEnd(p), spec.minimumPoints(),
                    spec.xmrLimits(), spec.screening(), spec.gaps());
            Arrays.fill(centre, first, end, lines.centre());
            Arrays.fill(lower, first, end, lines.lower());
            Arrays.fill(upper, first, end, lines.upper());
            Arrays.fill(lowerTwo, first, end, lines.lowerTwoSigma());
            Arrays.fill(upperTwo, first, end, lines.upperTwoSigma());
            Arrays.fill(sigma, first, end, lines.sigma());
            Arrays.fill(phaseOf, first, end, p);
            phases.add(new Phase(p + 1, first, end - 1, lines));
        }

        Findings findings = new Findings(n);
        ChartView view = view(y, centre, lower, upper, lowerTwo, upperTwo, phaseOf, spec.ruleScope());
        for (Rule rule : rules(spec)) {
            rule.apply(view, findings);
        }

        long[] flags = findings.flags();
        PointClass[] classes = new PointClass[n];
        int latest = -1;
        int pointCount = 0;
        for (int i = 0; i < n; i++) {
            classes[i] = PointClasses.of(flags[i], spec.direction(), spec.conflict());
            if (y[i] == y[i]) {
                latest = i;
                pointCount++;
            }
        }

        VariationIcon variation = VariationIcon.NONE;
        AssuranceIcon assurance = AssuranceIcon.NONE;
        if (latest >= 0 && !Double.isNaN(upper[latest])) {
            PointClass last = classes[latest];
            variation = VariationIcon.of(last,
                    PointClasses.sideOf(last, flags[latest], spec.direction(), y[latest] > centre[latest]));
            double target = series.target(latest).orElse(spec.target().orElse(Double.NaN));
            assurance = Assurance.of(spec.direction(), target, lower[latest], upper[latest]);
        }
        return new Analysis(series, spec, centre, lower, upper, lowerTwo, upperTwo, sigma, phaseOf, phases, flags,
                classes, findings.signals(), latest, pointCount, variation, assurance, notes);
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
     * The judged points: every point with a value and limits. A point with a value but no limits breaks
     * the runs; so does a new phase when rules stop at recalculations. Gaps are skipped.
     */
    private static ChartView view(double[] y, double[] centre, double[] lower, double[] upper, double[] lowerTwo,
            double[] upperTwo, int[] phaseOf, RuleScope scope) {
        int n = y.length;
        int[] index = new int[n];
        int[] segment = new int[n];
        int m = 0;
        int currentSegment = 0;
        boolean broken = false;
        int lastPhase = -1;
        for (int i = 0; i < n; i++) {
            if (y[i] != y[i]) {
                continue;
            }
            if (upper[i] != upper[i]) {
                broken = true;
                continue;
            }
            if (scope == RuleScope.WITHIN_PHASE && lastPhase >= 0 && phaseOf[i] != lastPhase) {
                broken = true;
            }
            if (broken && m > 0) {
                currentSegment++;
            }
            broken = false;
            lastPhase = phaseOf[i];
            index[m] = i;
            segment[m] = currentSegment;
            m++;
        }
        if (m == n) {
            return new ChartView(m, index, y, centre, lower, upper, lowerTwo, upperTwo, segment);
        }
        return new ChartView(m, index, pick(y, index, m), pick(centre, index, m), pick(lower, index, m),
                pick(upper, index, m), pick(lowerTwo, index, m), pick(upperTwo, index, m), segment);
    }

    private static double[] pick(double[] a, int[] index, int m) {
        double[] out = new double[m];
        for (int j = 0; j < m; j++) {
            out[j] = a[index[j]];
        }
        return out;
    }
}
