package dev.spc.core;

import dev.spc.core.assess.Explanation;
import dev.spc.core.assess.PointClasses;
import dev.spc.core.limits.Lines;
import dev.spc.core.rules.Findings;
import dev.spc.core.rules.RuleId;
import dev.spc.core.rules.Signal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything known about one analysed series: the lines of every point, the signals, each point's
 * class, the icons and a plain-English explanation. Immutable; nothing downstream recomputes a statistic.
 *
 * <p>Per-point lines are {@code NaN} where they do not exist (a phase with too few points has a centre
 * line but no limits; a run chart has no limits; a gap's value is {@code NaN}). The value of a point is
 * the plotted statistic of the chart: a proportion on a P chart, a count on an NP chart, a subgroup mean
 * on an Xbar chart, a moving range on an MR chart.
 */
public final class Analysis {
    private final Series series;
    private final ChartSpec spec;
    private final double[] values;
    private final Lines lines;
    private final int[] phaseOf;
    private final boolean[] judgedPhase;
    private final List<Phase> phases;
    private final long[] flags;
    private final List<Signal> signals;
    private final int latest;
    private final int pointCount;
    private final VariationIcon variation;
    private final AssuranceIcon assurance;
    private final List<String> notes;
    private volatile RunStatistics runs;
    private volatile String explanation;

    Analysis(Series series, ChartSpec spec, double[] values, Lines lines, int[] phaseOf, boolean[] judgedPhase,
            List<Phase> phases,
            long[] flags, List<Signal> signals, int latest, int pointCount, VariationIcon variation,
            AssuranceIcon assurance, List<String> notes) {
        this.series = series;
        this.spec = spec;
        this.values = values;
        this.lines = lines;
        this.phaseOf = phaseOf;
        this.judgedPhase = judgedPhase;
        this.phases = List.copyOf(phases);
        this.flags = flags;
        this.signals = Collections.unmodifiableList(signals);
        this.latest = latest;
        this.pointCount = pointCount;
        this.variation = variation;
        this.assurance = assurance;
        this.notes = List.copyOf(notes);
    }

    /** One analysed point, for callers who prefer records to indexed access. */
    public record Point(LocalDate date, double value, double centre, double lowerLimit, double upperLimit,
            double lowerTwoSigma, double upperTwoSigma, double sigma, int phase, PointClass pointClass,
            Set<RuleId> rules, boolean ghost, Optional<String> annotation, OptionalDouble target) {
    }

    public Series series() {
        return series;
    }

    /** The spec the series was analysed with; its chart is the one used (never {@code auto}). */
    public ChartSpec spec() {
        return spec;
    }

    /** The chart the series was analysed as. */
    public ChartType chart() {
        return spec.chart();
    }

    public String metric() {
        return series.metric();
    }

    /** The number of points, gaps included. */
    public int size() {
        return series.size();
    }

    /** The number of points with a value. */
    public int pointCount() {
        return pointCount;
    }

    public LocalDate date(int i) {
        return series.date(i);
    }

    /** The plotted value of point i ({@code NaN} for a gap). */
    public double value(int i) {
        return values[i];
    }

    private int slot(int i) {
        return lines.perPoint() ? i : phaseOf[i];
    }

    public double centre(int i) {
        return lines.centre(slot(i));
    }

    public double lowerLimit(int i) {
        return lines.lower(slot(i));
    }

    public double upperLimit(int i) {
        return lines.upper(slot(i));
    }

    public double lowerTwoSigma(int i) {
        return lines.lowerTwoSigma(slot(i));
    }

    public double upperTwoSigma(int i) {
        return lines.upperTwoSigma(slot(i));
    }

    public double lowerOneSigma(int i) {
        return lines.lowerOneSigma(slot(i));
    }

    public double upperOneSigma(int i) {
        return lines.upperOneSigma(slot(i));
    }

    /**
     * The sigma-hat the lines of point i are drawn with (limits = centre -+ 3 sigma, before any clamping);
     * {@code NaN} for charts without one (run and T charts).
     */
    public double sigma(int i) {
        return lines.sigma(slot(i));
    }

    /** True when point i has process limits. */
    public boolean hasLimits(int i) {
        return !Double.isNaN(lines.upper(slot(i)));
    }

    /**
     * True when point i is judged by the rules: it has a value and limits, or (on a run chart) a centre
     * line and a phase of at least the minimum number of points.
     */
    public boolean isJudged(int i) {
        return !Double.isNaN(values[i]) && Spc.judged(lines, phaseOf, judgedPhase, chart().hasLimits(), i);
    }

    /** True when the lines vary point by point (P, U, Laney and subgroup charts). */
    public boolean limitsVary() {
        return lines.perPoint();
    }

    /** The phase number (1 for the first) of point i. */
    public int phase(int i) {
        return phaseOf[i] + 1;
    }

    /** The phases in time order. */
    public List<Phase> phases() {
        return phases;
    }

    /** The class of point i; gaps are common cause. */
    public PointClass pointClass(int i) {
        return PointClasses.of(flags[i], spec.direction(), spec.conflict());
    }

    /** The rules that flagged point i, in rule order. */
    public Set<RuleId> rules(int i) {
        long f = flags[i];
        Set<RuleId> set = EnumSet.noneOf(RuleId.class);
        if (f != 0) {
            for (RuleId r : RuleId.values()) {
                if (Findings.has(f, r)) {
                    set.add(r);
                }
            }
        }
        return set;
    }

    /** The raw flag bits of point i (see {@link Findings#bit}). */
    public long flags(int i) {
        return flags[i];
    }

    /** The signals in the order the rules found them. */
    public List<Signal> signals() {
        return signals;
    }

    /** The target that applies to point i: its own, else the spec's. */
    public OptionalDouble target(int i) {
        OptionalDouble own = series.target(i);
        return own.isPresent() ? own : spec.target();
    }

    /** The index of the latest point with a value, if any. */
    public OptionalInt latestIndex() {
        return latest < 0 ? OptionalInt.empty() : OptionalInt.of(latest);
    }

    public VariationIcon variation() {
        return variation;
    }

    public AssuranceIcon assurance() {
        return assurance;
    }

    /** Notes on settings that were overridden or had no effect, in plain English. */
    public List<String> notes() {
        return notes;
    }

    /**
     * Runs analysis (Anhøj) of the latest phase's points with values about their centre lines, whatever the
     * chart's rules. Worked out when first asked for.
     */
    public RunStatistics runStatistics() {
        RunStatistics r = runs;
        if (r == null) {
            r = latestRuns();
            runs = r;
        }
        return r;
    }

    private RunStatistics latestRuns() {
        if (latest < 0) {
            return RunStatistics.NONE;
        }
        int first = latest;
        while (first > 0 && phaseOf[first - 1] == phaseOf[latest]) {
            first--;
        }
        RunStatistics.Counter counter = new RunStatistics.Counter();
        for (int i = first; i <= latest; i++) {
            counter.add(values[i], centre(i));
        }
        return counter.statistics();
    }

    /** A plain-English account of the metric's latest state, its signal and its assurance. */
    public String explanation() {
        String text = explanation;
        if (text == null) {
            text = Explanation.of(this);
            explanation = text;
        }
        return text;
    }

    /** Point i as a record. */
    public Point point(int i) {
        return new Point(date(i), value(i), centre(i), lowerLimit(i), upperLimit(i), lowerTwoSigma(i),
                upperTwoSigma(i), sigma(i), phase(i), pointClass(i), rules(i), series.isGhost(i), series.annotation(i),
                target(i));
    }

    /** All points as records, in date order. */
    public List<Point> points() {
        List<Point> list = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            list.add(point(i));
        }
        return list;
    }

    @Override
    public String toString() {
        return "Analysis[" + metric() + ", " + chart().id() + ", " + size() + " points, variation=" + variation.id() + ", assurance="
                + assurance.id() + "]";
    }
}
