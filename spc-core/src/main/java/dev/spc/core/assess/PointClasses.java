package dev.spc.core.assess;

import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;
import dev.spc.core.rules.Findings;
import dev.spc.core.spec.ConflictResolution;
import dev.spc.core.spec.Direction;

/**
 * Turns the sides a point was flagged on into its class (docs/methods.md, section 3): with direction
 * {@code increase} high is improvement and low is concern, {@code decrease} mirrors, {@code neither}
 * makes every special cause neutral. A point flagged on both sides (possible through a trend) takes
 * the class the conflict rule gives: improvement by default, as in the MDC Excel tool. A point flagged
 * only by rules without sides (too few crossings, alternation, stratification, mixture) is special cause
 * of neither kind: the pattern is special, but says nothing of better or worse.
 */
public final class PointClasses {
    private PointClasses() {
    }

    public static PointClass of(long flags, Direction direction, ConflictResolution conflict) {
        boolean high = Findings.isHigh(flags);
        boolean low = Findings.isLow(flags);
        if (!high && !low) {
            return Findings.isSideless(flags) ? PointClass.NEITHER : PointClass.COMMON_CAUSE;
        }
        if (direction == Direction.NEITHER) {
            return PointClass.NEITHER;
        }
        boolean improvement = direction == Direction.INCREASE ? high : low;
        boolean concern = direction == Direction.INCREASE ? low : high;
        if (improvement && concern) {
            return switch (conflict) {
                case IMPROVEMENT_WINS -> PointClass.IMPROVEMENT;
                case CONCERN_WINS -> PointClass.CONCERN;
                case RANKED -> ranked(flags, direction);
            };
        }
        return improvement ? PointClass.IMPROVEMENT : PointClass.CONCERN;
    }

    /** The rules in NHSRplotthedots' order of precedence when they disagree about a point's side. */
    private static final RuleId[] RANKING = {RuleId.ASTRONOMICAL, RuleId.TREND, RuleId.TWO_OF_THREE, RuleId.SHIFT};

    /**
     * The class the highest-ranked rule that flags the point on one side only gives it; improvement when none
     * does (as the default).
     */
    static PointClass ranked(long flags, Direction direction) {
        for (RuleId r : RANKING) {
            boolean high = (flags & Findings.bit(r, Side.HIGH)) != 0;
            boolean low = (flags & Findings.bit(r, Side.LOW)) != 0;
            if (high != low) {
                return high == (direction == Direction.INCREASE) ? PointClass.IMPROVEMENT : PointClass.CONCERN;
            }
        }
        return PointClass.IMPROVEMENT;
    }

    /**
     * The side of a special-cause point's signal, as its class tells it: the improvement side for
     * improvement, the concern side for concern. A neutral point flagged on both sides takes the side of
     * the centre line it lies on.
     */
    public static Side sideOf(PointClass pointClass, long flags, Direction direction, boolean aboveCentre) {
        Side improvementSide = direction == Direction.DECREASE ? Side.LOW : Side.HIGH;
        return switch (pointClass) {
            case IMPROVEMENT -> improvementSide;
            case CONCERN -> improvementSide.opposite();
            case NEITHER, COMMON_CAUSE -> {
                boolean high = Findings.isHigh(flags);
                boolean low = Findings.isLow(flags);
                if (high != low) {
                    yield high ? Side.HIGH : Side.LOW;
                }
                yield aboveCentre ? Side.HIGH : Side.LOW;
            }
        };
    }
}
