package dev.spc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * What the command line would refuse becomes a problem row naming the row, column and cell (and refuses
 * only its metric); nulls are blank cells; empty data and metrics of gaps alone are analysed as spc-core
 * analyses them; a metric larger than a task may hold is refused with the limit named.
 */
class ProblemsTest {
    /** Text columns, as a CSV file read by Spark gives them; row is the line (the header is line 1). */
    private static final StructType TEXT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("metric", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.StringType, true),
            DataTypes.createStructField("value", DataTypes.StringType, true),
            DataTypes.createStructField("row", DataTypes.LongType, false)));

    private static SpcResult analyse(List<Row> rows, SparkOptions options) {
        Dataset<Row> data = LocalSpark.session().createDataFrame(rows, TEXT);
        return SparkSpc.analyse(data, null, options.rowColumn("row")).persist();
    }

    /** The problems by metric: row, column, value, message. */
    private static Map<String, List<Object>> problems(SpcResult r) {
        Map<String, List<Object>> byMetric = new TreeMap<>();
        for (Row p : r.problems().collectAsList()) {
            byMetric.put(p.getString(0), Arrays.asList(p.get(1), p.get(2), p.get(3), p.get(4)));
        }
        return byMetric;
    }

    private static List<String> summarised(SpcResult r) {
        List<String> metrics = new ArrayList<>();
        for (Row s : r.summaries().select("metric").collectAsList()) {
            metrics.add(s.getString(0));
        }
        metrics.sort(null);
        return metrics;
    }

    @Test
    void refusedRowsAreProblemsOfTheirMetricAlone() {
        List<Row> rows = List.of(
                LocalSpark.row("good", "2024-01-01", "1", 2L),
                LocalSpark.row("good", "2024-02-01", "2", 3L),
                LocalSpark.row("word", "2024-01-01", "1", 4L),
                LocalSpark.row("word", "2024-02-01", "abc", 5L),
                LocalSpark.row("twice", "2024-01-01", "5", 6L),
                LocalSpark.row("twice", "2024-01-01", "6", 7L),
                LocalSpark.row("no date", null, "6", 8L),
                LocalSpark.row(null, "2024-01-01", "6", 9L),
                LocalSpark.row("bad date", "2024-13-45", "6", 10L),
                LocalSpark.row("bad date", "2024-01-01", "6", 11L));
        SpcResult r = analyse(rows, SparkOptions.defaults());
        Map<String, List<Object>> p = problems(r);
        // The cells and messages are spc-io's refusals of the same rows in a CSV file (ReadingTest's words).
        assertEquals(List.of(5L, "value", "abc", "'abc' is not a number. If it marks a missing value, run with "
                + "--missing='abc' to treat such cells as gaps; otherwise correct the cell"), p.get("word"));
        assertEquals(Arrays.asList(7L, "date", "2024-01-01", "metric 'twice' has a second row for 2024-01-01 (the first is row 6). "
                + "Give each metric one row per date; if the rows are different metrics, give them different names; if "
                + "they are measurements of one subgroup, use --chart xbar-r or xbar-s"), p.get("twice"));
        assertEquals(List.of(8L, "date", "", "the date is blank. Give every row the date of its period"),
                p.get("no date"));
        assertEquals(List.of(9L, "metric", "", "the metric name is blank. Give every row the name of its metric"),
                p.get(""));
        assertTrue(p.containsKey("bad date"), p.toString());
        assertEquals(10L, p.get("bad date").get(0));
        assertEquals("2024-13-45", p.get("bad date").get(2));
        assertEquals(5, p.size(), p.toString());
        assertEquals(List.of("good"), summarised(r));
        assertEquals(2L, r.points().count(), "the good metric's two points, and no other");
    }

    @Test
    void nullsAreGapsAndAMetricOfGapsIsAnalysedAsSpcCoreDoes() {
        List<Row> rows = List.of(
                LocalSpark.row("gaps", "2024-01-01", null, 2L),
                LocalSpark.row("gaps", "2024-02-01", "", 3L),
                LocalSpark.row("gaps", "2024-03-01", "NA", 4L),
                LocalSpark.row("some", "2024-01-01", "3", 5L),
                LocalSpark.row("some", "2024-02-01", null, 6L),
                LocalSpark.row("some", "2024-03-01", "4.5", 7L));
        SpcResult r = analyse(rows, SparkOptions.defaults());
        LocalDate[] dates = {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)};
        double nan = Double.NaN;
        List<dev.spc.core.Analysis> expected = List.of(
                Spc.analyse(Series.of("gaps", dates, new double[] {nan, nan, nan}), ChartSpec.builder().build()),
                Spc.analyse(Series.of("some", dates, new double[] {3, nan, 4.5}), ChartSpec.builder().build()));
        assertTrue(r.problems().isEmpty());
        assertEquals(LocalSpark.sorted(LocalSpark.expectedPoints(expected)), LocalSpark.rows(r.points()));
        assertEquals(LocalSpark.sorted(LocalSpark.expectedSummaries(expected)), LocalSpark.rows(r.summaries()));
    }

    @Test
    void emptyDataGiveEmptyDatasets() {
        SpcResult r = analyse(List.of(), SparkOptions.defaults());
        assertEquals(0L, r.points().count());
        assertEquals(0L, r.summaries().count());
        assertEquals(0L, r.problems().count());
        assertEquals(List.of("metric", "date", "value", "centre", "lower_limit", "upper_limit", "point", "rules"),
                Arrays.asList(r.points().columns()).subList(0, 8), "the contract's first columns, in order");
        assertEquals(List.of("metric", "points", "latest_date", "latest_value", "centre", "lower_limit",
                "upper_limit", "target", "variation", "assurance"), Arrays.asList(r.summaries().columns()).subList(0, 10));
        assertEquals(List.of("metric", "row", "column", "value", "message"), Arrays.asList(r.problems().columns()));
    }

    @Test
    void aMetricLargerThanATaskMayHoldIsRefusedWithTheLimit() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            rows.add(LocalSpark.row("large", LocalDate.of(2024, 1, 1).plusDays(i).toString(), Integer.toString(i),
                    100L + i));
        }
        rows.add(LocalSpark.row("small", "2024-01-01", "1", 99L));
        SpcResult r = analyse(rows, SparkOptions.defaults().maxRowsPerMetric(10));
        Map<String, List<Object>> p = problems(r);
        assertEquals(100L, p.get("large").get(0), "the metric's first row");
        assertEquals("11", p.get("large").get(2), "the metric's rows");
        assertTrue(((String) p.get("large").get(3)).startsWith("metric 'large' has 11 rows, more than the 10 one task "
                + "may hold. Split it"), (String) p.get("large").get(3));
        assertEquals(List.of("small"), summarised(r));
    }

    @Test
    void textDatesAreReadAsTheWholeColumnReadsThem() {
        // 13/01/2024 reads only day-first, so the whole column is day-first: metric B's 01/02/2024 is 1 February,
        // as spc reads the file; alone, B's dates would read either way (and day-first too, with a notice).
        List<Row> rows = List.of(
                LocalSpark.row("A", "13/01/2024", "1", 2L),
                LocalSpark.row("B", "01/02/2024", "5", 3L),
                LocalSpark.row("B", "01/03/2024", "6", 4L));
        SpcResult r = analyse(rows, SparkOptions.defaults());
        List<Object> dates = new ArrayList<>();
        for (Row p : r.points().filter("metric = 'B'").orderBy("date").collectAsList()) {
            dates.add(p.getDate(1).toLocalDate());
        }
        assertEquals(List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)), dates);
        assertTrue(r.problems().isEmpty());
    }
}
