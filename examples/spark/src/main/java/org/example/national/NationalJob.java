package org.example.national;

import dev.spc.spark.SparkOptions;
import dev.spc.spark.SparkSpc;
import dev.spc.spark.SpcResult;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A national run: every metric of a long extract in Parquet (metric, date, value or numerator and
 * denominator, ...) analysed by spc, one metric a task, with a settings file's choices; the summaries, the
 * points and the problems written as Parquet beside each other.
 *
 * <pre>
 * spark-submit --class org.example.national.NationalJob national-spc-job.jar \
 *     EXTRACT.parquet OUTPUT_FOLDER [SETTINGS.csv]
 * </pre>
 */
public final class NationalJob {
    private NationalJob() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: NationalJob EXTRACT.parquet OUTPUT_FOLDER [SETTINGS.csv]");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("spc national").getOrCreate();
        Dataset<Row> extract = spark.read().parquet(args[0]);
        // A settings file is small: Spark reads it as text, and spc reads its cells as the command line does.
        Dataset<Row> settings = args.length == 3
                ? spark.read().option("header", "true").option("inferSchema", "false").csv(args[2])
                : null;
        SpcResult result = SparkSpc.analyse(extract, settings, SparkOptions.defaults().source(args[0])).persist();
        result.notices().forEach(n -> System.err.println("notice: " + n));
        String out = args[1];
        result.summaries().write().mode(SaveMode.Overwrite).parquet(out + "/summaries");
        result.points().write().mode(SaveMode.Overwrite).parquet(out + "/points");
        result.problems().write().mode(SaveMode.Overwrite).parquet(out + "/problems");
        long refused = result.problems().count();
        System.err.println(refused == 0 ? "every metric analysed"
                : refused + " metrics could not be analysed: see " + out + "/problems");
        result.unpersist();
        spark.stop();
    }
}
