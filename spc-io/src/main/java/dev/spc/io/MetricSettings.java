package dev.spc.io;

import dev.spc.core.ChartSpec;
import dev.spc.core.ChartType;
import dev.spc.core.Direction;
import dev.spc.core.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One metric's row of a settings file: what it sets, the rest left to the defaults.
 *
 * @param metric the metric the row is for
 * @param row the row of the settings file (header = 1)
 * @param group the group the metric is reported under (such as a CQC domain), if given
 * @param rules the rule sets to judge the metric by; empty for the defaults
 */
public record MetricSettings(String metric, int row, Optional<Direction> direction, OptionalDouble target,
        Optional<ChartType> chart, OptionalInt baselinePoints, List<LocalDate> recalculateFrom, Optional<String> unit,
        Optional<String> group, OptionalInt minimumPoints, OptionalInt shiftLength, OptionalInt trendLength,
        Set<RuleSet> rules) {

    public MetricSettings {
        recalculateFrom = List.copyOf(recalculateFrom);
        rules = Set.copyOf(rules);
    }

    /** The defaults with this row's settings on top. */
    public ChartSpec applyTo(ChartSpec defaults) {
        ChartSpec.Builder b = defaults.toBuilder();
        direction.ifPresent(b::direction);
        target.ifPresent(b::target);
        chart.ifPresent(b::chart);
        baselinePoints.ifPresent(b::baselinePoints);
        if (!recalculateFrom.isEmpty()) {
            b.recalculateFrom(recalculateFrom);
        }
        unit.ifPresent(b::unit);
        minimumPoints.ifPresent(b::minimumPoints);
        shiftLength.ifPresent(b::shiftLength);
        trendLength.ifPresent(b::trendLength);
        if (!rules.isEmpty()) {
            b.rules(rules);
        }
        return b.build();
    }
}
