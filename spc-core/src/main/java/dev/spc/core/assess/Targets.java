package dev.spc.core.assess;

import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.util.OptionalDouble;

/**
 * Which target applies to a point: the point's own, when the series gives it one (a trajectory that
 * changes over time), else the spec's. The one place this is decided; the icons, the explanation and the
 * charts all ask here (through {@code Analysis.target}).
 */
public final class Targets {
    private Targets() {
    }

    /** The target of point i, if there is one. */
    public static OptionalDouble at(Series series, ChartSpec spec, int i) {
        OptionalDouble own = series.target(i);
        return own.isPresent() ? own : spec.target();
    }
}
