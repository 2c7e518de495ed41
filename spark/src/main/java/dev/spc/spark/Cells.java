package dev.spc.spark;

import dev.spc.io.CsvWriter;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The two crossings between Spark's typed cells and spc-io's: a data row's cells as the text a CSV file would
 * hold (so that spc-io reads them by the command line's rules), and the cells of spc-io's tables of points and
 * summaries as Spark values (so that the tables keep their columns, types and values).
 */
final class Cells {
    private Cells() {
    }

    /**
     * A cell as the text a CSV export would hold: numbers in plain notation with every digit of the double
     * (so that reading the text gives the same double), dates as ISO dates, a missing cell empty.
     */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return d.isNaN() ? "" : CsvWriter.number(d);
        }
        if (v instanceof Float f) {
            // A float's shortest decimal: the value a person typed (74.2f is 74.2, not 74.19999694824219).
            return f.isNaN() ? "" : f.isInfinite() ? f.toString() : new BigDecimal(Float.toString(f)).toPlainString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate().toString();
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate().toString();
        }
        return v.toString();
    }

    /** The Spark schema of a table's columns: doubles, whole numbers, dates, flags and text, each nullable. */
    static StructType schema(Table table) {
        List<StructField> fields = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), typeOf(c), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType typeOf(Column<?> c) {
        if (c instanceof DoubleColumn) {
            return DataTypes.DoubleType;
        }
        if (c instanceof IntColumn) {
            return DataTypes.IntegerType;
        }
        if (c instanceof DateColumn) {
            return DataTypes.DateType;
        }
        if (c instanceof BooleanColumn) {
            return DataTypes.BooleanType;
        }
        return DataTypes.StringType;
    }

    /**
     * A table's row as Spark values, from {@code at} in {@code values}: a missing cell (a line that does not
     * exist) null, dates as {@link LocalDate} or, when Spark's Java 8 time API is off, {@link java.sql.Date}.
     */
    static void values(Table table, int row, Object[] values, int at, boolean java8Dates) {
        List<Column<?>> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column<?> col = columns.get(c);
            Object v;
            if (col.isMissing(row)) {
                v = col instanceof DoubleColumn || col instanceof IntColumn || col instanceof DateColumn
                        || col instanceof BooleanColumn ? null : "";
            } else if (col instanceof DateColumn d) {
                LocalDate date = d.get(row);
                v = java8Dates ? date : java.sql.Date.valueOf(date);
            } else if (col instanceof DoubleColumn d) {
                v = d.getDouble(row);
            } else if (col instanceof IntColumn i) {
                v = i.getInt(row);
            } else if (col instanceof BooleanColumn b) {
                v = b.get(row);
            } else {
                v = col.getString(row);
            }
            values[at + c] = v;
        }
    }

    /**
     * Rows of Spark values back into a table of the given columns (the empty table of spc-io's that made the
     * schema), so that spc-io's CSV writer writes them as the command line does.
     */
    static Table table(Table empty, List<org.apache.spark.sql.Row> rows) {
        Table t = empty.emptyCopy();
        List<Column<?>> columns = t.columns();
        for (org.apache.spark.sql.Row r : rows) {
            for (int c = 0; c < columns.size(); c++) {
                Column<?> col = columns.get(c);
                Object v = r.get(c);
                if (v == null) {
                    col.appendMissing();
                } else if (col instanceof DateColumn d) {
                    d.append(v instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) v);
                } else if (col instanceof DoubleColumn d) {
                    d.append((double) (Double) v);
                } else if (col instanceof IntColumn i) {
                    i.append((int) (Integer) v);
                } else if (col instanceof BooleanColumn b) {
                    b.append((boolean) (Boolean) v);
                } else {
                    ((tech.tablesaw.api.StringColumn) col).append((String) v);
                }
            }
        }
        return t;
    }
}
