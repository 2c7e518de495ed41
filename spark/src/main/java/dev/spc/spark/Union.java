package dev.spc.spark;

import dev.spc.io.AnalysisTables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * The rows a metric's task gives back, of three kinds in one schema: a summary, a point or a problem. Each
 * carries where its metric was first met and its place among the metric's points (to put rows in the command
 * line's order), and whether the metric's points have numerators or subgroups (to choose the optional
 * columns as the command line does); then the columns of its kind, each prefixed by the kind.
 */
final class Union {
    static final int SUMMARY = 0;
    static final int POINT = 1;
    static final int PROBLEM = 2;

    static final String KIND = "kind";
    static final String ORDER = "metric_order";
    static final String SEQ = "point_order";
    static final String RATIOS = "has_ratios";
    static final String SUBGROUPS = "has_subgroups";

    /** spc-io's (empty) table of points with every optional column, and its summary table. */
    static final Table POINTS = AnalysisTables.points(List.of(), true, true);
    static final Table SUMMARIES = AnalysisTables.summary(List.of());
    static final StructType POINT_SCHEMA = Cells.schema(POINTS);
    static final StructType SUMMARY_SCHEMA = Cells.schema(SUMMARIES);
    /** The problems: the metric, the row's identity, the column, the cell's text and what is wrong. */
    static final StructType PROBLEM_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("metric", DataTypes.StringType, true),
            DataTypes.createStructField("row", DataTypes.LongType, true),
            DataTypes.createStructField("column", DataTypes.StringType, true),
            DataTypes.createStructField("value", DataTypes.StringType, true),
            DataTypes.createStructField("message", DataTypes.StringType, false)));

    private static final int PREFIX = 5;
    static final int SUMMARY_AT = PREFIX;
    static final int POINT_AT = SUMMARY_AT + SUMMARY_SCHEMA.size();
    static final int PROBLEM_AT = POINT_AT + POINT_SCHEMA.size();
    static final StructType SCHEMA = schema();

    private Union() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField(KIND, DataTypes.IntegerType, false),
                DataTypes.createStructField(ORDER, DataTypes.LongType, false),
                DataTypes.createStructField(SEQ, DataTypes.LongType, false),
                DataTypes.createStructField(RATIOS, DataTypes.BooleanType, false),
                DataTypes.createStructField(SUBGROUPS, DataTypes.BooleanType, false)));
        prefixed("s_", SUMMARY_SCHEMA, fields);
        prefixed("p_", POINT_SCHEMA, fields);
        prefixed("q_", PROBLEM_SCHEMA, fields);
        return DataTypes.createStructType(fields);
    }

    private static void prefixed(String prefix, StructType schema, List<StructField> into) {
        for (StructField f : schema.fields()) {
            into.add(DataTypes.createStructField(prefix + f.name(), f.dataType(), true));
        }
    }

    /** A row's values with its kind and order set, its kind's columns to fill. */
    static Object[] row(int kind, long order, long seq, boolean ratios, boolean subgroups) {
        Object[] v = new Object[SCHEMA.size()];
        v[0] = kind;
        v[1] = order;
        v[2] = seq;
        v[3] = ratios;
        v[4] = subgroups;
        return v;
    }

    /** A problem row. */
    static Row problem(String metric, long row, String column, String value, String message) {
        Object[] v = row(PROBLEM, row, 0, false, false);
        v[PROBLEM_AT] = metric;
        v[PROBLEM_AT + 1] = row;
        v[PROBLEM_AT + 2] = column;
        v[PROBLEM_AT + 3] = value;
        v[PROBLEM_AT + 4] = message;
        return RowFactory.create(v);
    }

    /** The columns of a kind, named as the kind's own schema names them. */
    static Column[] columns(String prefix, StructType schema) {
        Column[] columns = new Column[schema.size()];
        for (int i = 0; i < columns.length; i++) {
            String name = schema.fields()[i].name();
            columns[i] = org.apache.spark.sql.functions.col(prefix + name).as(name);
        }
        return columns;
    }
}
