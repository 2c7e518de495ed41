package dev.spc.core;

import dev.spc.core.assess.Icons;
import dev.spc.core.assess.PointClasses;
import dev.spc.core.assess.Targets;
import dev.spc.core.limits.ChartLines;
import dev.spc.core.limits.Lines;
import dev.spc.core.limits.PhaseLimits;
import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.result.Signal;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.rules.Findings;
import dev.spc.core.rules.RunCounter;
import dev.spc.core.series.Bounds;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.GhostsInRuns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything known about one analysed series: the lines of every point, the signals, each point's
 * class, the icons and a plain-English explanation. Immutable; nothing downstream recomputes a statistic.
 * A value: two analyses of equal series under equal specs are equal.
 *
 * <p>Per-point lines are {@code NaN} where they do not exist (a phase with too few points has a centre
 * line but no limits; a run chart has no limits; a gap's value is {@code NaN}). The value of a point is
 * the plotted statistic of the chart: a proportion on a P chart, a count on an NP chart, a subgroup mean
 * on an Xbar chart, a moving range on an MR chart.
 */
public final class Analysis {
    /**
     * Signals by rule, then first point, then side, then last point. Written out rather than chained from
     * {@code Comparator.comparing}: the chain's lambdas are Java's own, which the launcher's class-data archive
     * does not keep, so every run made their classes anew.
     */
    private static final Comparator<Signal> SIGNAL_ORDER = Analysis::compareSignals;

    private static int compareSignals(Signal a, Signal b) {
        int c = a.rule().compareTo(b.rule());
        if (c == 0) {
            c = Integer.compare(a.first(), b.first());
        }
        if (c == 0) {
            c = a.side().compareTo(b.side());
        }
        return c != 0 ? c : Integer.compare(a.last(), b.last());
    }

    private final Series series;
    private final ChartSpec spec;
    private final ChartType chartType;
    private final ChartLines chart;
    private final Lines lines;
    private final long[] flags;
    private final List<Signal> signals;
    private final List<Phase> phases;
    private final int latest;
    private final int pointCount;
    private final Icons icons;
    private final List<String> notes;
    private volatile RunStatistics runs;
    private volatile String explanation;
    private volatile Formats formats;
    private volatile Bounds bounds;

    /**
     * @param spec the spec as given (its chart may be {@code auto})
     * @param chart the chart's lines, which the analysis takes over (nothing may change them after)
     * @param flags the rule flags of every point, which the analysis takes over
     */
    Analysis(Series series, ChartSpec spec, ChartLines chart, long[] flags, List<Signal> signals, int latest,
            Icons icons, List<String> notes) {
        this.series = series;
        this.spec = spec;
        this.chartType = chart.chart();
        this.chart = chart;
        this.lines = chart.lines();
        this.flags = flags;
        this.signals = sorted(signals);
        this.phases = phases(chart);
        this.latest = latest;
        this.pointCount = chart.pointCount();
        this.icons = icons;
        this.notes = List.copyOf(notes);
    }

    /**
     * The signals by rule, then by first point (they come by rule, each rule's in the order found, which is
     * by first point but for overlapping windows); a copy, unless there is nothing to put in order.
     */
    private static List<Signal> sorted(List<Signal> signals) {
        if (signals.isEmpty()) {
            return List.of();
        }
        List<Signal> sorted = new ArrayList<>(signals);
        sorted.sort(SIGNAL_ORDER);
        return Collections.unmodifiableList(sorted);
    }

    private static List<Phase> phases(ChartLines chart) {
        Phase[] phases = new Phase[chart.phaseCount()];
        for (int p = 0; p < phases.length; p++) {
            PhaseLimits l = chart.phase(p);
            phases[p] = new Phase(p + 1, chart.phaseStart(p), chart.phaseEnd(p) - 1, l.points(), l.centre(), l.sigma(),
                    l.lower(), l.upper(), l.lowerTwoSigma(), l.upperTwoSigma(), l.averageMovingRange(),
                    l.movingRanges());
        }
        return List.of(phases);
    }

    /**
     * One analysed point, for callers who prefer records to indexed access.
     *
     * @param date the point's date
     * @param value the plotted statistic ({@code NaN} for a gap)
     * @param centre the centre line
     * @param lowerLimit the lower process limit ({@code NaN} where there is none)
     * @param upperLimit the upper process limit ({@code NaN} where there is none)
     * @param lowerTwoSigma the lower two-sigma line
     * @param upperTwoSigma the upper two-sigma line
     * @param sigma the sigma-hat the lines are drawn with
     * @param phase the phase number, 1 for the first
     * @param pointClass the point's class
     * @param rules the rules that flagged it
     * @param ghost true when the point is ghosted
     * @param annotation its note, if any
     * @param target the target that applies to it, if any
     */
    public record Point(LocalDate date, double value, double centre, double lowerLimit, double upperLimit,
            double lowerTwoSigma, double upperTwoSigma, double sigma, int phase, PointClass pointClass,
            Set<RuleId> rules, boolean ghost, Optional<String> annotation, OptionalDouble target) {
    }

    public Series series() {
        return series;
    }

    /** The spec the series was analysed with, as given (its chart may be {@code auto}: see {@link #chart()}). */
    public ChartSpec spec() {
        return spec;
    }

    /** The chart the series was analysed as: the spec's, or the one {@code auto} chose. */
    public ChartType chart() {
        return chartType;
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

    /**
     * The plotted value of point i ({@code NaN} for a gap). On a CUSUM or EWMA chart, the measurement (a value
     * or subgroup mean); the statistics judged against the lines are {@link #cusumUpper}, {@link #cusumLower}
     * and {@link #ewma}.
     */
    public double value(int i) {
        return chartType.isSensitive() ? series.value(i) : chart.value(i);
    }

    /** The CUSUM's upper sum C+ at point i, in sigmas ({@code NaN} on other charts, for gaps and before limits). */
    public double cusumUpper(int i) {
        return lines.statistic(Lines.Statistic.CUSUM_UPPER, i);
    }

    /** The CUSUM's lower sum C- at point i, in sigmas (0 or less; {@code NaN} as for {@link #cusumUpper}). */
    public double cusumLower(int i) {
        return lines.statistic(Lines.Statistic.CUSUM_LOWER, i);
    }

    /** The EWMA at point i ({@code NaN} on other charts, for gaps and before limits). */
    public double ewma(int i) {
        return lines.statistic(Lines.Statistic.EWMA, i);
    }

    public double centre(int i) {
        return lines.centre(chart.slot(i));
    }

    public double lowerLimit(int i) {
        return lines.lower(chart.slot(i));
    }

    public double upperLimit(int i) {
        return lines.upper(chart.slot(i));
    }

    public double lowerTwoSigma(int i) {
        return lines.lowerTwoSigma(chart.slot(i));
    }

    public double upperTwoSigma(int i) {
        return lines.upperTwoSigma(chart.slot(i));
    }

    public double lowerOneSigma(int i) {
        return lines.lowerOneSigma(chart.slot(i));
    }

    public double upperOneSigma(int i) {
        return lines.upperOneSigma(chart.slot(i));
    }

    /**
     * The sigma-hat the lines of point i are drawn with (limits = centre -+ 3 sigma, before any clamping);
     * {@code NaN} for charts without one (run and T charts).
     */
    public double sigma(int i) {
        return lines.sigma(chart.slot(i));
    }

    /** True when point i has process limits. */
    public boolean hasLimits(int i) {
        return !Double.isNaN(lines.upper(chart.slot(i)));
    }

    /**
     * True when point i is judged by the rules: it has a value and limits, or (on a run chart) a centre
     * line and a phase of at least the minimum number of points.
     */
    public boolean isJudged(int i) {
        return chart.isJudged(i);
    }

    /** True when the lines vary point by point (P, U, Laney and subgroup charts). */
    public boolean limitsVary() {
        return lines.perPoint();
    }

    /** The phase number (1 for the first) of point i. */
    public int phase(int i) {
        return chart.phaseOf(i) + 1;
    }

    /** The phases in time order. */
    public List<Phase> phases() {
        return phases;
    }

    /** The class of point i; gaps are common cause. */
    public PointClass pointClass(int i) {
        return PointClasses.of(flags[i], spec.direction(), spec.rules().conflict());
    }

    /** The rules that flagged point i, in rule order. */
    public Set<RuleId> rules(int i) {
        return rulesOf(flags[i]);
    }

    /** The rules whose bits a point's flags carry, in rule order. */
    static Set<RuleId> rulesOf(long f) {
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

    /** The flag bits of point i, for the explanation. */
    long flags(int i) {
        return flags[i];
    }

    /** The signals, by rule (in rule order), then by their first point. */
    public List<Signal> signals() {
        return signals;
    }

    /** The target that applies to point i: its own, else the spec's. */
    public OptionalDouble target(int i) {
        return Targets.at(series, spec, i);
    }

    /** The index of the latest point with a value, if any. */
    public OptionalInt latestIndex() {
        return latest < 0 ? OptionalInt.empty() : OptionalInt.of(latest);
    }

    public VariationIcon variation() {
        return icons.variation();
    }

    public AssuranceIcon assurance() {
        return icons.assurance();
    }

    /** Notes on settings that were overridden or had no effect, in plain English. */
    public List<String> notes() {
        return notes;
    }

    /**
     * Runs analysis (Anhøj) of the latest phase's points with values about their centre lines, whatever the
     * chart's rules (leaving ghosted points out when the spec leaves them out of runs). Worked out when first
     * asked for.
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
        int phase = chart.phaseOf(latest);
        RunCounter counter = new RunCounter();
        boolean skipGhosts = spec.rules().ghosts() == GhostsInRuns.SKIPPED;
        for (int i = chart.phaseStart(phase); i <= latest; i++) {
            if (!(skipGhosts && series.isGhost(i))) {
                counter.add(value(i), centre(i));
            }
        }
        return counter.statistics();
    }

    /**
     * A plain-English account of the metric's latest state, its signal and its assurance, its numbers
     * written as in Britain ({@link Formats#PEOPLE}).
     */
    public String explanation() {
        String text = explanation;
        if (text == null) {
            text = Explanation.of(this, formats());
            explanation = text;
        }
        return text;
    }

    /** The explanation with its numbers written as the locale writes them (its words stay English). */
    public String explanation(Locale locale) {
        return locale.equals(Formats.PEOPLE) ? explanation() : Explanation.of(this, formats(locale));
    }

    /**
     * How this analysis' numbers read to a person: decimals, percentages and unit, as its explanation shows
     * them, written as in Britain.
     */
    public Formats formats() {
        Formats f = formats;
        if (f == null) {
            f = Formats.of(this, Formats.PEOPLE);
            formats = f;
        }
        return f;
    }

    /** How this analysis' numbers read to a person, written as the locale writes them. */
    public Formats formats(Locale locale) {
        return locale.equals(Formats.PEOPLE) ? formats() : Formats.of(this, locale);
    }

    /**
     * The values the metric can take: the bounds its series was given, and for a side not given, what the
     * chart and unit imply (docs/methods.md): 0 and 1 for proportions; 0 and 100 for a unit of %; 0 below
     * for counts, rates, ranges and the days between events, and for individual values that are all whole
     * numbers of 0 or more. An implied side that a value of the data lies beyond is dropped.
     */
    public Bounds bounds() {
        Bounds b = bounds;
        if (b == null) {
            b = series.bounds().or(impliedBounds());
            bounds = b;
        }
        return b;
    }

    private Bounds impliedBounds() {
        double lower;
        double upper = Double.NaN;
        switch (chartType) {
            case P, PP -> {
                lower = 0;
                upper = 1;
            }
            case NP, C, U, UP, G, T, MR, R, S -> lower = 0;
            default -> {
                if (series.unit().equals("%")) {
                    lower = 0;
                    upper = 100;
                } else {
                    lower = wholeAndNotNegative() ? 0 : Double.NaN;
                }
            }
        }
        for (int i = 0; i < size(); i++) {
            double v = value(i);
            if (v < lower) {
                lower = Double.NaN;
            }
            if (v > upper) {
                upper = Double.NaN;
            }
        }
        return new Bounds(lower, upper);
    }

    /** True when every value is a whole number of 0 or more (and there is one): counts. */
    private boolean wholeAndNotNegative() {
        boolean any = false;
        for (int i = 0; i < size(); i++) {
            double v = value(i);
            if (!Double.isNaN(v)) {
                if (v < 0 || v != Math.rint(v)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The lower limit of point i held inside the {@link #bounds()}: the limit drawn and explained. */
    public double boundedLowerLimit(int i) {
        return bounds().clamp(lowerLimit(i));
    }

    /** The upper limit of point i held inside the {@link #bounds()}: the limit drawn and explained. */
    public double boundedUpperLimit(int i) {
        return bounds().clamp(upperLimit(i));
    }

    /** Point i as a record. */
    public Point point(int i) {
        return point(chart, spec, flags[i], i, series.point(i), target(i));
    }

    /** Point i of a chart as a record, from its lines, its rule flags and what it was given as. */
    static Point point(ChartLines chart, ChartSpec spec, long flags, int i, Series.Point given, OptionalDouble target) {
        Lines lines = chart.lines();
        int s = chart.slot(i);
        double value = chart.chart().isSensitive() ? given.value() : chart.value(i);
        return new Point(given.date(), value, lines.centre(s), lines.lower(s), lines.upper(s),
                lines.lowerTwoSigma(s), lines.upperTwoSigma(s), lines.sigma(s), chart.phaseOf(i) + 1,
                PointClasses.of(flags, spec.direction(), spec.rules().conflict()), rulesOf(flags), given.ghost(),
                given.annotation(), target);
    }

    /** All points as records, in date order. */
    public List<Point> points() {
        List<Point> list = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            list.add(point(i));
        }
        return list;
    }

    /**
     * Equal when the series and specs are equal and so is everything found: every value and line, the rule
     * flags, the signals, the phases, the icons and the notes.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Analysis a) || !series.equals(a.series) || !spec.equals(a.spec) || latest != a.latest
                || !icons.equals(a.icons) || !Arrays.equals(flags, a.flags) || !signals.equals(a.signals)
                || !phases.equals(a.phases) || !notes.equals(a.notes) || lines.perPoint() != a.lines.perPoint()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (chart.phaseOf(i) != a.chart.phaseOf(i) || chart.isJudged(i) != a.chart.isJudged(i)
                    || !same(value(i), a.value(i)) || !same(centre(i), a.centre(i)) || !same(sigma(i), a.sigma(i))
                    || !same(lowerLimit(i), a.lowerLimit(i)) || !same(upperLimit(i), a.upperLimit(i))
                    || !same(lowerTwoSigma(i), a.lowerTwoSigma(i)) || !same(upperTwoSigma(i), a.upperTwoSigma(i))
                    || !same(lowerOneSigma(i), a.lowerOneSigma(i)) || !same(upperOneSigma(i), a.upperOneSigma(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(double x, double y) {
        return Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(series, spec, icons, Arrays.hashCode(flags));
    }

    @Override
    public String toString() {
        return "Analysis[" + metric() + ", " + chart().id() + ", " + size() + " points, variation="
                + variation().id() + ", assurance=" + assurance().id() + "]";
    }
}
