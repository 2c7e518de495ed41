package dev.spc.core.limits;

import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;
import java.util.Arrays;
import java.util.List;

/**
 * A chart's computed lines: the plotted statistic of every point, the phase each point belongs to, and each
 * phase's centre line and limits (held once per phase, or once per point where limits vary). The step of
 * the method that turns measurements and a plan of phases into lines; nothing after it recomputes them.
 */
public final class ChartLines {
    private final ChartType chart;
    private double[] values;
    private final Lines lines;
    private int[] phaseOf;
    private final boolean[] judgedPhase;
    private final Phases plan;
    private final List<PhaseLimits> phases;
    private int size;
    private int latest;
    private int pointCount;
    /** True once the arrays are this chart's own (growable), not shared with the measurements. */
    private boolean owned;

    private ChartLines(ChartType chart, double[] values, Lines lines, int[] phaseOf, boolean[] judgedPhase, Phases plan,
            List<PhaseLimits> phases, int size) {
        this.chart = chart;
        this.values = values;
        this.lines = lines;
        this.phaseOf = phaseOf;
        this.judgedPhase = judgedPhase;
        this.plan = plan;
        this.phases = phases;
        this.size = size;
        this.latest = -1;
        for (int i = 0; i < size; i++) {
            if (values[i] == values[i]) {
                latest = i;
                pointCount++;
            }
        }
    }

    /**
     * Computes the lines of every phase.
     *
     * @param notes where plain-English notes go about phases that have no values or no moving range
     */
    public static ChartLines compute(ChartFamily family, Measurements m, Phases plan, LimitConventions conventions,
            List<String> notes) {
        int n = m.size();
        double[] y = family.plotted(m, plan, conventions);
        int phaseCount = plan.count();
        Lines lines = Lines.of(phaseCount, n, family.perPoint());
        int[] phaseOf = new int[n];
        boolean[] judgedPhase = new boolean[phaseCount];
        PhaseLimits[] phases = new PhaseLimits[phaseCount];
        boolean hasLimits = family.type().hasLimits();
        for (int p = 0; p < phaseCount; p++) {
            int first = plan.start(p);
            int end = plan.end(p);
            PhaseLimits summary = family.phase(m, y, p, first, plan.calculationEnd(p), end, conventions, lines);
            Arrays.fill(phaseOf, first, end, p);
            phases[p] = summary;
            // A control chart's phase is judged where it has limits; a run chart's needs the minimum points too.
            judgedPhase[p] = hasLimits || summary.points() >= conventions.minimumPoints();
            if (end > first && summary.points() == 0) {
                notes.add("The phase from " + m.date(first) + " has no values.");
            } else if (summary.points() >= conventions.minimumPoints() && summary.movingRanges() == 0) {
                notes.add("The phase from " + m.date(first) + " has no limits: gaps leave no two consecutive "
                        + "points with values, so there is no moving range; bridging the gaps would pair the points "
                        + "either side of each.");
            }
        }
        return new ChartLines(family.type(), y, lines, phaseOf, judgedPhase, plan, List.of(phases), n);
    }

    /**
     * Draws the measurements' last point, appended after this chart's last, in the last phase with the lines
     * frozen: a monitor's new point, judged against limits computed before it came.
     */
    public void extend(ChartFamily family, Measurements m, LimitConventions conventions) {
        int i = size;
        int phase = phases.size() - 1;
        if (!owned || i == values.length) {
            int capacity = Math.max(16, i * 2);
            values = Arrays.copyOf(values, capacity);
            phaseOf = Arrays.copyOf(phaseOf, capacity);
            owned = true;
        }
        values[i] = family.plot(m, i, plan.start(phase), conventions);
        phaseOf[i] = phase;
        plan.grow();
        size++;
        if (values[i] == values[i]) {
            latest = i;
            pointCount++;
        }
        PhaseLimits.PointLines pointLines = phases.get(phase).pointLines();
        if (lines.perPoint()) {
            lines.ensureSlots(size);
            pointLines.write(m, i, lines);
        }
        if (chart.isSensitive() && values[i] == values[i] && pointLines != null) {
            // The rules judge a CUSUM's or EWMA's own statistic, which its lines have just worked out.
            double statistic = Sensitive.judged(lines, i, chart);
            if (statistic == statistic) {
                values[i] = statistic;
            }
        }
    }

    /** A copy of this chart as it is now, that nothing appended later changes. */
    public ChartLines copy() {
        Phases frozen = plan.copy();
        return new ChartLines(chart, Arrays.copyOf(values, size), lines.copy(lines.perPoint() ? size : lines.slots()),
                Arrays.copyOf(phaseOf, size), judgedPhase.clone(), frozen, phases, size);
    }

    /** The chart the lines were computed for. */
    public ChartType chart() {
        return chart;
    }

    /** The number of points, gaps included. */
    public int size() {
        return size;
    }

    /** The index of the latest point with a value, or -1 for none. */
    public int latest() {
        return latest;
    }

    /** The number of points with a value. */
    public int pointCount() {
        return pointCount;
    }

    /** The plotted statistic of point i ({@code NaN} for a gap). */
    public double value(int i) {
        return values[i];
    }

    /** The plotted statistics: the array itself (it may be longer than the points), for the rules to read. */
    public double[] values() {
        return values;
    }

    /** The phase (from 0) of every point: the array itself (it may be longer), for the rules to read. */
    public int[] phaseOfPoints() {
        return phaseOf;
    }

    /** The lines, by slot. */
    public Lines lines() {
        return lines;
    }

    /** The slot of point i's lines: its phase, or the point itself where limits vary. */
    public int slot(int i) {
        return lines.perPoint() ? i : phaseOf[i];
    }

    /** The phase (from 0) of point i. */
    public int phaseOf(int i) {
        return phaseOf[i];
    }

    /** The number of phases. */
    public int phaseCount() {
        return phases.size();
    }

    /** What phase p (from 0) was computed from, and its lines when they are constant over it. */
    public PhaseLimits phase(int p) {
        return phases.get(p);
    }

    /** The index of phase p's first point. */
    public int phaseStart(int p) {
        return plan.start(p);
    }

    /** The index after phase p's last point. */
    public int phaseEnd(int p) {
        return plan.end(p);
    }

    /** True when the rules judge phase p (a run chart's phase needs the minimum number of points). */
    public boolean isJudgedPhase(int p) {
        return judgedPhase[p];
    }

    /**
     * True when point i is judged by the rules: it has a value, its phase is judged, and it has limits (or,
     * on a run chart, a centre line). The one definition, which the rules and the analysis both use.
     */
    public boolean isJudged(int i) {
        if (values[i] != values[i]) {
            return false;
        }
        int s = slot(i);
        double line = chart.hasLimits() ? lines.upper(s) : lines.centre(s);
        return judgedPhase[phaseOf[i]] && line == line;
    }
}
