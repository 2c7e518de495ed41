package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;

/**
 * One chart family's arithmetic: what it plots for each point, what input it refuses, and how it turns a
 * phase's points into a centre line and lines (docs/methods.md, sections 2 and 5-8). Every family shares the
 * phase machinery: {@link Phases} decides the phases and the span of points that feeds each phase's lines
 * (a baseline, or the whole phase), ghosted points are plotted and judged but feed nothing, and gaps
 * ({@code NaN}) are skipped.
 */
public sealed interface ChartFamily permits RunChart, Individuals, MovingRanges, Attributes, NumberDefective,
        Counts, Laney, SubgroupMeans, SubgroupSpreads, RareEvents, TimeBetween, Sensitive {

    /** The family that computes a chart type ({@link ChartType#AUTO} must be resolved first). */
    static ChartFamily of(ChartType type) {
        return switch (type) {
            case RUN -> RunChart.INSTANCE;
            case XMR -> Individuals.INSTANCE;
            case MR -> MovingRanges.INSTANCE;
            case P -> Attributes.PROPORTIONS;
            case NP -> NumberDefective.INSTANCE;
            case U -> Attributes.RATES;
            case C -> Counts.INSTANCE;
            case PP -> Laney.PROPORTIONS;
            case UP -> Laney.RATES;
            case XBAR_R -> SubgroupMeans.RANGES;
            case XBAR_S -> SubgroupMeans.STANDARD_DEVIATIONS;
            case R -> SubgroupSpreads.RANGES;
            case S -> SubgroupSpreads.STANDARD_DEVIATIONS;
            case G -> RareEvents.INSTANCE;
            case T -> TimeBetween.INSTANCE;
            case CUSUM -> Sensitive.CUSUM;
            case EWMA -> Sensitive.EWMA;
            case AUTO -> throw new IllegalArgumentException("resolve the auto chart with ChartType.choose first");
        };
    }

    /** The chart type this family computes. */
    ChartType type();

    /**
     * What is wrong with point i for this chart, or null when it can go on the chart (gaps always can). By
     * default any value will do.
     */
    default InputProblem check(Measurements m, int i) {
        return null;
    }

    /** True when the family refuses some input ({@link #check} finds problems); by default it takes any value. */
    default boolean checksPoints() {
        return false;
    }

    /**
     * The plotted statistic of every point ({@code NaN} for a gap); may be the values array itself, which
     * is the default.
     */
    default double[] plotted(Measurements m, Phases plan, LimitConventions conventions) {
        return m.values();
    }

    /**
     * The plotted statistic of point i alone ({@code NaN} for a gap), for a point appended to a phase that
     * starts at {@code phaseStart}: what {@link #plotted} gives it. By default its value.
     */
    default double plot(Measurements m, int i, int phaseStart, LimitConventions conventions) {
        return m.values()[i];
    }

    /** True when the lines vary point by point (one {@link Lines} slot per point); by default they do not. */
    default boolean perPoint() {
        return false;
    }

    /**
     * Computes one phase's lines into {@code out}: the points {@code from} (inclusive) to {@code end}
     * (exclusive) are drawn against them, and those before {@code calculationEnd} feed them.
     *
     * @param y the plotted statistic, as {@link #plotted} made it
     * @param phase the phase's number from 0, its slot when lines are per phase
     * @return what the phase was computed from
     */
    PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end, LimitConventions conventions,
            Lines out);
}
