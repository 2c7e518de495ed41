package dev.spc.io;

import dev.spc.core.series.Series;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An export read into one series per metric: metrics in the order they are first met, points in date
 * order. The rows are held compactly and each metric's series is made when it is asked for, so a caller
 * that takes the series one at a time ({@link #iterator()}) holds one metric's points at a time however
 * large the file; {@link #series()} makes them all.
 *
 * <p>A metric's series is checked against its chart as it is made: a point the chart cannot use is refused
 * then, with a {@link DataException} naming its row and column.
 */
public final class Export implements Iterable<Series> {
    /**
     * What became of the rows read: each was used or left out (and reported in a notice).
     *
     * @param read the rows read, the header's excepted
     * @param used the rows whose values were read
     * @param leftOut the rows left out: titles, blank rows, headings, notes, totals, metrics not chosen
     */
    public record Counts(long read, long used, long leftOut) {
    }

    private final String source;
    private final List<MetricRows> metrics;
    private final MetricRows.Context context;
    private final List<String> notices;
    private final Counts counts;
    private List<Series> all;
    /**
     * The series made last, and its metric's index: a walk that checks every series, then one that analyses
     * them, makes a one-metric export's series once.
     */
    private volatile Made last;

    private record Made(int index, Series series) {
    }

    Export(String source, List<MetricRows> metrics, MetricRows.Context context, List<String> notices, Counts counts) {
        this.source = source;
        this.metrics = List.copyOf(metrics);
        this.context = context;
        this.notices = List.copyOf(notices);
        this.counts = counts;
    }

    /** The file name (or "standard input") the data came from. */
    public String source() {
        return source;
    }

    /** One-line notices about how the file was read: its layout, rows left out, dates read day-first. */
    public List<String> notices() {
        return notices;
    }

    /** The metrics' names, in the order they are first met. */
    public List<String> metrics() {
        List<String> names = new ArrayList<>(metrics.size());
        for (MetricRows m : metrics) {
            names.add(m.metric);
        }
        return names;
    }

    /** The number of metrics. */
    public int size() {
        return metrics.size();
    }

    /**
     * Whether some metric's points are made from numerators and denominators, so that a table of points
     * has columns for them (known before any series is made).
     */
    public boolean hasRatios() {
        return metrics.stream().anyMatch(MetricRows::ratios);
    }

    /** Whether some metric's points are subgroups, so that a table of points has a column of their sizes. */
    public boolean hasSubgroups() {
        return metrics.stream().anyMatch(MetricRows::subgroups);
    }

    /** What became of the rows read. */
    public Counts counts() {
        return counts;
    }

    /**
     * Every metric's series, made on first call and kept.
     *
     * @throws DataException when a metric's data cannot be used by its chart
     */
    public List<Series> series() {
        if (all == null) {
            List<Series> list = new ArrayList<>(metrics.size());
            for (Series s : this) {
                list.add(s);
            }
            all = Collections.unmodifiableList(list);
        }
        return all;
    }

    /**
     * The metrics' series one at a time, each made as it is reached (and not kept, but for the last made, which
     * a walk that starts again finds made if it asks for it first).
     *
     * <p>{@code next()} throws {@link DataException} when a metric's data cannot be used by its chart.
     */
    @Override
    public Iterator<Series> iterator() {
        if (all != null) {
            return all.iterator();
        }
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < metrics.size();
            }

            @Override
            public Series next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                Made made = last;
                if (made != null && made.index() == i) {
                    return made.series();
                }
                Series s = metrics.get(i).series(context);
                last = new Made(i, s);
                return s;
            }
        };
    }
}
