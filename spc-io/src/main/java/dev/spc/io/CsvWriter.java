package dev.spc.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as CSV (RFC 4180, header first, missing cells empty), as the command line writes its tables:
 * numbers in full double precision and plain notation, dates as ISO dates. (The JSON form of analyses is the
 * spc-analysis document, which {@code AnalysisJson} writes.)
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** Writes the table: its column names as the header, then a line per row. */
    public static void write(Table table, Writer w) throws IOException {
        List<Column<?>> columns = table.columns();
        int width = columns.size();
        for (int c = 0; c < width; c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(quote(columns.get(c).name()));
        }
        w.write('\n');
        int rows = table.rowCount();
        StringBuilder line = new StringBuilder(256);
        for (int r = 0; r < rows; r++) {
            line.setLength(0);
            for (int c = 0; c < width; c++) {
                if (c > 0) {
                    line.append(',');
                }
                Column<?> col = columns.get(c);
                if (col.isMissing(r)) {
                    continue;
                }
                if (col instanceof DoubleColumn d) {
                    line.append(number(d.getDouble(r)));
                } else if (col instanceof IntColumn i) {
                    line.append(i.getInt(r));
                } else if (col instanceof DateColumn d) {
                    line.append(d.get(r));
                } else if (col instanceof BooleanColumn b) {
                    line.append(b.get(r));
                } else {
                    line.append(quote(col.getString(r)));
                }
            }
            line.append('\n');
            w.append(line);
        }
    }

    /** A double in full precision, in plain notation: whole numbers without ".0". */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.indexOf('E') >= 0 ? new BigDecimal(s).toPlainString() : s;
    }

    /** A CSV cell, quoted when it holds a comma, a quote, a line break or edge spaces. */
    public static String quote(String s) {
        boolean needs = !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ');
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
