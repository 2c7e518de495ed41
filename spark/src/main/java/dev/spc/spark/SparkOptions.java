package dev.spc.spark;

import java.io.Serializable;

/**
 * How a Spark job reads its long data: what names the rows in problems, the date pattern, the column that
 * identifies each row, and the largest metric one task may hold. Immutable; each {@code with} method returns
 * a copy.
 */
public final class SparkOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The default largest number of rows one metric may have: its rows are read, and its analysis held, by one
     * task (about 90 bytes a row for a summary and 250 for the points at the peak, so 2,000,000 rows need
     * about 0.5 GB of an executor's memory).
     */
    public static final long DEFAULT_MAX_ROWS_PER_METRIC = 2_000_000L;

    private final String source;
    private final String defaultMetric;
    private final String rowColumn;
    private final String datePattern;
    private final long maxRowsPerMetric;
    private final boolean points;

    private SparkOptions(String source, String defaultMetric, String rowColumn, String datePattern,
            long maxRowsPerMetric, boolean points) {
        this.source = source;
        this.defaultMetric = defaultMetric;
        this.rowColumn = rowColumn;
        this.datePattern = datePattern;
        this.maxRowsPerMetric = maxRowsPerMetric;
        this.points = points;
    }

    /**
     * The defaults: rows named "data" in problems, one metric called "series" when there is no metric column,
     * rows identified by Spark's {@code monotonically_increasing_id()}, dates read in the format the column
     * shows, metrics of up to {@link #DEFAULT_MAX_ROWS_PER_METRIC} rows, points made.
     */
    public static SparkOptions defaults() {
        return new SparkOptions("data", "series", null, null, DEFAULT_MAX_ROWS_PER_METRIC, true);
    }

    /** What names the data in problems' messages (a table's or file's name). */
    public SparkOptions source(String name) {
        return new SparkOptions(name, defaultMetric, rowColumn, datePattern, maxRowsPerMetric, points);
    }

    /** The metric of every row when the data have no metric column. */
    public SparkOptions defaultMetric(String name) {
        return new SparkOptions(source, name, rowColumn, datePattern, maxRowsPerMetric, points);
    }

    /**
     * A column of whole numbers identifying each row (such as its line in the file it came from), reported
     * with each problem; it is not read as data. Null: each row is given {@code monotonically_increasing_id()}.
     */
    public SparkOptions rowColumn(String name) {
        return new SparkOptions(source, defaultMetric, name, datePattern, maxRowsPerMetric, points);
    }

    /** A {@link java.time.format.DateTimeFormatter} pattern for text dates (null: the format the column shows). */
    public SparkOptions datePattern(String pattern) {
        return new SparkOptions(source, defaultMetric, rowColumn, pattern, maxRowsPerMetric, points);
    }

    /**
     * The largest number of rows one metric may have; a metric with more is refused with a problem row rather
     * than run out of its task's memory.
     *
     * @throws IllegalArgumentException if rows is below 1
     */
    public SparkOptions maxRowsPerMetric(long rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("the largest metric must have 1 row or more, not " + rows);
        }
        return new SparkOptions(source, defaultMetric, rowColumn, datePattern, rows, points);
    }

    /** Whether to make the points (false: only summaries and problems, for a job that needs no more). */
    public SparkOptions points(boolean make) {
        return new SparkOptions(source, defaultMetric, rowColumn, datePattern, maxRowsPerMetric, make);
    }

    /** What names the data in problems' messages. */
    public String source() {
        return source;
    }

    /** The metric of every row when there is no metric column. */
    public String defaultMetric() {
        return defaultMetric;
    }

    /** The column identifying each row, or null. */
    public String rowColumn() {
        return rowColumn;
    }

    /** The date pattern, or null. */
    public String datePattern() {
        return datePattern;
    }

    /** The largest number of rows one metric may have. */
    public long maxRowsPerMetric() {
        return maxRowsPerMetric;
    }

    /** Whether points are made. */
    public boolean points() {
        return points;
    }
}
