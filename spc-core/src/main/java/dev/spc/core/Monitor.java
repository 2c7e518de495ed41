package dev.spc.core;

import dev.spc.core.assess.Icons;
import dev.spc.core.assess.Targets;
import dev.spc.core.limits.ChartChoice;
import dev.spc.core.limits.ChartFamily;
import dev.spc.core.limits.ChartLines;
import dev.spc.core.limits.Measurements;
import dev.spc.core.limits.Phases;
import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.rules.RuleBook;
import dev.spc.core.series.InputProblem;
import dev.spc.core.series.InputProblem.Field;
import dev.spc.core.series.InputProblem.Kind;
import dev.spc.core.series.InvalidInputException;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Judges new data as they come, against limits frozen from a baseline, without going over the history
 * again: what a trust system does each month when a metric's new value arrives.
 *
 * <pre>{@code
 * Monitor monitor = Monitor.of(history, ChartSpec.builder().direction(Direction.INCREASE).baselinePoints(20).build());
 * Monitor.Judgement j = monitor.add(Series.Point.of(LocalDate.of(2025, 4, 1), 93.1));
 * j.isSpecialCause();         // does the new point signal?
 * j.point().rules();          // which rules flag it
 * Analysis now = monitor.analysis();   // everything, as Spc.analyse(all the points, monitor.spec()) gives it
 * }</pre>
 *
 * <p>The limits come from the baseline and never change. A new point is drawn against them (where the lines
 * vary with the denominator or the subgroup size, its own lines from the baseline's centre and sigma) and
 * judged by the rules, each carrying on from where it stopped; runs analysis (Anhøj, IHI), which judges a
 * phase as a whole, judges the growing phase again. The result is exactly what analysing the whole series
 * with the frozen spec gives, point for point.
 *
 * <p>Not thread-safe: one monitor per series, fed by one thread at a time.
 */
public final class Monitor {
    private final ChartSpec spec;
    private final ChartFamily family;
    private final Series history;
    private final Measurements measurements;
    private final ChartLines chart;
    private final RuleBook.Judge judge;
    private final List<String> lineNotes;
    private final List<Series.Point> added = new ArrayList<>();
    private LocalDate last;
    private int latest;

    private Monitor(ChartSpec spec, Series history, Measurements measurements, ChartLines chart, RuleBook.Judge judge,
            List<String> lineNotes) {
        this.spec = spec;
        this.family = ChartFamily.of(spec.chart());
        this.history = history;
        this.measurements = measurements;
        this.chart = chart;
        this.judge = judge;
        this.lineNotes = List.copyOf(lineNotes);
        this.last = history.size() == 0 ? LocalDate.MIN : history.date(history.size() - 1);
        this.latest = chart.latest();
    }

    /**
     * A monitor of a series whose limits are frozen now. With a baseline in the spec, the limits come from the
     * baseline's points, which the history must already hold; without one, from every point of the history
     * (a baseline of them all, which, as any baseline, overrides recalculations). The chart {@code auto}
     * stands for is chosen once, from the history.
     *
     * @throws IllegalArgumentException when the history is shorter than the baseline
     * @throws InvalidInputException when a point of the history cannot go on the chart
     */
    public static Monitor of(Series history, ChartSpec spec) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(spec, "spec");
        int withValues = 0;
        for (int i = 0; i < history.size(); i++) {
            if (!history.isGap(i)) {
                withValues++;
            }
        }
        int baseline = spec.phasing().baselinePoints().orElse(withValues);
        if (withValues < baseline) {
            throw new IllegalArgumentException("metric '" + history.metric() + "': the history has " + withValues
                    + " points with values and the baseline " + baseline + ", so its limits are not complete; monitor "
                    + "once the baseline's points are in");
        }
        ChartType type = ChartChoice.of(history, spec.chart());
        ChartSpec frozen = spec.withChart(type).withPhasing(spec.phasing().withBaseline(baseline));
        ChartFamily family = ChartFamily.of(type);
        Measurements m = Measurements.of(history);
        Optional<InputProblem> problem = Spc.firstProblem(m, family);
        if (problem.isPresent()) {
            throw new InvalidInputException(problem.get());
        }
        Phases plan = Spc.planPhases(history, frozen, new ArrayList<>());
        List<String> lineNotes = new ArrayList<>();
        ChartLines chart = ChartLines.compute(family, m, plan, frozen.limits(), lineNotes);
        return new Monitor(frozen, history, m, chart, RuleBook.judge(chart, frozen.rules(), m.ghost()), lineNotes);
    }

    /** The spec the monitor judges by: the chart it draws, and the baseline its limits are frozen from. */
    public ChartSpec spec() {
        return spec;
    }

    /** The number of points, the history's and those added. */
    public int size() {
        return chart.size();
    }

    /**
     * Judges a new point, dated after every point before it.
     *
     * @throws InvalidInputException when the point is not after the last, or cannot go on the chart (the
     *     monitor is then as it was)
     */
    public Judgement add(Series.Point point) {
        Objects.requireNonNull(point, "point");
        int i = chart.size();
        if (!point.date().isAfter(last)) {
            throw problem(i, point, Field.DATE, point.date().equals(last) ? Kind.DUPLICATE_DATE : Kind.NOT_AFTER_LAST);
        }
        boolean ratio = !Double.isNaN(point.denominator());
        if (ratio && measurements.subgroups() != null || point.subgroup().isPresent() && measurements.denominators() != null) {
            throw problem(i, point, Field.VALUE, Kind.MIXED_KINDS);
        }
        measurements.append(point);
        InputProblem refused = family.check(measurements, i);
        if (refused != null) {
            measurements.removeLast();
            throw new InvalidInputException(refused);
        }
        chart.extend(family, measurements, spec.limits());
        judge.extend(chart, point.ghost());
        added.add(point);
        last = point.date();
        if (!Double.isNaN(chart.value(i))) {
            latest = i;
        }
        Icons icons = icons();
        long flags = judge.findings().flags()[i];
        return new Judgement(Analysis.point(chart, spec, flags, i, point, target(point)), icons.variation(),
                icons.assurance());
    }

    /** Judges new points in date order, each as {@link #add} does. */
    public List<Judgement> addAll(List<Series.Point> points) {
        List<Judgement> judgements = new ArrayList<>(points.size());
        for (Series.Point p : points) {
            judgements.add(add(p));
        }
        return judgements;
    }

    /**
     * The analysis of every point so far: equal to {@code Spc.analyse} of the history with the points added,
     * under {@link #spec()}.
     */
    public Analysis analysis() {
        Series series = added.isEmpty() ? history : history.append(added);
        List<String> notes = new ArrayList<>();
        Spc.planPhases(series, spec, notes);
        notes.addAll(lineNotes);
        ChartLines frozen = chart.copy();
        return new Analysis(series, spec, frozen, judge.findings().flags(frozen.size()), judge.findings().signals(),
                latest, icons(), notes);
    }

    private Icons icons() {
        long[] flags = judge.findings().flags();
        OptionalDouble target = OptionalDouble.empty();
        if (latest >= 0) {
            target = latest < history.size() ? Targets.at(history, spec, latest)
                    : target(added.get(latest - history.size()));
        }
        return Icons.of(spec, chart, flags, latest, target);
    }

    /** The target of a new point: its own, else the spec's (as {@link Targets} decides for a series). */
    private OptionalDouble target(Series.Point point) {
        return point.target().isPresent() ? point.target() : spec.target();
    }

    private InvalidInputException problem(int i, Series.Point point, Field field, Kind kind) {
        return new InvalidInputException(new InputProblem(history.metric(), i, point.date(), field, kind, point.value(),
                OptionalDouble.empty(), Optional.empty()));
    }

    /**
     * What a monitor found of a new point.
     *
     * @param point the point as analysed: its value, its lines (the frozen limits), its class and the rules that
     *     flag it
     * @param variation the variation icon after it (of the latest point with a value)
     * @param assurance the assurance icon after it
     */
    public record Judgement(Analysis.Point point, VariationIcon variation, AssuranceIcon assurance) {

        /** True when a rule flags the point: special cause variation. */
        public boolean isSpecialCause() {
            return point.pointClass().isSpecialCause();
        }
    }
}
