package dev.spc.spark;

import dev.spc.core.series.Period;
import dev.spc.io.CsvWriter;
import dev.spc.io.DataException;
import dev.spc.io.DateReader;
import dev.spc.io.ExportReader;
import dev.spc.io.ReadOptions;
import dev.spc.io.Settings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.trim;

/**
 * The analyses of spc on Apache Spark. Long data in (a row per metric and period: {@code metric},
 * {@code date}, {@code value} or {@code numerator} and {@code denominator}, and the optional per-row columns
 * of the command line: {@code subgroup}, {@code sd}, {@code target}, {@code rebase}, {@code ghost},
 * {@code annotation}; found by name, ignoring case, as the command line finds them), with settings (a
 * dataset in the columns of a settings file, or none for the defaults); points, summaries and problems out
 * ({@link SpcResult}), as {@code spc analyse} and {@code spc summary} would make them from the same rows.
 *
 * <p>Each metric is read and analysed in one task ({@code groupByKey} on the metric, then
 * {@code flatMapGroups}): spc-io reads its rows by the command line's rules (numbers as people type them,
 * gaps, subgroups, events) and puts them in date order, and spc-core analyses them with the metric's
 * settings. Text dates are read as the whole column reads them (one format for the column, as the command
 * line reads a file), found once on the driver from the column's distinct texts. Rows the command line would
 * refuse become a problem each instead of failing the job, and refuse their metric; so does a metric of more
 * rows than one task may hold ({@link SparkOptions#maxRowsPerMetric}).
 */
public final class SparkSpc {
    /** The column each row's identity is carried in, beside the data's own. */
    static final String ID = "__spc_row";

    private SparkSpc() {
    }

    /** Analyses long data with the default settings. */
    public static SpcResult analyse(Dataset<Row> data) {
        return analyse(data, null, SparkOptions.defaults());
    }

    /** Analyses long data with settings (a dataset in a settings file's columns; null for the defaults). */
    public static SpcResult analyse(Dataset<Row> data, Dataset<Row> settings) {
        return analyse(data, settings, SparkOptions.defaults());
    }

    /**
     * Analyses long data with settings and options.
     *
     * @param settings a dataset in a settings file's columns ({@code metric,direction,target,chart,...}), small
     *                 enough to collect; null for the defaults
     * @throws DataException when the settings cannot be used (they are read on the driver, before the job)
     */
    public static SpcResult analyse(Dataset<Row> data, Dataset<Row> settings, SparkOptions options) {
        return analyse(data, settings == null ? null : settingsText(settings), "settings", options);
    }

    /** Analyses long data with the text of a settings file (null for the defaults). */
    static SpcResult analyse(Dataset<Row> data, String settingsText, String settingsSource, SparkOptions options) {
        List<String> notices = new ArrayList<>();
        if (settingsText != null) {
            Settings s = Settings.read(new ByteArrayInputStream(settingsText.getBytes(StandardCharsets.UTF_8)),
                    settingsSource, options.datePattern());
            notices.addAll(s.notices());
        }
        List<String> header = new ArrayList<>(Arrays.asList(data.columns()));
        header.remove(options.rowColumn());
        header.remove(ID);
        List<Column> columns = new ArrayList<>();
        for (String name : header) {
            columns.add(col(quoted(name)));
        }
        columns.add(options.rowColumn() == null ? monotonically_increasing_id().as(ID)
                : col(quoted(options.rowColumn())).cast(DataTypes.LongType).as(ID));
        Dataset<Row> rows = data.select(columns.toArray(new Column[0]));
        ReadOptions read = ReadOptions.defaults().dateFormat(options.datePattern());
        String dateColumn = ExportReader.dateColumn(header, read);
        int dateIndex = dateColumn == null ? -1 : header.indexOf(dateColumn);
        Map<String, String> isoDates = null;
        Period period = null;
        if (dateIndex >= 0 && data.schema().apply(dateColumn).dataType().equals(DataTypes.StringType)) {
            Dates reader = dateReader(rows, dateColumn, options);
            if (reader != null) {
                isoDates = new HashMap<>();
                for (String text : reader.texts) {
                    LocalDate d = reader.reader.date(text);
                    isoDates.put(text, d.toString());
                }
                period = reader.reader.period();
                if (reader.reader.notice() != null) {
                    notices.add(reader.reader.notice());
                }
            }
        }
        String metricColumn = ExportReader.metricColumn(header, read);
        int metricIndex = metricColumn == null ? -1 : header.indexOf(metricColumn);
        boolean java8 = Boolean.parseBoolean(data.sparkSession().conf().get("spark.sql.datetime.java8API.enabled",
                "false"));
        MetricTask task = new MetricTask(header, header.size(), dateIndex, settingsText, settingsSource, options,
                isoDates, period, java8);
        // The key is a column (the metric's text, trimmed, as spc-io trims a name), not a function of a row, so
        // that Spark groups the rows without making a Java object of each first.
        Column key = metricIndex < 0 ? lit("") : coalesce(trim(col(quoted(metricColumn)).cast(DataTypes.StringType)),
                lit(""));
        // Each metric's rows reach its task in the order of their identity (a file's order), as the command line
        // reads them: spc-io then puts them in date order, keeping that order among the rows of one date (the
        // measurements of a subgroup are summed in it, to the last bit).
        Dataset<Row> union = rows.groupBy(key).as(Encoders.STRING(), Encoders.row(rows.schema()))
                .flatMapSortedGroups(new Column[] {col(ID)}, task, Encoders.row(Union.SCHEMA));
        return new SpcResult(union, notices);
    }

    /** The reader of a text date column's distinct texts, with the texts it reads (those it cannot are left). */
    private record Dates(DateReader reader, List<String> texts) {
    }

    /**
     * Reads the date column's distinct texts as the command line reads a file's column: one format for all.
     * A text that cannot be read is left for its metric's task to refuse (with its row); null when every text
     * is an ISO date already (nothing to find) or no format fits.
     */
    private static Dates dateReader(Dataset<Row> rows, String dateColumn, SparkOptions options) {
        List<Row> distinct = rows.groupBy(trim(col(quoted(dateColumn))).as("t")).agg(min(col(ID)).as("first"))
                .orderBy(col("first")).collectAsList();
        Map<String, Integer> texts = new LinkedHashMap<>();
        boolean allIso = true;
        for (Row r : distinct) {
            String t = r.isNullAt(0) ? "" : r.getString(0);
            if (!t.isEmpty()) {
                texts.put(t, texts.size() + 2);
                allIso &= t.length() == 10 && isIso(t);
            }
        }
        if (texts.isEmpty() || allIso && options.datePattern() == null) {
            return null;
        }
        for (int attempt = 0; attempt < 100 && !texts.isEmpty(); attempt++) {
            try {
                return new Dates(DateReader.of(texts, options.datePattern(), options.source(), dateColumn),
                        new ArrayList<>(texts.keySet()));
            } catch (DataException e) {
                String bad = null;
                for (Map.Entry<String, Integer> t : texts.entrySet()) {
                    if (t.getValue() == e.row()) {
                        bad = t.getKey();
                    }
                }
                if (bad == null) {
                    return null;
                }
                texts.remove(bad);
            }
        }
        return null;
    }

    private static boolean isIso(String t) {
        try {
            return LocalDate.parse(t).toString().equals(t);
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** A settings dataset as the text of a settings file, so that spc-io reads it by the file's rules. */
    static String settingsText(Dataset<Row> settings) {
        StringBuilder b = new StringBuilder();
        String[] names = settings.columns();
        for (int c = 0; c < names.length; c++) {
            b.append(c > 0 ? "," : "").append(CsvWriter.quote(names[c]));
        }
        b.append('\n');
        for (Row r : settings.collectAsList()) {
            for (int c = 0; c < names.length; c++) {
                b.append(c > 0 ? "," : "").append(CsvWriter.quote(Cells.text(r.get(c))));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A column name as Spark reads it, whatever characters it holds. */
    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
