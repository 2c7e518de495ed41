package dev.spc.core;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How to analyse a series: the chart, the improvement direction, the target, the phases and the rules.
 *
 * <p>The defaults are those of the NHS Making Data Count (MDC) Excel single chart tool v5.0: an XmR
 * chart with limits at 2.66 AMR, no moving-range screening, at least 13 points for limits, shift and trend
 * of 6, two-in-three ignoring points beyond the limits, rules running across recalculations, and
 * improvement winning conflicts. Make one with {@link #builder()} or take {@link #mdc()}.
 *
 * <p>Rule sets: with none chosen, control charts take the MDC rules and run charts the Anhøj rules (and a
 * moving-range chart only the astronomical point, since runs of moving ranges mean little); any mix of
 * {@link RuleSet}s may be chosen instead.
 */
public final class ChartSpec {
    /** The MDC minimum number of points for process limits. */
    public static final int DEFAULT_MINIMUM_POINTS = 13;
    /** The MDC v5.0 run length for a shift. */
    public static final int DEFAULT_SHIFT = 6;
    /** The MDC v5.0 run length for a trend. */
    public static final int DEFAULT_TREND = 6;
    /** Nelson's K for tests 1 to 8, as Minitab sets them by default. */
    private static final int[] DEFAULT_NELSON = {3, 9, 6, 14, 2, 4, 15, 8};

    private static final ChartSpec MDC = builder().build();

    private final ChartType chart;
    private final Direction direction;
    private final OptionalDouble target;
    private final OptionalInt baselinePoints;
    private final List<LocalDate> recalculateFrom;
    private final int minimumPoints;
    private final XmrLimits xmrLimits;
    private final MovingRangeScreening screening;
    private final int shiftLength;
    private final int trendLength;
    private final TwoOfThreeCounting twoOfThree;
    private final RuleScope ruleScope;
    private final ConflictResolution conflict;
    private final GapPolicy gaps;
    private final String unit;
    private final Set<RuleSet> ruleSets;
    private final int[] nelson;
    private final GLimits gLimits;

    private ChartSpec(Builder b) {
        this.chart = b.chart;
        this.direction = b.direction;
        this.target = b.target;
        this.baselinePoints = b.baselinePoints;
        this.recalculateFrom = List.copyOf(b.recalculateFrom);
        this.minimumPoints = b.minimumPoints;
        this.xmrLimits = b.xmrLimits;
        this.screening = b.screening;
        this.shiftLength = b.shiftLength;
        this.trendLength = b.trendLength;
        this.twoOfThree = b.twoOfThree;
        this.ruleScope = b.ruleScope;
        this.conflict = b.conflict;
        this.gaps = b.gaps;
        this.unit = b.unit;
        this.ruleSets = b.ruleSets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.ruleSets));
        this.nelson = b.nelson.clone();
        this.gLimits = b.gLimits;
    }

    /** The MDC defaults with no improvement direction and no target. */
    public static ChartSpec mdc() {
        return MDC;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's settings, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.chart = chart;
        b.direction = direction;
        b.target = target;
        b.baselinePoints = baselinePoints;
        b.recalculateFrom = recalculateFrom;
        b.minimumPoints = minimumPoints;
        b.xmrLimits = xmrLimits;
        b.screening = screening;
        b.shiftLength = shiftLength;
        b.trendLength = trendLength;
        b.twoOfThree = twoOfThree;
        b.ruleScope = ruleScope;
        b.conflict = conflict;
        b.gaps = gaps;
        b.unit = unit;
        b.ruleSets = ruleSets.isEmpty() ? EnumSet.noneOf(RuleSet.class) : EnumSet.copyOf(ruleSets);
        b.nelson = nelson.clone();
        b.gLimits = gLimits;
        return b;
    }

    public ChartType chart() {
        return chart;
    }

    public Direction direction() {
        return direction;
    }

    /** The constant target; a point's own target, when it has one, takes its place for that point. */
    public OptionalDouble target() {
        return target;
    }

    /** The number of leading points whose limits are extended over the whole series, if set. */
    public OptionalInt baselinePoints() {
        return baselinePoints;
    }

    /** The dates at which a new phase starts (the first point on or after each date starts it). */
    public List<LocalDate> recalculateFrom() {
        return recalculateFrom;
    }

    public int minimumPoints() {
        return minimumPoints;
    }

    public XmrLimits xmrLimits() {
        return xmrLimits;
    }

    public MovingRangeScreening screening() {
        return screening;
    }

    public int shiftLength() {
        return shiftLength;
    }

    public int trendLength() {
        return trendLength;
    }

    public TwoOfThreeCounting twoOfThree() {
        return twoOfThree;
    }

    public RuleScope ruleScope() {
        return ruleScope;
    }

    public ConflictResolution conflict() {
        return conflict;
    }

    public GapPolicy gaps() {
        return gaps;
    }

    /** The unit shown after values in explanations ("%" or a word); empty for none. */
    public String unit() {
        return unit;
    }

    /** The rule sets chosen; empty for the chart's default (see {@link #ruleSetsFor}). */
    public Set<RuleSet> ruleSets() {
        return ruleSets;
    }

    /** The rule sets a chart is judged by: those chosen, else Anhøj for a run chart and MDC for the rest. */
    public Set<RuleSet> ruleSetsFor(ChartType chart) {
        if (!ruleSets.isEmpty()) {
            return ruleSets;
        }
        return chart == ChartType.RUN ? Set.of(RuleSet.ANHOEJ) : Set.of(RuleSet.MDC);
    }

    /** Nelson's K for test {@code test} (1 to 8). */
    public int nelsonK(int test) {
        return nelson[test - 1];
    }

    /** How a G chart's limits are drawn. */
    public GLimits gLimits() {
        return gLimits;
    }

    @Override
    public String toString() {
        return "ChartSpec[" + chart.id() + ", " + direction.id() + ", target=" + target + ", baseline="
                + baselinePoints + ", recalculateFrom=" + recalculateFrom + ", minimumPoints=" + minimumPoints
                + ", limits=" + xmrLimits.id() + ", screening=" + screening + ", shift=" + shiftLength
                + ", trend=" + trendLength + ", twoOfThree=" + twoOfThree + ", scope=" + ruleScope
                + ", conflict=" + conflict + ", gaps=" + gaps + ", rules=" + ruleSets + ", nelson="
                + Arrays.toString(nelson) + ", g=" + gLimits.id() + "]";
    }

    /** Builds a {@link ChartSpec}; every setting starts at the MDC default. */
    public static final class Builder {
        private ChartType chart = ChartType.XMR;
        private Direction direction = Direction.NEITHER;
        private OptionalDouble target = OptionalDouble.empty();
        private OptionalInt baselinePoints = OptionalInt.empty();
        private List<LocalDate> recalculateFrom = List.of();
        private int minimumPoints = DEFAULT_MINIMUM_POINTS;
        private XmrLimits xmrLimits = XmrLimits.MDC;
        private MovingRangeScreening screening = MovingRangeScreening.OFF;
        private int shiftLength = DEFAULT_SHIFT;
        private int trendLength = DEFAULT_TREND;
        private TwoOfThreeCounting twoOfThree = TwoOfThreeCounting.WITHIN_LIMITS;
        private RuleScope ruleScope = RuleScope.ACROSS_RECALCULATIONS;
        private ConflictResolution conflict = ConflictResolution.IMPROVEMENT_WINS;
        private GapPolicy gaps = GapPolicy.BREAK_MOVING_RANGES;
        private String unit = "";
        private Set<RuleSet> ruleSets = EnumSet.noneOf(RuleSet.class);
        private int[] nelson = DEFAULT_NELSON.clone();
        private GLimits gLimits = GLimits.SIGMA;

        private Builder() {
        }

        public Builder chart(ChartType value) {
            this.chart = Objects.requireNonNull(value);
            return this;
        }

        public Builder direction(Direction value) {
            this.direction = Objects.requireNonNull(value);
            return this;
        }

        public Builder target(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("target must be a finite number, not " + value);
            }
            this.target = OptionalDouble.of(value);
            return this;
        }

        public Builder noTarget() {
            this.target = OptionalDouble.empty();
            return this;
        }

        /** Limits from the first {@code points} points, extended over the rest; overrides recalculations. */
        public Builder baselinePoints(int points) {
            if (points < 2) {
                throw new IllegalArgumentException("a baseline needs at least 2 points, not " + points);
            }
            this.baselinePoints = OptionalInt.of(points);
            return this;
        }

        public Builder noBaseline() {
            this.baselinePoints = OptionalInt.empty();
            return this;
        }

        public Builder recalculateFrom(List<LocalDate> dates) {
            this.recalculateFrom = List.copyOf(dates);
            return this;
        }

        public Builder recalculateFrom(LocalDate... dates) {
            return recalculateFrom(List.of(dates));
        }

        public Builder minimumPoints(int points) {
            if (points < 2) {
                throw new IllegalArgumentException("the minimum number of points must be at least 2, not " + points);
            }
            this.minimumPoints = points;
            return this;
        }

        public Builder xmrLimits(XmrLimits value) {
            this.xmrLimits = Objects.requireNonNull(value);
            return this;
        }

        public Builder screening(MovingRangeScreening value) {
            this.screening = Objects.requireNonNull(value);
            return this;
        }

        /** Run length for the shift rule (MDC v5.0: 6; older guidance 7 or 8). */
        public Builder shiftLength(int points) {
            if (points < 3) {
                throw new IllegalArgumentException("a shift needs at least 3 points, not " + points);
            }
            this.shiftLength = points;
            return this;
        }

        /** Number of points in a trend (MDC v5.0: 6). */
        public Builder trendLength(int points) {
            if (points < 3) {
                throw new IllegalArgumentException("a trend needs at least 3 points, not " + points);
            }
            this.trendLength = points;
            return this;
        }

        public Builder twoOfThree(TwoOfThreeCounting value) {
            this.twoOfThree = Objects.requireNonNull(value);
            return this;
        }

        public Builder ruleScope(RuleScope value) {
            this.ruleScope = Objects.requireNonNull(value);
            return this;
        }

        public Builder conflict(ConflictResolution value) {
            this.conflict = Objects.requireNonNull(value);
            return this;
        }

        public Builder gaps(GapPolicy value) {
            this.gaps = Objects.requireNonNull(value);
            return this;
        }

        public Builder unit(String value) {
            this.unit = value == null ? "" : value.trim();
            return this;
        }

        /** The rule sets to judge by; none for the chart's default (MDC, or Anhøj for a run chart). */
        public Builder rules(Set<RuleSet> sets) {
            this.ruleSets = sets.isEmpty() ? EnumSet.noneOf(RuleSet.class) : EnumSet.copyOf(sets);
            return this;
        }

        public Builder rules(RuleSet... sets) {
            return rules(sets.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(sets)));
        }

        /**
         * Nelson's K for a test: the sigmas for test 1; the points in a row for tests 2, 3, 4, 7 and 8; the
         * count of K of K + 1 for tests 5 and 6.
         */
        public Builder nelsonK(int test, int k) {
            if (test < 1 || test > 8) {
                throw new IllegalArgumentException("Nelson's tests are numbered 1 to 8, not " + test);
            }
            int least = switch (test) {
                case 1, 5, 6 -> 1;
                default -> 2;
            };
            if (k < least) {
                throw new IllegalArgumentException("Nelson test " + test + " needs K of at least " + least + ", not " + k);
            }
            this.nelson[test - 1] = k;
            return this;
        }

        public Builder gLimits(GLimits value) {
            this.gLimits = Objects.requireNonNull(value);
            return this;
        }

        public ChartSpec build() {
            return new ChartSpec(this);
        }
    }
}
