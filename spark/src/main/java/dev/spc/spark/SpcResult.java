package dev.spc.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;

/**
 * What a Spark job of spc makes: the points, the summaries and the problems, each a {@link Dataset} in the
 * command line's columns. The three are views of one computation, which runs once for each action on them:
 * {@link #persist()} it first when more than one is used.
 */
public final class SpcResult {
    private final Dataset<Row> union;
    private final List<String> notices;

    SpcResult(Dataset<Row> union, List<String> notices) {
        this.union = union;
        this.notices = List.copyOf(notices);
    }

    /**
     * One row per point, in the columns of {@code spc analyse}: {@code metric,date,value,centre,lower_limit,
     * upper_limit,point,rules,phase,lower_two_sigma,upper_two_sigma,sigma,ghost,gap,target,annotation}, then
     * {@code numerator,denominator,subgroup_size} (null where a metric's points have none). Lines that do not
     * exist are null. Unordered; each metric's points carry their date.
     */
    public Dataset<Row> points() {
        return union.filter(col(Union.KIND).equalTo(Union.POINT)).select(Union.columns("p_", Union.POINT_SCHEMA));
    }

    /**
     * One row per metric, in the columns of {@code spc summary}: {@code metric,points,latest_date,latest_value,
     * centre,lower_limit,upper_limit,target,variation,assurance,direction,chart,phases,latest_point,
     * latest_rules,explanation,useful_points,longest_run,longest_run_limit,crossings,crossings_minimum}.
     */
    public Dataset<Row> summaries() {
        return union.filter(col(Union.KIND).equalTo(Union.SUMMARY))
                .select(Union.columns("s_", Union.SUMMARY_SCHEMA));
    }

    /**
     * One row per metric that could not be analysed: {@code metric,row,column,value,message}, where the row
     * is the identity of the row the command line would have refused (or, for a metric with more rows than
     * a task may hold, of its first row), the column and cell are the refused ones (null when the problem is
     * not one cell's), and the message says what is wrong and what would fix it. Such a metric has no points
     * and no summary.
     */
    public Dataset<Row> problems() {
        return union.filter(col(Union.KIND).equalTo(Union.PROBLEM))
                .select(Union.columns("q_", Union.PROBLEM_SCHEMA));
    }

    /** Notices about how the data were read (such as dates read day-first), as the command line prints them. */
    public List<String> notices() {
        return notices;
    }

    /** Keeps the computation (in memory, spilling to disk) so that the three datasets share one run. */
    public SpcResult persist() {
        union.persist(StorageLevel.MEMORY_AND_DISK());
        return this;
    }

    /** Lets the kept computation go. */
    public void unpersist() {
        union.unpersist();
    }

    /** Every row made, of the three kinds, with their order (for the launcher's ordered output). */
    Dataset<Row> union() {
        return union;
    }
}
