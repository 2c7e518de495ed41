package dev.spc.core.funnel;

import java.util.Objects;

/**
 * One unit of a funnel plot (a ward, a site, a trust) with its numerator and denominator: events and cases
 * (proportions), observed and expected counts (ratios), or a count and its exposure (rates).
 *
 * @param name the unit's name
 * @param numerator events, observed count or count: zero or more
 * @param denominator cases, expected count or exposure: more than zero
 */
public record Unit(String name, double numerator, double denominator) {
    /** @throws IllegalArgumentException for a negative numerator or a denominator that is not above zero */
    public Unit {
        Objects.requireNonNull(name, "name");
        if (!(numerator >= 0) || !Double.isFinite(numerator)) {
            throw new IllegalArgumentException(name + ": the numerator must be a number of zero or more, not "
                    + numerator);
        }
        if (!(denominator > 0) || !Double.isFinite(denominator)) {
            throw new IllegalArgumentException(name + ": the denominator must be a number above zero, not "
                    + denominator);
        }
    }

    /** The unit's value: numerator over denominator. */
    public double value() {
        return numerator / denominator;
    }
}
