package dev.spc.spark;

import dev.spc.io.AnalysisTables;
import dev.spc.core.Analysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;

/**
 * The one local Spark of the tests: two worker threads (local[2]), four shuffle partitions, no web UI, made
 * once and shared by every test class in the JVM (surefire runs them in one), stopped when the JVM ends.
 */
final class LocalSpark {
    private static SparkSession spark;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder().appName("spc-spark tests").master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "4")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }

    /** The rows spc-io's tables give for analyses: what Spark must give, as value lists. */
    static List<List<Object>> expectedPoints(List<Analysis> analyses) {
        List<List<Object>> rows = new ArrayList<>();
        for (Analysis a : analyses) {
            rows.addAll(values(AnalysisTables.points(List.of(a), true, true)));
        }
        return rows;
    }

    static List<List<Object>> expectedSummaries(List<Analysis> analyses) {
        List<List<Object>> rows = new ArrayList<>();
        for (Analysis a : analyses) {
            rows.addAll(values(AnalysisTables.summary(List.of(a))));
        }
        return rows;
    }

    private static List<List<Object>> values(Table t) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] v = new Object[t.columnCount()];
            Cells.values(t, r, v, 0, false);
            rows.add(List.of(nulls(v)));
        }
        return rows;
    }

    /** A dataset's rows as value lists, ordered by metric then date (the first two columns). */
    static List<List<Object>> rows(Dataset<Row> d) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : d.collectAsList()) {
            Object[] v = new Object[r.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.get(i);
            }
            rows.add(List.of(nulls(v)));
        }
        return sorted(rows);
    }

    static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing((List<Object> r) -> r.get(0).toString())
                .thenComparing(r -> String.valueOf(r.get(1))));
        return copy;
    }

    /** Values with nulls as a marker (List.of refuses nulls). */
    private static Object[] nulls(Object[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                v[i] = "<null>";
            } else if (v[i] instanceof java.sql.Date d) {
                v[i] = d.toLocalDate();
            }
        }
        return v;
    }

    static Row row(Object... values) {
        return RowFactory.create(values);
    }
}
