package dev.spc.spark;

import dev.spc.io.AnalysisCsv;
import dev.spc.io.CsvWriter;
import dev.spc.io.DataException;
import dev.spc.io.Settings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

/**
 * {@code spc-spark}: the Spark job run from the command line, in local mode unless a master is given. Reads
 * a CSV file or Parquet (a file or a folder of parts), writes the summary or the points as CSV (in the bytes
 * {@code spc} writes) or Parquet, and the rows that could not be used to a problems file.
 */
@Command(name = "spc-spark", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        version = "spc-spark 0.2.0",
        header = "Run spc's summary or analyse on Apache Spark: each metric analysed in one task.",
        customSynopsis = "spc-spark summary|analyse INPUT -o OUTPUT [--settings FILE] [--master URL] [OPTIONS]",
        description = {
            "INPUT is long data (metric,date,value or numerator,denominator, and the optional columns of spc: "
                    + "subgroup, sd, target, rebase, ghost, annotation), as CSV (a header, then a record a line) or "
                    + "Parquet (a .parquet file or a folder of parts). OUTPUT is CSV when it ends in .csv (the same "
                    + "rows and bytes spc summary or spc analyse writes) and Parquet otherwise (a folder of parts, "
                    + "in the same columns and order).",
            "Rows spc would refuse do not stop the run: their metrics are left out of OUTPUT and each is "
                    + "described, with its row, in the problems file (OUTPUT's name with .problems.csv), and the "
                    + "exit status is 1.",
        },
        footer = {
            "",
            "Examples:",
            "  spc-spark summary examples/data/ipr.csv --settings examples/data/ipr-settings.csv -o summary.csv",
            "  spc-spark analyse extract.parquet -o points.parquet --master spark://host:7077",
        })
public final class Launcher implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "summary|analyse", description = "What to write: summary (a row per "
            + "metric) or analyse (a row per point).")
    String command;

    @Parameters(index = "1", paramLabel = "INPUT", description = "The data: a .csv file, or Parquet.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT",
            description = "Where to write: a .csv file, or a Parquet folder.")
    Path output;

    @Option(names = "--settings", paramLabel = "FILE", description = "A settings file (CSV), as for spc.")
    Path settings;

    @Option(names = "--master", paramLabel = "URL", description = "The Spark master (default: local[*], this "
            + "machine's cores).")
    String master;

    @Option(names = "--problems", paramLabel = "FILE", description = "Where to write the problems (default: "
            + "OUTPUT's name with .problems.csv).")
    Path problems;

    @Option(names = "--date-format", paramLabel = "PATTERN", description = "The pattern of text dates (default: "
            + "the format the column shows).")
    String dateFormat;

    @Option(names = "--max-rows-per-metric", paramLabel = "N", description = "The largest metric one task may "
            + "hold (default: ${DEFAULT-VALUE}); a larger one is refused in the problems file.")
    long maxRows = SparkOptions.DEFAULT_MAX_ROWS_PER_METRIC;

    @Option(names = "--partitions", paramLabel = "N", description = "Shuffle partitions (default: in local mode, one "
            + "for each 16 MB of input and two a core at least; Spark's own otherwise).")
    Integer partitions;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as spark-submit takes "
            + "it (such as spark.eventLog.enabled=true; the local heap is set with SPC_SPARK_JAVA_OPTS=-Xmx8g); may be given again.")
    java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();

    @Option(names = "--quiet", description = "Print no notices on standard error (problems still).")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintStream err = System.err;

    /** The column of each row's line, as the command line counts them (the header is row 1). */
    private static final String LINE = "__spc_line";

    /** Runs the launcher and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs the launcher: 0 done, 1 the data could not all be used (or the run failed), 2 a wrong command line. */
    static int run(String[] args, PrintStream err) {
        Launcher launcher = new Launcher();
        launcher.err = err;
        CommandLine cl = new CommandLine(launcher);
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (launcher.debug) {
                e.printStackTrace(err);
            }
            err.println("spc-spark: " + (e instanceof DataException ? e.getMessage() : e.toString()));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        boolean points = switch (command) {
            case "analyse", "analyze" -> true;
            case "summary" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "the command is summary or "
                    + "analyse, not '" + command + "'");
        };
        if (!Files.exists(input)) {
            err.println("spc-spark: " + input + ": there is no such file or folder");
            return 1;
        }
        boolean csvOut = csv(output);
        String settingsText = null;
        if (settings != null) {
            Settings.read(settings, dateFormat);
            settingsText = Files.readString(settings, StandardCharsets.UTF_8);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("spc-spark")
                .master(master == null ? "local[*]" : master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC");
        if (partitions != null || master == null || master.startsWith("local")) {
            // In local mode, a partition of the shuffle for each 16 MB of input (and two for each core at least):
            // Spark's default of 200 costs a small file more in scheduling than in work.
            builder.config("spark.sql.shuffle.partitions", Integer.toString(partitions != null ? partitions
                    : (int) Math.max(2L * Runtime.getRuntime().availableProcessors(), size(input) / (16L << 20) + 1)));
        }
        String jars = System.getProperty("spc.spark.jars");
        if (master != null && !master.startsWith("local") && jars != null && !jars.isEmpty()) {
            // A cluster's executors run the tasks: they are sent spc's jars (the launcher names them).
            builder.config("spark.jars", jars.replace(java.io.File.pathSeparatorChar, ','));
        }
        conf.forEach(builder::config);
        // A session already running in this JVM (a test's, a notebook's) is used as it is, and left running.
        boolean own = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = builder.getOrCreate();
        try {
            return run(spark, points, csvOut, settingsText);
        } finally {
            if (own) {
                spark.stop();
            }
        }
    }

    private int run(SparkSession spark, boolean points, boolean csvOut, String settingsText) throws IOException {
        String stem = input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        SparkOptions options = SparkOptions.defaults().source(input.toString()).defaultMetric(stem)
                .rowColumn(LINE).datePattern(dateFormat).maxRowsPerMetric(maxRows).points(points);
        SpcResult result = SparkSpc.analyse(read(spark), settingsText,
                settings == null ? "settings" : settings.toString(), options).persist();
        if (!quiet) {
            result.notices().forEach(n -> err.println("spc-spark: " + n));
        }
        Dataset<Row> union = result.union();
        boolean ratios = false;
        boolean subgroups = false;
        if (points) {
            Row flags = union.filter(col(Union.KIND).equalTo(Union.SUMMARY))
                    .agg(max(col(Union.RATIOS)), max(col(Union.SUBGROUPS))).first();
            ratios = !flags.isNullAt(0) && flags.getBoolean(0);
            subgroups = !flags.isNullAt(1) && flags.getBoolean(1);
        }
        Table columns = points ? Union.POINTS.emptyCopy() : Union.SUMMARIES.emptyCopy();
        if (points && !ratios) {
            columns.removeColumns("numerator", "denominator");
        }
        if (points && !subgroups) {
            columns.removeColumns("subgroup_size");
        }
        String prefix = points ? "p_" : "s_";
        Dataset<Row> ordered = union.filter(col(Union.KIND).equalTo(points ? Union.POINT : Union.SUMMARY))
                .orderBy(col(Union.ORDER), col(Union.SEQ)).select(Union.columns(prefix, Cells.schema(columns)));
        if (csvOut) {
            boolean r = ratios;
            boolean s = subgroups;
            writeCsv(output, w -> {
                if (points) {
                    AnalysisCsv.pointsHeader(w, CsvWriter.Style.PLAIN, r, s);
                } else {
                    AnalysisCsv.summaryHeader(w, CsvWriter.Style.PLAIN);
                }
                List<Row> batch = new ArrayList<>();
                Iterator<Row> it = ordered.toLocalIterator();
                while (it.hasNext()) {
                    batch.add(it.next());
                    if (batch.size() == 8192 || !it.hasNext()) {
                        CsvWriter.writeRows(Cells.table(columns, batch), w, CsvWriter.Style.PLAIN);
                        batch.clear();
                    }
                }
            });
        } else {
            ordered.write().mode(SaveMode.Overwrite).parquet(output.toString());
        }
        List<Row> refused = result.problems().orderBy(col("row")).collectAsList();
        result.unpersist();
        if (refused.isEmpty()) {
            return 0;
        }
        Path file = problems != null ? problems : problemsFile(output);
        writeCsv(file, w -> {
            w.write("metric,row,column,value,message\n");
            for (Row p : refused) {
                w.write(CsvWriter.text(p.getString(0)) + "," + p.get(1) + "," + cell(p, 2) + "," + cell(p, 3) + ","
                        + CsvWriter.text(p.getString(4)) + "\n");
            }
        });
        err.println("spc-spark: " + refused.size() + (refused.size() == 1 ? " metric" : " metrics") + " could not "
                + "be analysed and " + (refused.size() == 1 ? "is" : "are") + " left out of " + output
                + "; the problems are in " + file + ", the first:");
        for (Row p : refused.subList(0, Math.min(5, refused.size()))) {
            err.println("  " + input + ", row " + p.get(1) + (p.isNullAt(2) ? "" : ", column '" + p.getString(2)
                    + "'") + ": " + p.getString(4));
        }
        return 1;
    }

    /** The bytes of a file, or of the files in a folder (of Parquet parts). */
    private static long size(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return Files.size(p);
        }
        try (java.util.stream.Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String cell(Row r, int i) {
        return r.isNullAt(i) ? "" : CsvWriter.text(r.getString(i));
    }

    /** The input, each row with its line as the command line counts them (the header is 1). */
    private Dataset<Row> read(SparkSession spark) {
        Dataset<Row> data;
        if (csv(input)) {
            data = spark.read().option("header", "true").option("inferSchema", "false").option("encoding", "UTF-8")
                    .csv(input.toString());
            String first = data.columns().length == 0 ? "" : data.columns()[0];
            if (first.startsWith("\uFEFF")) {
                data = data.withColumnRenamed(first, first.substring(1));
            }
        } else {
            data = spark.read().parquet(input.toString());
        }
        StructType schema = data.schema().add(LINE, DataTypes.LongType, false);
        JavaRDD<Row> lines = data.javaRDD().zipWithIndex().map(t -> {
            Object[] v = new Object[t._1().size() + 1];
            for (int i = 0; i < t._1().size(); i++) {
                v[i] = t._1().get(i);
            }
            v[v.length - 1] = t._2() + 2;
            return RowFactory.create(v);
        });
        return spark.createDataFrame(lines, schema);
    }

    private static boolean csv(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static Path problemsFile(Path output) {
        String name = output.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return output.resolveSibling(name + ".problems.csv");
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    /** Writes a file whole or not at all: to a temporary file beside it, moved over it when done. */
    private static void writeCsv(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".spc-spark-", ".tmp");
        try {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
                body.write(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
