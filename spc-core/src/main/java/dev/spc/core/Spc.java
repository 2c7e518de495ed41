package dev.spc.core;

import dev.spc.core.assess.Icons;
import dev.spc.core.assess.Targets;
import dev.spc.core.limits.ChartChoice;
import dev.spc.core.limits.ChartFamily;
import dev.spc.core.limits.ChartLines;
import dev.spc.core.limits.Measurements;
import dev.spc.core.limits.Phases;
import dev.spc.core.rules.Findings;
import dev.spc.core.rules.RuleBook;
import dev.spc.core.series.InputProblem;
import dev.spc.core.series.InvalidInputException;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
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
 * The analysis takes the steps of the method in order, each in its own place: choose the chart (for
 * {@code auto}), check the points against it, plan the phases, compute the limits of each phase, apply the
 * rules, work out the icons; each point's class and the explanation follow from these when asked for.
 * Thread-safe: it keeps no state.
 */
public final class Spc {
    private Spc() {
    }

    /**
     * Analyses one series.
     *
     * @throws InvalidInputException when a point cannot go on the chart (such as a numerator above its
     *     denominator on a P chart); its {@link InvalidInputException#problem() problem} names the point,
     *     the field, the value and the remedy
     */
    public static Analysis analyse(Series series, ChartSpec spec) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(spec, "spec");
        List<String> notes = new ArrayList<>();
        // Choose the chart, and check every point can go on it.
        ChartSpec resolved = chooseChart(series, spec, notes);
        ChartFamily family = ChartFamily.of(resolved.chart());
        Measurements m = Measurements.of(series);
        Optional<InputProblem> problem = firstProblem(m, family);
        if (problem.isPresent()) {
            throw new InvalidInputException(problem.get());
        }
        // Plan the phases, compute each phase's limits, apply the rules.
        Phases plan = planPhases(series, resolved, notes);
        ChartLines chart = ChartLines.compute(family, m, plan, resolved.limits(), notes);
        Findings findings = RuleBook.apply(chart, resolved.rules(), m.ghost());
        // Work out the icons from the latest point. Each point's class follows from its flags, and the
        // explanation from all of this, when they are asked for.
        int latest = chart.latest();
        Icons icons = Icons.of(resolved, chart, findings.flags(), latest,
                latest < 0 ? OptionalDouble.empty() : Targets.at(series, resolved, latest));
        return new Analysis(series, spec, chart, findings.flags(), findings.signals(), latest, icons, notes);
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
     * The first point that cannot go on the given chart ({@code auto}: the chart it picks), and why; empty
     * when every point can. A reader of files uses it to name the row and column at fault before analysing.
     */
    public static Optional<InputProblem> check(Series series, ChartType chart) {
        return firstProblem(Measurements.of(series), ChartFamily.of(ChartChoice.of(series, chart)));
    }

    /** The chart a series is analysed as: the one given, or for {@code auto} the one its data call for. */
    public static ChartType chartFor(Series series, ChartType chart) {
        return ChartChoice.of(series, chart);
    }

    /** Step 1: the chart, with a note when {@code auto} chose it. */
    static ChartSpec chooseChart(Series series, ChartSpec spec, List<String> notes) {
        ChartType chart = ChartChoice.of(series, spec.chart());
        if (chart == spec.chart()) {
            return spec;
        }
        notes.add("The chart was chosen from the data: " + chart.title() + " (" + chart.id() + ").");
        return spec.withChart(chart);
    }

    /** Step 2: every point checked against the chart. */
    static Optional<InputProblem> firstProblem(Measurements m, ChartFamily family) {
        if (!family.checksPoints()) {
            return Optional.empty();
        }
        for (int i = 0; i < m.size(); i++) {
            InputProblem p = family.check(m, i);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Step 3: the phases, with notes on settings that had no effect. */
    static Phases planPhases(Series series, ChartSpec spec, List<String> notes) {
        Phases plan = Phases.of(series, spec.phasing());
        notes.addAll(plan.notes());
        int minimum = spec.limits().minimumPoints();
        if (spec.chart().hasLimits() && spec.phasing().baselinePoints().isPresent()
                && spec.phasing().baselinePoints().getAsInt() < minimum) {
            notes.add("The baseline of " + spec.phasing().baselinePoints().getAsInt() + " points is shorter than the "
                    + minimum + " points process limits need, so there are no limits; lengthen the baseline or lower "
                    + "the minimum number of points.");
        }
        return plan;
    }
}
