package dev.spc.core.assess;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.spec.Direction;
import java.util.OptionalDouble;

/**
 * The assurance icon from the target and the latest process limits (docs/methods.md, section 4). For
 * {@code increase}: target at or below the lower limit passes consistently, at or above the upper limit
 * fails consistently, between them is hit and miss; {@code decrease} mirrors. No icon without a target,
 * without a direction, or without limits.
 */
public final class Assurance {
    private Assurance() {
    }

    public static AssuranceIcon of(Direction direction, OptionalDouble targetIfAny, double lower, double upper) {
        if (direction == Direction.NEITHER || targetIfAny.isEmpty() || Double.isNaN(lower) || Double.isNaN(upper)) {
            return AssuranceIcon.NONE;
        }
        double target = targetIfAny.getAsDouble();
        boolean targetAtOrBelowLower = target <= lower;
        boolean targetAtOrAboveUpper = target >= upper;
        if (direction == Direction.INCREASE) {
            return targetAtOrBelowLower ? AssuranceIcon.PASS
                    : targetAtOrAboveUpper ? AssuranceIcon.FAIL : AssuranceIcon.HIT_AND_MISS;
        }
        return targetAtOrAboveUpper ? AssuranceIcon.PASS
                : targetAtOrBelowLower ? AssuranceIcon.FAIL : AssuranceIcon.HIT_AND_MISS;
    }
}
