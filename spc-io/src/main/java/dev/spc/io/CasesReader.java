package dev.spc.io;

import dev.spc.core.riskadjusted.Case;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads case-level outcomes for risk-adjusted charts: one row per case (a patient, an operation), CSV or an
 * Excel sheet, its first row the column names. Columns, found by name ignoring case: {@code date}, the
 * outcome ({@code outcome}, {@code died}, {@code death} or {@code event}: 1 for the adverse outcome, 0
 * otherwise; yes/no and true/false read too), the predicted risk ({@code risk}, {@code predicted_risk},
 * {@code expected} or {@code probability}: a probability, or a percentage such as {@code 12%}), and optionally
 * {@code metric}. Cases are kept in the file's order within each metric (which must be date order); several
 * may share a date. Dates are read in any of the formats of {@link DateReader}.
 */
public final class CasesReader {
    private static final List<String> OUTCOME_NAMES = List.of("outcome", "died", "death", "event", "dead");
    private static final List<String> RISK_NAMES = List.of("risk", "predicted_risk", "predicted", "expected",
            "probability");

    private CasesReader() {
    }

    /** One metric's cases, with the rows they came from (the header is row 1). */
    public record MetricCases(String metric, List<Case> cases, int[] rows) {
        public MetricCases {
            cases = List.copyOf(cases);
        }
    }

    /** Reads a file (CSV or a workbook's first sheet). */
    public static List<MetricCases> read(Path file, String datePattern, Consumer<String> notices) {
        String stem = file.getFileName() == null ? "cases" : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        TextInput in = TextInput.open(file, null);
        if (in.sniffed().kind() == TextInput.Kind.WORKBOOK) {
            in.close();
            try (Workbook book = Workbook.open(file, file.toString())) {
                Workbook.Sheet sheet = book.choose(null, "--sheet");
                try (RowSource rows = book.rows(sheet)) {
                    return read(rows, file + " (sheet " + sheet.named() + ")", stem, datePattern, notices);
                }
            }
        }
        return readText(in, stem, datePattern, notices);
    }

    /** Reads CSV text from a stream. */
    public static List<MetricCases> read(InputStream stream, String source, String datePattern, Consumer<String> notices) {
        TextInput in = TextInput.open(stream, source, null);
        if (in.sniffed().kind() == TextInput.Kind.WORKBOOK) {
            in.close();
            throw DataException.atFile(source, "a workbook cannot be read from standard input for cases",
                    "Give the workbook's path, or save the sheet as CSV");
        }
        return readText(in, "cases", datePattern, notices);
    }

    private static List<MetricCases> readText(TextInput in, String stem, String datePattern, Consumer<String> notices) {
        try (CsvRows rows = new CsvRows(in, CsvRows.separatorOf(in.sniffed().head()))) {
            return read(rows, in.source(), stem, datePattern, notices);
        } finally {
            in.close();
        }
    }

    static List<MetricCases> read(RowSource rows, String source, String stem, String datePattern,
            Consumer<String> notices) {
        String[] header = rows.next();
        while (header != null && Framing.blank(header)) {
            header = rows.next();
        }
        if (header == null) {
            throw DataException.atFile(source, "the file is empty", "Give a header row and one row per case");
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            byName.putIfAbsent(header[c].trim().toLowerCase(Locale.ROOT), c);
        }
        Integer metric = byName.get("metric");
        int date = find(byName, List.of("date"), header, source, "a date column");
        int outcome = find(byName, OUTCOME_NAMES, header, source, "an outcome column (outcome: 1 for the adverse outcome, 0 otherwise)");
        int risk = find(byName, RISK_NAMES, header, source, "a risk column (risk: the predicted probability)");
        List<String[]> kept = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, Integer> dates = new LinkedHashMap<>();
        String[] row;
        while ((row = rows.next()) != null) {
            if (Framing.blank(row)) {
                continue;
            }
            int line = rows.line();
            String d = cell(row, date);
            if (d.isEmpty()) {
                throw DataException.atCell(source, line, header[date], "the date is blank", "Give every case its date");
            }
            dates.putIfAbsent(d, line);
            kept.add(row);
            lines.add(line);
        }
        if (kept.isEmpty()) {
            throw DataException.atFile(source, "there are no cases after the header", "Give one row per case");
        }
        DateReader reader = DateReader.of(dates, datePattern, source, header[date]);
        if (reader.notice() != null) {
            notices.accept(reader.notice());
        }
        Map<String, List<Case>> byMetric = new LinkedHashMap<>();
        Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
        for (int k = 0; k < kept.size(); k++) {
            String[] r = kept.get(k);
            int line = lines.get(k);
            String m = metric == null ? stem : cell(r, metric);
            LocalDate day = reader.date(cell(r, date));
            int y = outcome(cell(r, outcome), source, line, header[outcome]);
            double p = risk(cell(r, risk), source, line, header[risk]);
            List<Case> list = byMetric.computeIfAbsent(m, x -> new ArrayList<>());
            if (!list.isEmpty() && day.isBefore(list.get(list.size() - 1).date())) {
                throw DataException.atCell(source, line, header[date], "the date " + cell(r, date) + " comes before "
                        + "the case on the row above it (" + list.get(list.size() - 1).date() + ")",
                        "Sort the cases by date: a CUSUM takes them in order");
            }
            list.add(new Case(day, y, p));
            rowsOf.computeIfAbsent(m, x -> new ArrayList<>()).add(line);
        }
        List<MetricCases> out = new ArrayList<>();
        for (Map.Entry<String, List<Case>> e : byMetric.entrySet()) {
            out.add(new MetricCases(e.getKey(), e.getValue(),
                    rowsOf.get(e.getKey()).stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    private static int outcome(String text, String source, int line, String column) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "yes", "y", "true", "died", "dead" -> {
                return 1;
            }
            case "0", "no", "n", "false", "alive", "survived" -> {
                return 0;
            }
            default -> throw DataException.atCell(source, line, column, "the outcome '" + text + "' is neither 1 nor 0",
                    "Give 1 for the adverse outcome (a death) and 0 otherwise");
        }
    }

    private static double risk(String text, String source, int line, String column) {
        if (text.isEmpty()) {
            throw DataException.atCell(source, line, column, "the risk is blank", "Give every case its predicted risk");
        }
        boolean percent = text.endsWith("%");
        double p = Cells.number(percent ? text.substring(0, text.length() - 1).trim() : text, source, line, column,
                "--missing");
        if (percent) {
            p /= 100;
        }
        if (!(p > 0 && p < 1)) {
            throw DataException.atCell(source, line, column, "the risk " + text + " is not a probability above 0 and "
                    + "below 1", "Give the predicted risk as a probability such as 0.12 (or 12%)");
        }
        return p;
    }

    private static String cell(String[] row, int c) {
        return c < row.length && row[c] != null ? row[c].trim() : "";
    }

    private static int find(Map<String, Integer> byName, List<String> names, String[] header, String source, String what) {
        for (String n : names) {
            Integer c = byName.get(n);
            if (c != null) {
                return c;
            }
        }
        throw DataException.atFile(source, "there is no " + what.replaceFirst("^an? ", "") + " among "
                + String.join(", ", header), "Add " + what + " (" + String.join(", ", names) + ")");
    }
}
