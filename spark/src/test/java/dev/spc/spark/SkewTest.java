package dev.spc.spark;

import static org.apache.spark.sql.functions.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Skewed data: one metric of 1,000,000 daily points beside 10,000 metrics of 60 monthly points, made in
 * Spark (so the driver never holds them). The large metric is analysed whole in one task, and its summary,
 * like those of small metrics at both ends, is the one {@link Spc#analyse} gives for the same series.
 */
class SkewTest {
    private static final int BIG = 1_000_000;
    private static final int SMALL = 10_000;
    private static final int MONTHS = 60;

    /** The value of row i of the large metric, and of row k of the small ones: made the same way in Spark. */
    private static double bigValue(long i) {
        return (double) Math.floorMod(i * 7919, 1000) / 10;
    }

    private static double smallValue(long k) {
        return (double) Math.floorMod(k * 7919 + (k / MONTHS) * 31, 1000) / 10;
    }

    @Test
    void oneMetricOfAMillionPointsBesideTenThousandOfSixty() {
        Dataset<Row> data = LocalSpark.session().range(BIG + (long) SMALL * MONTHS).toDF("id")
                .withColumn("k", expr("id - " + BIG))
                .withColumn("metric", expr("if(id < " + BIG + ", 'big', concat('m', cast(floor(k / " + MONTHS
                        + ") as string)))"))
                .withColumn("date", expr("if(id < " + BIG + ", date_add(date'2000-01-01', cast(id as int)), "
                        + "add_months(date'2020-01-01', cast(pmod(k, " + MONTHS + ") as int)))"))
                .withColumn("value", expr("if(id < " + BIG + ", cast(pmod(id * 7919, 1000) as double) / 10, "
                        + "cast(pmod(k * 7919 + floor(k / " + MONTHS + ") * 31, 1000) as double) / 10)"))
                .select("metric", "date", "value", "id");
        SpcResult result = SparkSpc.analyse(data, null, SparkOptions.defaults().rowColumn("id").points(false))
                .persist();

        assertEquals(0L, result.problems().count());
        Dataset<Row> summaries = result.summaries();
        assertEquals(SMALL + 1L, summaries.count(), "a summary per metric");
        Row total = summaries.agg(expr("sum(points)")).first();
        assertEquals(BIG + (long) SMALL * MONTHS, total.getLong(0), "every row a point");

        List<Analysis> expected = new ArrayList<>();
        LocalDate[] days = new LocalDate[BIG];
        double[] values = new double[BIG];
        for (int i = 0; i < BIG; i++) {
            days[i] = LocalDate.of(2000, 1, 1).plusDays(i);
            values[i] = bigValue(i);
        }
        expected.add(Spc.analyse(Series.of("big", days, values), ChartSpec.builder().build()));
        for (int m : new int[] {0, 1, SMALL / 2, SMALL - 1}) {
            LocalDate[] months = new LocalDate[MONTHS];
            double[] v = new double[MONTHS];
            for (int j = 0; j < MONTHS; j++) {
                months[j] = LocalDate.of(2020, 1, 1).plusMonths(j);
                v[j] = smallValue((long) m * MONTHS + j);
            }
            expected.add(Spc.analyse(Series.of("m" + m, months, v), ChartSpec.builder().build()));
        }
        List<List<Object>> actual = LocalSpark.rows(summaries.filter(
                "metric in ('big', 'm0', 'm1', 'm" + SMALL / 2 + "', 'm" + (SMALL - 1) + "')"));
        assertEquals(LocalSpark.sorted(LocalSpark.expectedSummaries(expected)), actual);
        assertTrue(result.points().isEmpty(), "no points asked for");
        result.unpersist();
    }
}
