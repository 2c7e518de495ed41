package dev.spc.io;

import dev.spc.core.series.Bounds;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Parameter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One metric's row of a settings file: the parameters it sets (each read and checked when the file was
 * read), the rest left to the defaults; and the metric's unit, report group and whether it is included.
 */
public final class MetricSettings {
    private final String metric;
    private final int row;
    private final Map<Parameter, Consumer<ChartSpec.Builder>> settings;
    private final Optional<ChartType> chart;
    private final Optional<String> unit;
    private final Optional<String> group;
    private final boolean included;
    private final Bounds bounds;

    MetricSettings(String metric, int row, Map<Parameter, Consumer<ChartSpec.Builder>> settings,
            Optional<ChartType> chart, Optional<String> unit, Optional<String> group, boolean included,
            Bounds bounds) {
        this.included = included;
        this.bounds = Objects.requireNonNull(bounds);
        this.metric = Objects.requireNonNull(metric);
        this.row = row;
        this.settings = Collections.unmodifiableMap(settings.isEmpty() ? Map.of() : new EnumMap<>(settings));
        this.chart = chart;
        this.unit = unit;
        this.group = group;
    }

    /** The metric the row is for. */
    public String metric() {
        return metric;
    }

    /** The row of the settings file (header = 1). */
    public int row() {
        return row;
    }

    /** The parameters the row sets. */
    public Set<Parameter> parameters() {
        return settings.keySet();
    }

    /** The chart the row sets, if it sets one. */
    public Optional<ChartType> chart() {
        return chart;
    }

    /** The unit of the metric's values, if given. */
    public Optional<String> unit() {
        return unit;
    }

    /** The group the metric is reported under (such as a CQC domain), if given. */
    public Optional<String> group() {
        return group;
    }

    /** Whether the metric is to be analysed: false when the row's include cell says no (0, no, false). */
    public boolean included() {
        return included;
    }

    /** The defaults with this row's parameters on top. */
    public ChartSpec applyTo(ChartSpec defaults) {
        if (settings.isEmpty()) {
            return defaults;
        }
        ChartSpec.Builder b = defaults.toBuilder();
        for (Consumer<ChartSpec.Builder> s : settings.values()) {
            s.accept(b);
        }
        return b.build();
    }

    /** The bounds of the metric's values the row gives (its lower_bound and upper_bound cells). */
    public Bounds bounds() {
        return bounds;
    }

    /** The series with this row's unit and bounds, where the row gives them. */
    public Series applyTo(Series series) {
        Series s = unit.map(series::withUnit).orElse(series);
        return bounds.equals(Bounds.NOT_SET) ? s : s.withBounds(bounds.or(s.bounds()));
    }

    @Override
    public String toString() {
        return "MetricSettings[" + metric + ", row " + row + ", " + settings.keySet() + "]";
    }
}
