package dev.spc.cli;

import dev.spc.core.series.Bounds;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Parameter;
import dev.spc.io.DateReader;
import dev.spc.io.Export;
import dev.spc.io.ExportReader;
import dev.spc.io.Layout;
import dev.spc.io.ReadOptions;
import dev.spc.io.Settings;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Where the data and the settings come from, and how to read them. */
final class InputOptions {
    static final String STDIN = "-";

    /** The spec of the command these options are part of, given by {@link Subcommand#wire}. */
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The export, as CSV (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab separated) "
                    + "or an Excel workbook (.xlsx). Long: one row per metric and period, with columns metric, date, value (or numerator and "
                    + "denominator) and optionally target, rebase, ghost, annotation; or wide: a column per period "
                    + "(a row per metric) or a column per metric (a row per period), found from the header. Titles "
                    + "above the header, blank rows, headings and total rows are left out, with a note. Use - to "
                    + "read standard input.")
    String file;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "How the file lays out its values: long (a row per metric and period), wide-periods "
                    + "(a row per metric, a column per period) or wide-metrics (a row per period, a column per "
                    + "metric). Default: found from the header, and said in a note.")
    void layout(String id) {
        try {
            this.layout = Layout.ofId(id);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--layout: " + e.getMessage());
        }
    }

    Layout layout;

    @Option(names = "--header-row", paramLabel = "N",
            description = "The row the column names are on, counting from 1 as a spreadsheet does. Default: the "
                    + "first row, or the row below a title block.")
    Integer headerRow;

    @Option(names = "--sheet", paramLabel = "SHEET",
            description = "The sheet of an Excel workbook to read, by name or number (from 1). Default: the first "
                    + "sheet that holds a table of data, said in a note.")
    String sheet;

    @Option(names = "--metric", paramLabel = "NAME",
            description = "Read only this metric (repeat for more; * matches any text, as in 'A&E*'; case is "
                    + "ignored). Default: every metric, but for those whose include cell in the settings says no.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--settings", paramLabel = "SETTINGS",
            description = "A CSV with one row per metric: metric,direction,target,chart,baseline_points,"
                    + "recalculate_from, and optionally unit, group and any analysis option by its own column (min_points, "
                    + "shift, trend, rules, nelson_k, xmr_limits, screening, gaps, g_limits, two_of_three, rule_scope, "
                    + "conflict, ghosts_in_runs), and include (no leaves the metric out). Its cells override the options for that "
                    + "metric; blank cells keep them.")
    Path settings;

    @Option(names = "--metric-column", paramLabel = "NAME",
            description = "The column naming each row's metric (default: metric; absent: the file is one metric).")
    String metricColumn;

    @Option(names = "--date-column", paramLabel = "NAME", description = "The date column (default: date).")
    String dateColumn;

    @Option(names = "--x", paramLabel = "X",
            description = "What the points are plotted against: date, or sequence (numbered 1, 2, 3... in order: "
                    + "by the index column when there is one, or the --date-column, otherwise in date order). "
                    + "Default: date; a file with an index (or sequence) column and no date column is read as a sequence.")
    XAxis x = XAxis.date;

    /** What the points are plotted against. */
    enum XAxis { date, sequence }

    @Option(names = "--value-column", paramLabel = "NAME", description = "The value column (default: value).")
    String valueColumn;

    @Option(names = "--numerator-column", paramLabel = "NAME",
            description = "The numerator column of P, NP, U and Laney charts (default: numerator).")
    String numeratorColumn;

    @Option(names = "--denominator-column", paramLabel = "NAME",
            description = "The denominator (or exposure) column (default: denominator, or exposure).")
    String denominatorColumn;

    @Option(names = "--sd-column", paramLabel = "NAME",
            description = "For subgroup summaries: the standard deviation column (default: sd); the value column "
                    + "is then the subgroup mean, and --subgroup-column its size.")
    String sdColumn;

    @Option(names = "--subgroup-column", paramLabel = "NAME",
            description = "For subgroup summaries: the subgroup size column (default: subgroup, or n).")
    String subgroupColumn;

    @Option(names = "--target-column", paramLabel = "NAME",
            description = "A column of per-row targets (default: target, when present).")
    String targetColumn;

    @Option(names = "--rebase-column", paramLabel = "NAME",
            description = "A yes/no column marking the first point of a new phase (default: rebase, when present).")
    String rebaseColumn;

    @Option(names = "--ghost-column", paramLabel = "NAME",
            description = "A yes/no column marking points to leave out of the limits (default: ghost, when present).")
    String ghostColumn;

    @Option(names = "--annotation-column", paramLabel = "NAME",
            description = "A column of notes on points (default: annotation, when present).")
    String annotationColumn;

    String dateFormat;

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "The dates' format as a Java pattern, such as dd.MM.yyyy, MMM-yy, yyyy-'Q'Q (quarters) or "
                    + "YYYY-'W'ww (ISO weeks); a period reads as its first day. Default: detected "
                    + "(ISO 2024-01-31, UK 31/01/2024, 2024-01, Jan-24, January 2024); never read as US month/day.")
    void dateFormat(String pattern) {
        try {
            DateReader.checkPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--date-format: " + e.getMessage());
        }
        this.dateFormat = pattern;
    }

    @Option(names = "--unit", paramLabel = "UNIT",
            description = "A unit to show after every metric's values in explanations and charts, such as %%; the "
                    + "settings file's unit column sets it per metric.")
    String unit;

    /** The bounds --bounds gives every metric (the settings' lower_bound and upper_bound override them). */
    Bounds bounds = Bounds.NOT_SET;

    @Option(names = "--bounds", paramLabel = "LOW,HIGH",
            description = "The lowest and highest values every metric can take, such as 0,100: limits are drawn and "
                    + "explained inside them (the CSV and JSON keep the limits as computed too). Leave a side "
                    + "blank for the bound the unit and chart imply (0 to 100 for %%, 0 below for counts and "
                    + "rates), or write none for no bound. The settings' lower_bound and upper_bound set them "
                    + "per metric.")
    void bounds(String text) {
        int comma = text.indexOf(',');
        if (comma < 0 || text.indexOf(',', comma + 1) >= 0) {
            throw new ParameterException(spec.commandLine(), "--bounds: give two bounds separated by a comma, such as "
                    + "0,100 or 0, (a blank side is as implied, none is no bound), not '" + text + "'");
        }
        double lower = bound(text.substring(0, comma).trim(), Double.NEGATIVE_INFINITY);
        double upper = bound(text.substring(comma + 1).trim(), Double.POSITIVE_INFINITY);
        if (lower >= upper) {
            throw new ParameterException(spec.commandLine(), "--bounds: the lower bound must be below the upper "
                    + "bound, not '" + text + "'");
        }
        bounds = new Bounds(lower, upper);
    }

    private double bound(String side, double none) {
        if (side.isEmpty()) {
            return Bounds.NOT_GIVEN;
        }
        if (side.equalsIgnoreCase("none")) {
            return none;
        }
        try {
            double x = Double.parseDouble(side);
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ParameterException(spec.commandLine(), "--bounds: '" + side + "' is not a number; write a plain "
                + "number such as 0 or 100, none, or leave the side blank");
    }

    @Option(names = "--missing", paramLabel = "MARKER", split = ",",
            description = "Cell texts that mean a missing value (a gap), besides a blank cell and NA; "
                    + "for example --missing=-,#N/A")
    List<String> missing = new ArrayList<>();

    /** True when the data come from standard input. */
    boolean isStdin() {
        return STDIN.equals(file);
    }

    /** The input file, or null for standard input. */
    Path path() {
        return isStdin() ? null : Paths.get(file);
    }

    /**
     * Reads the export, each metric as its chart needs it.
     *
     * @param chartFor the chart of each metric
     * @param charts every chart in use
     */
    Export read(Terminal terminal, Function<String, ChartType> chartFor, Collection<ChartType> charts,
            MetricChoice choice, java.util.function.LongConsumer progress) {
        if (headerRow != null && headerRow < 1) {
            throw new ParameterException(spec.commandLine(), "--header-row counts rows from 1, not " + headerRow);
        }
        ReadOptions options = ReadOptions.defaults()
                .layout(layout).headerRow(headerRow == null ? 0 : headerRow).optionNames("--layout", "--header-row")
                .sheet(sheet).sheetOptionName("--sheet")
                .choose(choice, choice.why()).progress(progress)
                .metricColumn(metricColumn).dateColumn(dateColumn).sequence(x == XAxis.sequence).valueColumn(valueColumn)
                .numeratorColumn(numeratorColumn).denominatorColumn(denominatorColumn).sdColumn(sdColumn)
                .subgroupColumn(subgroupColumn).chartFor(chartFor, charts)
                .targetColumn(targetColumn).rebaseColumn(rebaseColumn).ghostColumn(ghostColumn)
                .annotationColumn(annotationColumn).dateFormat(dateFormat).missing(missing)
                .missingOptionName("--missing")
                .chartChoice(chart -> "use " + SpecOptions.optionOf(Parameter.CHART) + " " + chart.id());
        Export export = isStdin() ? ExportReader.read(terminal.in(), "standard input", options)
                : ExportReader.read(path(), options);
        choice.checkEveryNameMatched(export.source());
        return export;
    }

    Settings settings() {
        return settings == null ? Settings.none() : Settings.read(settings, dateFormat);
    }
}
