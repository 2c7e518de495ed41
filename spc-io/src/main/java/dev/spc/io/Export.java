package dev.spc.io;

import dev.spc.core.series.Series;
import java.util.List;

/**
 * A CSV export read into series: one per metric, metrics in the order they are first met, points in date
 * order.
 *
 * @param source the file name (or "standard input") the data came from
 * @param series the metrics' series
 * @param notices one-line notices about how the file was read (such as ambiguous dates read day-first)
 */
public record Export(String source, List<Series> series, List<String> notices) {
    public Export {
        series = List.copyOf(series);
        notices = List.copyOf(notices);
    }
}
