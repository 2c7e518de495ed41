package dev.spc.core;

import dev.spc.core.assess.Explanation;
import dev.spc.core.assess.PointClasses;
import dev.spc.core.limits.PhaseLimits;
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
 * line but no limits; a gap's value is {@code NaN}).
 */
public final class Analysis {
    private final Series series;
    private final ChartSpec spec;
    private final int[] phaseOf;
    private final PhaseLimits[] lines;
    private final List<Phase> phases;
    private final long[] flags;
    private final List<Signal> signals;
    private final int latest;
    private final int pointCount;
    private final VariationIcon variation;
    private final AssuranceIcon assurance;
    private final List<String> notes;
    private volatile String explanation;

    Analysis(Series series, ChartSpec spec, int[] phaseOf, List<Phase> phases, long[] flags, List<Signal> signals,
            int latest, int pointCount, VariationIcon variation, AssuranceIcon assurance, List<String> notes) {
        this.series = series;
        this.spec = spec;
        this.phaseOf = phaseOf;
        this.phases = List.copyOf(phases);
        this.lines = new PhaseLimits[phases.size()];
        for (int p = 0; p < lines.length; p++) {
            lines[p] = phases.get(p).limits();
        }
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

    public ChartSpec spec() {
        return spec;
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
        return series.value(i);
    }

    public double centre(int i) {
        return lines[phaseOf[i]].centre();
    }

    public double lowerLimit(int i) {
        return lines[phaseOf[i]].lower();
    }

    public double upperLimit(int i) {
        return lines[phaseOf[i]].upper();
    }

    public double lowerTwoSigma(int i) {
        return lines[phaseOf[i]].lowerTwoSigma();
    }

    public double upperTwoSigma(int i) {
        return lines[phaseOf[i]].upperTwoSigma();
    }

    /** The sigma-hat the lines of point i are drawn with (limits = centre -+ 3 sigma). */
    public double sigma(int i) {
        return lines[phaseOf[i]].sigma();
    }

    /** True when point i has process limits. */
    public boolean hasLimits(int i) {
        return lines[phaseOf[i]].hasLimits();
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
        PhaseLimits l = lines[phaseOf[i]];
        return new Point(date(i), value(i), l.centre(), l.lower(), l.upper(), l.lowerTwoSigma(), l.upperTwoSigma(),
                l.sigma(), phase(i), pointClass(i), rules(i), series.isGhost(i), series.annotation(i), target(i));
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
        return "Analysis[" + metric() + ", " + size() + " points, variation=" + variation.id() + ", assurance="
                + assurance.id() + "]";
    }
}
