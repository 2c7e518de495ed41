package dev.spc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * For every chart family, seeded series given to Spark as shuffled long rows give exactly the rows
 * {@link Spc#analyse} gives for the same series and chart (spc-io's tables of the analyses, cell for cell:
 * every double equal to the last bit). One job holds them all: 15 charts x 3 seeds.
 */
class ChartFamiliesTest {
    private static final long[] SEEDS = {11L, 2024L, 777_777L};
    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("metric", DataTypes.StringType, false),
            DataTypes.createStructField("date", DataTypes.DateType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, true),
            DataTypes.createStructField("numerator", DataTypes.DoubleType, true),
            DataTypes.createStructField("denominator", DataTypes.DoubleType, true),
            DataTypes.createStructField("row", DataTypes.LongType, false)));

    private static final Map<String, Analysis> EXPECTED = new LinkedHashMap<>();
    private static SpcResult result;

    @BeforeAll
    static void run() {
        SparkSession spark = LocalSpark.session();
        List<Row> rows = new ArrayList<>();
        List<Row> settings = new ArrayList<>();
        for (long seed : SEEDS) {
            for (ChartType chart : ChartType.values()) {
                if (chart == ChartType.AUTO || !family(chart)) {
                    continue;
                }
                String metric = chart.id() + " seed " + seed;
                Series series = series(metric, chart, new Random(seed * 31 + chart.ordinal()), rows);
                EXPECTED.put(metric, Spc.analyse(series, ChartSpec.builder().chart(chart).build()));
                settings.add(LocalSpark.row(metric, chart.id()));
            }
        }
        // Each row keeps its place as made (the order a file would have), then the rows are shuffled.
        List<Row> numbered = new ArrayList<>();
        for (Row r : rows) {
            numbered.add(LocalSpark.row(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), (long) numbered.size() + 2));
        }
        rows = numbered;
        Collections.shuffle(rows, new Random(5));
        Dataset<Row> data = spark.createDataFrame(rows, SCHEMA);
        Dataset<Row> settingsData = spark.createDataFrame(settings, DataTypes.createStructType(List.of(
                DataTypes.createStructField("metric", DataTypes.StringType, false),
                DataTypes.createStructField("chart", DataTypes.StringType, false))));
        result = SparkSpc.analyse(data, settingsData, SparkOptions.defaults().rowColumn("row")).persist();
    }

    /** The charts of analyse and summary (the sensitive charts have their own inputs). */
    private static boolean family(ChartType chart) {
        return switch (chart) {
            case RUN, XMR, MR, P, NP, U, C, PP, UP, XBAR_R, XBAR_S, R, S, G, T -> true;
            default -> false;
        };
    }

    /** A seeded series of 30 monthly points for the chart, and its long rows (a gap at the eighth point). */
    private static Series series(String metric, ChartType chart, Random random, List<Row> rows) {
        List<Series.Point> points = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 30; i++) {
            LocalDate date = start.plusMonths(i);
            java.sql.Date day = java.sql.Date.valueOf(date);
            boolean gap = i == 7;
            double shift = i >= 20 ? 1.5 : 0;
            switch (chart.input()) {
                case RATIOS -> {
                    double den = chart == ChartType.NP ? 400 : 200 + random.nextInt(300);
                    double num = chart == ChartType.U || chart == ChartType.UP ? random.nextInt(40) + shift * 10
                            : Math.floor(den * (0.2 + 0.05 * random.nextGaussian() + shift * 0.03));
                    points.add(gap ? Series.Point.ratio(date, Double.NaN, Double.NaN) : Series.Point.ratio(date, num, den));
                    rows.add(LocalSpark.row(metric, day, null, gap ? null : num, gap ? null : den));
                }
                case SUBGROUPS -> {
                    double[] obs = new double[4 + random.nextInt(2)];
                    for (int k = 0; k < obs.length; k++) {
                        obs[k] = 50 + 5 * random.nextGaussian() + shift * 4;
                        rows.add(LocalSpark.row(metric, day, obs[k], null, null));
                    }
                    points.add(Series.Point.subgroup(date, Subgroup.of(obs)));
                }
                default -> {
                    double v = switch (chart) {
                        case C, G -> random.nextInt(25) + (int) (shift * 6);
                        case T -> 1 + random.nextInt(60) + shift * 20;
                        default -> 100 + 8 * random.nextGaussian() + shift * 12;
                    };
                    points.add(gap ? Series.Point.gap(date) : Series.Point.of(date, v));
                    rows.add(LocalSpark.row(metric, day, gap ? null : v, null, null));
                }
            }
        }
        return Series.of(metric, points);
    }

    @Test
    void everyFamilysPointsAreSpcAnalysesToTheLastBit() {
        List<List<Object>> actual = LocalSpark.rows(result.points());
        List<List<Object>> expected = LocalSpark.sorted(LocalSpark.expectedPoints(new ArrayList<>(EXPECTED.values())));
        assertEquals(expected.size(), actual.size(), "rows of points");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "point row " + i + " of " + expected.get(i).get(0)
                    + " (the metric names the chart and seed)");
        }
    }

    @Test
    void everyFamilysSummaryIsSpcAnalyses() {
        List<List<Object>> actual = LocalSpark.rows(result.summaries());
        List<List<Object>> expected = LocalSpark.sorted(LocalSpark.expectedSummaries(new ArrayList<>(EXPECTED.values())));
        assertEquals(expected, actual);
        assertEquals(45, actual.size(), "15 charts x 3 seeds");
    }

    @Test
    void noProblemsAndEveryChartAsAsked() {
        assertTrue(result.problems().isEmpty(), () -> result.problems().collectAsList().toString());
        for (Row r : result.summaries().select("metric", "chart").collectAsList()) {
            assertTrue(r.getString(0).startsWith(r.getString(1) + " seed "), r.toString());
        }
    }
}
