package dev.spc.core.capability;

import java.util.OptionalDouble;

/**
 * A process's specification: the lower and upper specification limits (one may be missing) and the target.
 *
 * @param lower the lower specification limit (LSL), if any
 * @param upper the upper specification limit (USL), if any
 * @param target the target; when absent, the middle of the two limits (as qcc), or none with one limit
 */
public record SpecificationLimits(OptionalDouble lower, OptionalDouble upper, OptionalDouble target) {
    /** @throws IllegalArgumentException with no limit, with limits the wrong way round, or with numbers that are not finite */
    public SpecificationLimits {
        if (lower.isEmpty() && upper.isEmpty()) {
            throw new IllegalArgumentException("give a lower or an upper specification limit, or both");
        }
        for (OptionalDouble x : new OptionalDouble[] {lower, upper, target}) {
            if (x.isPresent() && !Double.isFinite(x.getAsDouble())) {
                throw new IllegalArgumentException("a specification limit or target must be a finite number, not "
                        + x.getAsDouble());
            }
        }
        if (lower.isPresent() && upper.isPresent() && !(lower.getAsDouble() < upper.getAsDouble())) {
            throw new IllegalArgumentException("the lower specification limit (" + lower.getAsDouble()
                    + ") must be below the upper (" + upper.getAsDouble() + ")");
        }
    }

    /** The target the index Cpm is measured against: the one given, else the middle of two limits. */
    public OptionalDouble effectiveTarget() {
        if (target.isPresent()) {
            return target;
        }
        if (lower.isPresent() && upper.isPresent()) {
            return OptionalDouble.of((lower.getAsDouble() + upper.getAsDouble()) / 2);
        }
        return OptionalDouble.empty();
    }
}
