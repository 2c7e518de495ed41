package dev.spc.io;

import dev.spc.core.spec.ChartType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How to read a long CSV export: which columns hold what (null: find by the usual names, ignoring case),
 * the date format (null: detect), and which cell texts mean "missing" besides a blank cell and NA.
 */
public final class ReadOptions {
    private String metricColumn;
    private String dateColumn;
    private String valueColumn;
    private String targetColumn;
    private String rebaseColumn;
    private String ghostColumn;
    private String annotationColumn;
    private String numeratorColumn;
    private String denominatorColumn;
    private String sdColumn;
    private String subgroupColumn;
    private Function<String, ChartType> chartFor = metric -> ChartType.XMR;
    private Set<ChartType> chartsUsed = EnumSet.of(ChartType.XMR);
    private String dateFormat;
    private boolean sequence;
    private final Set<String> missing = new LinkedHashSet<>(List.of("", "NA"));
    private String missingOptionName = "--missing";
    private Function<ChartType, String> chartChoice = chart -> "use the " + chart.title() + " (" + chart.id() + ")";
    private Layout layout;
    private int headerRow;
    private Predicate<String> chosen = metric -> true;
    private String notChosenWhy = "not chosen";
    private String layoutOptionName = "the layout";
    private String headerRowOptionName = "the header row";
    private String sheetOptionName = "the sheet option";
    private String sheet;
    private java.util.function.LongConsumer progress = rows -> { };

    private ReadOptions() {
    }

    /** The usual columns, dates detected, blank and NA missing. */
    public static ReadOptions defaults() {
        return new ReadOptions();
    }

    public ReadOptions metricColumn(String name) {
        this.metricColumn = name;
        return this;
    }

    public ReadOptions dateColumn(String name) {
        this.dateColumn = name;
        return this;
    }

    public ReadOptions valueColumn(String name) {
        this.valueColumn = name;
        return this;
    }

    public ReadOptions targetColumn(String name) {
        this.targetColumn = name;
        return this;
    }

    public ReadOptions rebaseColumn(String name) {
        this.rebaseColumn = name;
        return this;
    }

    public ReadOptions ghostColumn(String name) {
        this.ghostColumn = name;
        return this;
    }

    public ReadOptions annotationColumn(String name) {
        this.annotationColumn = name;
        return this;
    }

    public ReadOptions numeratorColumn(String name) {
        this.numeratorColumn = name;
        return this;
    }

    public ReadOptions denominatorColumn(String name) {
        this.denominatorColumn = name;
        return this;
    }

    /** The column of subgroup standard deviations, for subgroup summaries. */
    public ReadOptions sdColumn(String name) {
        this.sdColumn = name;
        return this;
    }

    /** The column of subgroup sizes, for subgroup summaries. */
    public ReadOptions subgroupColumn(String name) {
        this.subgroupColumn = name;
        return this;
    }

    /**
     * The chart each metric is to be drawn as (default: XmR for all), which decides how rows become points:
     * several rows of a date form a subgroup only for subgroup charts (or {@code auto}), and rows with no
     * value are events only for G and T charts (or {@code auto}).
     *
     * @param chartFor the chart of each metric
     * @param used every chart the function may give (to decide about the columns before reading)
     */
    public ReadOptions chartFor(Function<String, ChartType> chartFor, Collection<ChartType> used) {
        this.chartFor = Objects.requireNonNull(chartFor);
        this.chartsUsed = used.isEmpty() ? EnumSet.noneOf(ChartType.class) : EnumSet.copyOf(used);
        return this;
    }

    /** The same chart for every metric. */
    public ReadOptions chart(ChartType chart) {
        return chartFor(metric -> chart, List.of(chart));
    }

    /**
     * Points plotted against their sequence rather than their dates: numbered by the index column when there
     * is one (or the column {@link #dateColumn} names), otherwise 1, 2, 3... in date order. Without it, an
     * index column is read only when there is no date column.
     */
    public ReadOptions sequence(boolean value) {
        this.sequence = value;
        return this;
    }

    /** A {@link java.time.format.DateTimeFormatter} pattern such as {@code dd.MM.yy}, or null to detect. */
    public ReadOptions dateFormat(String pattern) {
        if (pattern != null) {
            DateReader.checkPattern(pattern);
        }
        this.dateFormat = pattern;
        return this;
    }

    /** Adds cell texts (compared after trimming) that mean a missing value, such as "-" or "#N/A". */
    public ReadOptions missing(List<String> markers) {
        for (String m : markers) {
            missing.add(m.trim());
        }
        return this;
    }

    /** The option name to suggest in messages for declaring missing markers. */
    public ReadOptions missingOptionName(String name) {
        this.missingOptionName = name;
        return this;
    }

    /**
     * How to tell the person who made the data to choose another chart, in the caller's words: a command
     * line names its option ({@code chart -> "use --chart " + chart.id()}). By default the chart's name.
     */
    public ReadOptions chartChoice(Function<ChartType, String> words) {
        this.chartChoice = Objects.requireNonNull(words);
        return this;
    }

    /** The layout of the export, or null (the default) to find it from the header. */
    public ReadOptions layout(Layout given) {
        this.layout = given;
        return this;
    }

    /**
     * The row the column names are on, as a spreadsheet numbers it (1 for the first), or 0 (the default) to
     * find it below any title block.
     */
    public ReadOptions headerRow(int row) {
        if (row < 0) {
            throw new IllegalArgumentException("the header row is counted from 1 (0 to find it), not " + row);
        }
        this.headerRow = row;
        return this;
    }

    /**
     * The sheet of an Excel workbook to read, by name (any case) or number (from 1), or null (the default)
     * for the first sheet that holds a table.
     */
    public ReadOptions sheet(String nameOrNumber) {
        this.sheet = nameOrNumber;
        return this;
    }

    /**
     * Which metrics to read: the rows of the others are left out (and counted in a notice that gives the
     * reason, such as "not named by --metric").
     */
    public ReadOptions choose(Predicate<String> metrics, String why) {
        this.chosen = Objects.requireNonNull(metrics);
        this.notChosenWhy = Objects.requireNonNull(why);
        return this;
    }

    /**
     * How messages name the options of layout and header row, such as "--layout" and "--header-row" (by
     * default in words).
     */
    public ReadOptions optionNames(String layoutOption, String headerRowOption) {
        this.layoutOptionName = layoutOption;
        this.headerRowOptionName = headerRowOption;
        return this;
    }

    /** How messages name the option that chooses a workbook's sheet, such as "--sheet" (by default in words). */
    public ReadOptions sheetOptionName(String sheetOption) {
        this.sheetOptionName = Objects.requireNonNull(sheetOption);
        return this;
    }

    /**
     * Told the number of rows read so far, every 65,536 rows, so that a long read can show its progress.
     */
    public ReadOptions progress(java.util.function.LongConsumer rowsRead) {
        this.progress = Objects.requireNonNull(rowsRead);
        return this;
    }

    java.util.function.LongConsumer progress() {
        return progress;
    }

    Layout layout() {
        return layout;
    }

    int headerRow() {
        return headerRow;
    }

    boolean chosen(String metric) {
        return chosen.test(metric);
    }

    String notChosenWhy() {
        return notChosenWhy;
    }

    String layoutOptionName() {
        return layoutOptionName;
    }

    String headerRowOptionName() {
        return headerRowOptionName;
    }

    String sheet() {
        return sheet;
    }

    String sheetOptionName() {
        return sheetOptionName;
    }

    Function<ChartType, String> chartChoice() {
        return chartChoice;
    }

    String metricColumn() {
        return metricColumn;
    }

    String dateColumn() {
        return dateColumn;
    }

    boolean sequence() {
        return sequence;
    }

    String valueColumn() {
        return valueColumn;
    }

    String targetColumn() {
        return targetColumn;
    }

    String rebaseColumn() {
        return rebaseColumn;
    }

    String ghostColumn() {
        return ghostColumn;
    }

    String annotationColumn() {
        return annotationColumn;
    }

    String numeratorColumn() {
        return numeratorColumn;
    }

    String denominatorColumn() {
        return denominatorColumn;
    }

    String sdColumn() {
        return sdColumn;
    }

    String subgroupColumn() {
        return subgroupColumn;
    }

    ChartType chartFor(String metric) {
        return chartFor.apply(metric);
    }

    Set<ChartType> chartsUsed() {
        return chartsUsed;
    }

    String dateFormat() {
        return dateFormat;
    }

    Set<String> missing() {
        return missing;
    }

    String missingOptionName() {
        return missingOptionName;
    }
}
