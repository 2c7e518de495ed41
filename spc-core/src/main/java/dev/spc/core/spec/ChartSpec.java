package dev.spc.core.spec;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How to analyse a series: the chart, the improvement direction, the target, and three small groups of
 * parameters: the {@link Phasing phases}, the {@link LimitConventions conventions of the limits} and the
 * {@link RuleParameters rules}. A value: two specs with the same parameters are equal.
 *
 * <p>The defaults are those of the NHS Making Data Count (MDC) Excel single chart tool v5.0: an XmR chart
 * with limits at 2.66 AMR, no moving-range screening, at least 13 points for limits, shift and trend of 6,
 * two in three ignoring points beyond the limits, rules running across recalculations, and improvement
 * winning conflicts. Make one with {@link #builder()} or take {@link #mdc()}.
 *
 * <p>Rule sets: with none chosen, control charts take the MDC rules and run charts the Anhøj rules (and a
 * moving-range chart only the astronomical point, since runs of moving ranges mean little); any mix of
 * {@link RuleSet}s may be chosen instead.
 *
 * @param chart the chart ({@link ChartType#AUTO}: chosen from the data)
 * @param direction which way is improvement
 * @param target the target every point is assured against, unless the point carries its own
 * @param phasing the baseline and the recalculations
 * @param limits the conventions of the limits
 * @param rules the rule sets and their parameters
 */
public record ChartSpec(ChartType chart, Direction direction, OptionalDouble target, Phasing phasing,
        LimitConventions limits, RuleParameters rules) {

    private static final ChartSpec MDC = new ChartSpec(ChartType.XMR, Direction.NEITHER, OptionalDouble.empty(),
            Phasing.NONE, LimitConventions.MDC, RuleParameters.DEFAULT);

    /** @throws InvalidParameterException for a target that is not a finite number */
    public ChartSpec {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(phasing, "phasing");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(rules, "rules");
        if (target.isPresent() && !Double.isFinite(target.getAsDouble())) {
            throw new InvalidParameterException(Parameter.TARGET, target.getAsDouble(),
                    "the target must be a finite number, not " + target.getAsDouble());
        }
    }

    /** The MDC defaults with no improvement direction and no target. */
    public static ChartSpec mdc() {
        return MDC;
    }

    /** A builder whose every setting starts at the MDC default. */
    public static Builder builder() {
        return new Builder(MDC);
    }

    /** A builder holding this spec's settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This spec with another chart. */
    public ChartSpec withChart(ChartType value) {
        return new ChartSpec(value, direction, target, phasing, limits, rules);
    }

    /** This spec with another phasing. */
    public ChartSpec withPhasing(Phasing value) {
        return new ChartSpec(chart, direction, target, value, limits, rules);
    }

    /**
     * Builds a {@link ChartSpec}, one parameter at a time. Each setter checks its value at once, throwing
     * an {@link InvalidParameterException} that names the parameter.
     */
    public static final class Builder {
        private ChartType chart;
        private Direction direction;
        private OptionalDouble target;
        private Phasing phasing;
        private LimitConventions limits;
        private RuleParameters rules;

        private Builder(ChartSpec from) {
            chart = from.chart;
            direction = from.direction;
            target = from.target;
            phasing = from.phasing;
            limits = from.limits;
            rules = from.rules;
        }

        public Builder chart(ChartType value) {
            chart = Objects.requireNonNull(value);
            return this;
        }

        public Builder direction(Direction value) {
            direction = Objects.requireNonNull(value);
            return this;
        }

        /** A target for every point without one of its own; a finite number. */
        public Builder target(double value) {
            if (!Double.isFinite(value)) {
                throw new InvalidParameterException(Parameter.TARGET, value, "the target must be a finite number, not " + value);
            }
            target = OptionalDouble.of(value);
            return this;
        }

        public Builder noTarget() {
            target = OptionalDouble.empty();
            return this;
        }

        public Builder phasing(Phasing value) {
            phasing = Objects.requireNonNull(value);
            return this;
        }

        /** Limits from the first {@code points} points, extended over the rest; overrides recalculations. */
        public Builder baselinePoints(int points) {
            phasing = phasing.withBaseline(points);
            return this;
        }

        public Builder noBaseline() {
            phasing = phasing.withoutBaseline();
            return this;
        }

        public Builder recalculateFrom(List<LocalDate> dates) {
            phasing = phasing.withRecalculations(dates);
            return this;
        }

        public Builder recalculateFrom(LocalDate... dates) {
            return recalculateFrom(List.of(dates));
        }

        public Builder limits(LimitConventions value) {
            limits = Objects.requireNonNull(value);
            return this;
        }

        public Builder minimumPoints(int points) {
            limits = limits.withMinimumPoints(points);
            return this;
        }

        public Builder xmrLimits(XmrLimits value) {
            limits = limits.withXmrLimits(value);
            return this;
        }

        public Builder screening(MovingRangeScreening value) {
            limits = limits.withScreening(value);
            return this;
        }

        public Builder gaps(GapPolicy value) {
            limits = limits.withGaps(value);
            return this;
        }

        public Builder gLimits(GLimits value) {
            limits = limits.withGLimits(value);
            return this;
        }

        /** The CUSUM's reference value k, in sigmas (qcc: 0.5). */
        public Builder cusumK(double value) {
            limits = limits.withSensitive(limits.sensitive().withCusumK(value));
            return this;
        }

        /** The CUSUM's decision interval h, in sigmas (qcc: 5). */
        public Builder cusumH(double value) {
            limits = limits.withSensitive(limits.sensitive().withCusumH(value));
            return this;
        }

        public Builder fastInitialResponse(FastInitialResponse value) {
            limits = limits.withSensitive(limits.sensitive().withFastInitialResponse(value));
            return this;
        }

        /** The EWMA's weight on the newest value (qcc: 0.2). */
        public Builder ewmaLambda(double value) {
            limits = limits.withSensitive(limits.sensitive().withEwmaLambda(value));
            return this;
        }

        /** The width of the EWMA's limits, in its own sigmas (qcc: 3). */
        public Builder ewmaL(double value) {
            limits = limits.withSensitive(limits.sensitive().withEwmaL(value));
            return this;
        }

        public Builder ruleParameters(RuleParameters value) {
            rules = Objects.requireNonNull(value);
            return this;
        }

        /** The rule sets to judge by; none for the chart's default (MDC, or Anhøj for a run chart). */
        public Builder rules(Set<RuleSet> sets) {
            rules = rules.withRuleSets(sets);
            return this;
        }

        public Builder rules(RuleSet... sets) {
            return rules(sets.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(sets)));
        }

        /** Run length for the shift rule (MDC v5.0: 6; older guidance 7 or 8). */
        public Builder shiftLength(int points) {
            rules = rules.withShiftLength(points);
            return this;
        }

        /** Number of points in a trend (MDC v5.0: 6). */
        public Builder trendLength(int points) {
            rules = rules.withTrendLength(points);
            return this;
        }

        public Builder twoOfThree(TwoOfThreeCounting value) {
            rules = rules.withTwoOfThree(value);
            return this;
        }

        public Builder ruleScope(RuleScope value) {
            rules = rules.withScope(value);
            return this;
        }

        public Builder conflict(ConflictResolution value) {
            rules = rules.withConflict(value);
            return this;
        }

        /** Whether ghosted points take part in runs, trends and windows (qicharts2 leaves them out). */
        public Builder ghostsInRuns(GhostsInRuns value) {
            rules = rules.withGhosts(value);
            return this;
        }

        /** Nelson's K for a test (see {@link RuleParameters#nelsonK(int)}). */
        public Builder nelsonK(int test, int k) {
            rules = rules.withNelsonK(test, k);
            return this;
        }

        public ChartSpec build() {
            return new ChartSpec(chart, direction, target, phasing, limits, rules);
        }
    }

    /** The number of leading points the limits come from, if a baseline is set (shorthand for the phasing's). */
    public OptionalInt baselinePoints() {
        return phasing.baselinePoints();
    }
}
