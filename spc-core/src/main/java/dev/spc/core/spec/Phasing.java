package dev.spc.core.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a series is split into phases, each with its own centre line and limits (docs/methods.md,
 * section 1): a baseline of the first N points whose limits are extended over the rest, or new phases
 * from given dates. When both are given the baseline wins, as in the Making Data Count tools. Points can
 * also start a phase themselves ({@code Series.Point#withRebase()}).
 *
 * @param baselinePoints the number of leading points (gaps not counted) the limits are computed from,
 *     if set; at least 2
 * @param recalculateFrom the dates at which a new phase starts: the first point on or after each date
 *     starts one
 */
public record Phasing(OptionalInt baselinePoints, List<LocalDate> recalculateFrom) {
    /** One phase over the whole series, computed from all its points. */
    public static final Phasing NONE = new Phasing(OptionalInt.empty(), List.of());

    /** @throws InvalidParameterException for a baseline of fewer than 2 points */
    public Phasing {
        Objects.requireNonNull(baselinePoints, "baselinePoints");
        recalculateFrom = List.copyOf(recalculateFrom);
        if (baselinePoints.isPresent() && baselinePoints.getAsInt() < 2) {
            throw new InvalidParameterException(Parameter.BASELINE_POINTS, baselinePoints.getAsInt(),
                    "a baseline needs at least 2 points, not " + baselinePoints.getAsInt());
        }
    }

    /** These phases with a baseline of the given number of points. */
    public Phasing withBaseline(int points) {
        return new Phasing(OptionalInt.of(points), recalculateFrom);
    }

    /** These phases without a baseline. */
    public Phasing withoutBaseline() {
        return new Phasing(OptionalInt.empty(), recalculateFrom);
    }

    /** These phases with the given recalculation dates in place of the present ones. */
    public Phasing withRecalculations(List<LocalDate> dates) {
        return new Phasing(baselinePoints, dates);
    }
}
