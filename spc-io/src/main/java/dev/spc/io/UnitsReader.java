package dev.spc.io;

import dev.spc.core.funnel.FunnelType;
import dev.spc.core.funnel.Unit;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the units of funnel plots: one row per unit (and metric) at one point in time, a CSV file or an Excel
 * workbook's sheet, its first row the column names. Columns are found by name, ignoring case, unless named:
 * <ul>
 *   <li>the unit: {@code unit}, {@code provider}, {@code organisation}, {@code organization}, {@code site},
 *       {@code ward}, {@code trust} or {@code hospital};
 *   <li>{@code numerator} and {@code denominator}: proportions; {@code observed} and {@code expected}:
 *       indirectly standardised ratios; {@code numerator} (or {@code count}) and {@code exposure}: rates.
 *       The type follows the columns unless it is given;
 *   <li>{@code metric}, optional: one funnel per metric, in the order they first appear (absent: one funnel
 *       named after the file).
 * </ul>
 * Every cell of a unit must hold a number (a denominator above zero); a blank row is skipped, and any other
 * problem stops the reading with its row and column named.
 */
public final class UnitsReader {
    private static final List<String> UNIT_NAMES = List.of("unit", "provider", "organisation", "organization",
            "site", "ward", "trust", "hospital");
    private static final List<String> METRIC_NAMES = List.of("metric", "measure", "indicator");

    private UnitsReader() {
    }

    /**
     * Column names given by the user (null: found by the usual names) and the data type (null: from the columns).
     *
     * @param metric the metric column
     * @param unit the unit column
     * @param numerator the numerator (or observed count) column
     * @param denominator the denominator (expected count, exposure) column
     * @param type the data type, or null to read it from the column names
     * @param sheet the sheet of a workbook, by name or number, or null for the first
     */
    public record Options(String metric, String unit, String numerator, String denominator, FunnelType type,
            String sheet) {
        /** Every column found by its usual names, the type from them. */
        public static final Options DEFAULTS = new Options(null, null, null, null, null, null);
    }

    /** One metric's units, in the order of the file, with the row each came from (the header is row 1). */
    public record MetricUnits(String metric, List<Unit> units, int[] rows) {
        public MetricUnits {
            Objects.requireNonNull(metric);
            units = List.copyOf(units);
        }
    }

    /**
     * What was read.
     *
     * @param source the file (or "standard input"), as messages name it
     * @param type the data type, as given or as the columns say
     * @param metrics the metrics' units, in the order they first appear
     * @param numeratorColumn the column the numerators came from, as the file names it
     * @param denominatorColumn the column the denominators came from
     */
    public record Units(String source, FunnelType type, List<MetricUnits> metrics, String numeratorColumn,
            String denominatorColumn) {
    }

    /** Reads a file: CSV text, or an Excel workbook. */
    public static Units read(Path file, Options options) {
        String stem = file.getFileName() == null ? "units" : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        TextInput in = TextInput.open(file, null);
        if (in.sniffed().kind() == TextInput.Kind.WORKBOOK) {
            in.close();
            try (Workbook book = Workbook.open(file, file.toString())) {
                Workbook.Sheet sheet = book.choose(options.sheet(), "--sheet");
                try (RowSource rows = book.rows(sheet)) {
                    return read(rows, file + " (sheet " + sheet.named() + ")", stem, options);
                }
            }
        }
        return readText(in, stem, options);
    }

    /** Reads CSV text from a stream (a workbook must come as a file). */
    public static Units read(InputStream stream, String source, Options options) {
        TextInput in = TextInput.open(stream, source, null);
        if (in.sniffed().kind() == TextInput.Kind.WORKBOOK) {
            in.close();
            throw DataException.atFile(source, "a workbook cannot be read from standard input for a funnel plot",
                    "Give the workbook's path, or save the sheet as CSV");
        }
        return readText(in, "units", options);
    }

    private static Units readText(TextInput in, String stem, Options options) {
        char separator = CsvRows.separatorOf(in.sniffed().head());
        try (CsvRows rows = new CsvRows(in, separator)) {
            return read(rows, in.source(), stem, options);
        } catch (CsvRows.NotDecodable e) {
            throw DataException.atCell(in.source(), e.line, null, "the text is not " + in.sniffed().charset().name()
                    + " here", "Save the file as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8)");
        } finally {
            in.close();
        }
    }

    static Units read(RowSource rows, String source, String stem, Options options) {
        String[] header = rows.next();
        while (header != null && Framing.blank(header)) {
            header = rows.next();
        }
        if (header == null) {
            throw DataException.atFile(source, "the file is empty", "Give a file with a header row and one row per unit");
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            byName.putIfAbsent(header[c].trim().toLowerCase(Locale.ROOT), c);
        }
        int metric = find(byName, header, options.metric(), METRIC_NAMES, false, source, "--metric-column");
        int unit = find(byName, header, options.unit(), UNIT_NAMES, true, source, "--unit-column");
        FunnelType type = options.type();
        int numerator;
        int denominator;
        if (options.numerator() != null || options.denominator() != null) {
            numerator = find(byName, header, options.numerator(), List.of("numerator", "observed", "count"), true,
                    source, "--numerator-column");
            denominator = find(byName, header, options.denominator(), List.of("denominator", "expected", "exposure"),
                    true, source, "--denominator-column");
        } else if (byName.containsKey("observed") && byName.containsKey("expected")) {
            numerator = byName.get("observed");
            denominator = byName.get("expected");
            type = type == null ? FunnelType.RATIO : type;
        } else if (byName.containsKey("exposure")) {
            numerator = find(byName, header, null, List.of("numerator", "count", "events", "observed"), true, source,
                    "--numerator-column");
            denominator = byName.get("exposure");
            type = type == null ? FunnelType.RATE : type;
        } else if (byName.containsKey("numerator") && byName.containsKey("denominator")) {
            numerator = byName.get("numerator");
            denominator = byName.get("denominator");
        } else {
            throw DataException.atFile(source, "no columns of counts were found among " + String.join(", ", header),
                    "Give numerator and denominator (proportions), observed and expected (standardised ratios) or "
                            + "numerator and exposure (rates), or name them with --numerator-column and "
                            + "--denominator-column");
        }
        if (type == null) {
            type = FunnelType.PROPORTION;
        }
        Map<String, List<Unit>> units = new LinkedHashMap<>();
        Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        String numeratorName = header[numerator];
        String denominatorName = header[denominator];
        String[] row;
        while ((row = rows.next()) != null) {
            if (Framing.blank(row)) {
                continue;
            }
            int line = rows.line();
            String m = metric < 0 ? stem : cell(row, metric);
            String name = cell(row, unit);
            if (name.isEmpty()) {
                throw DataException.atCell(source, line, header[unit], "the unit's name is blank",
                        "Name every unit, or remove the row");
            }
            if (metric >= 0 && m.isEmpty()) {
                throw DataException.atCell(source, line, header[metric], "the metric's name is blank",
                        "Name the metric of every row, or remove the row");
            }
            double o = number(row, numerator, numeratorName, source, line);
            double d = number(row, denominator, denominatorName, source, line);
            if (o < 0) {
                throw DataException.atCell(source, line, numeratorName, "the count " + cell(row, numerator)
                        + " is below zero", "Give a count of zero or more");
            }
            if (!(d > 0)) {
                throw DataException.atCell(source, line, denominatorName, "the " + denominatorName + " "
                        + cell(row, denominator) + " is not above zero",
                        "A unit needs a denominator above zero; remove units with none");
            }
            if (type == FunnelType.PROPORTION && o > d) {
                throw DataException.atCell(source, line, numeratorName, "the numerator " + cell(row, numerator)
                        + " is above the denominator " + cell(row, denominator) + ", which a proportion cannot be",
                        "Check the row, or give --type rate if these are counts over an exposure");
            }
            Integer before = seen.computeIfAbsent(m, k -> new HashMap<>()).putIfAbsent(name, line);
            if (before != null) {
                throw DataException.atCell(source, line, header[unit], "the unit '" + name + "' appears again (first "
                        + "on row " + before + ")" + (metric < 0 ? "" : " for the metric '" + m + "'"),
                        "Give each unit one row per metric");
            }
            units.computeIfAbsent(m, k -> new ArrayList<>()).add(new Unit(name, o, d));
            rowsOf.computeIfAbsent(m, k -> new ArrayList<>()).add(line);
        }
        if (units.isEmpty()) {
            throw DataException.atFile(source, "there are no units after the header", "Give one row per unit");
        }
        List<MetricUnits> metrics = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> e : units.entrySet()) {
            metrics.add(new MetricUnits(e.getKey(), e.getValue(),
                    rowsOf.get(e.getKey()).stream().mapToInt(Integer::intValue).toArray()));
        }
        return new Units(source, type, metrics, numeratorName, denominatorName);
    }

    private static String cell(String[] row, int c) {
        return c < row.length && row[c] != null ? row[c].trim() : "";
    }

    private static double number(String[] row, int c, String column, String source, int line) {
        String text = cell(row, c);
        if (text.isEmpty()) {
            throw DataException.atCell(source, line, column, "the cell is blank",
                    "Give every unit both counts, or remove the row");
        }
        return Cells.number(text, source, line, column, "--missing");
    }

    private static int find(Map<String, Integer> byName, String[] header, String given, List<String> usual,
            boolean required, String source, String option) {
        if (given != null) {
            Integer c = byName.get(given.trim().toLowerCase(Locale.ROOT));
            if (c == null) {
                throw DataException.atColumn(source, given, "there is no such column; the columns are "
                        + String.join(", ", header), "Give one of them to " + option);
            }
            return c;
        }
        for (String name : usual) {
            Integer c = byName.get(name);
            if (c != null) {
                return c;
            }
        }
        if (required) {
            throw DataException.atFile(source, "no column names the units (" + String.join(", ", usual) + ")",
                    "Add one, or name it with " + option);
        }
        return -1;
    }
}
