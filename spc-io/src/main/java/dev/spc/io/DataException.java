package dev.spc.io;

import dev.spc.core.series.InputProblem;
import java.util.Optional;

/**
 * Input that cannot be used, with where it is and what would fix it. The message reads
 * {@code FILE, row R, column 'C': PROBLEM. HINT} with the parts that are known.
 *
 * <p>Rows count as a spreadsheet shows them: the header is row 1, the first data row is row 2.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int row;
    private final String column;
    private final String problem;
    private final String hint;
    private final transient InputProblem inputProblem;

    private DataException(String source, int row, String column, String problem, String hint, Throwable cause,
            InputProblem inputProblem) {
        super(compose(source, row, column, problem, hint), cause);
        this.source = source;
        this.row = row;
        this.column = column;
        this.problem = problem;
        this.hint = hint;
        this.inputProblem = inputProblem;
    }

    /** A problem with one cell. */
    public static DataException atCell(String source, int row, String column, String problem, String hint) {
        return new DataException(source, row, column, problem, hint, null, null);
    }

    /** A problem with a whole column (a missing one, or one that cannot be read as a whole). */
    public static DataException atColumn(String source, String column, String problem, String hint) {
        return new DataException(source, 0, column, problem, hint, null, null);
    }

    /** A problem with a file as a whole. */
    public static DataException atFile(String source, String problem, String hint) {
        return new DataException(source, 0, null, problem, hint, null, null);
    }

    /** A problem with a file as a whole, caused by a lower-level failure. */
    public static DataException atFile(String source, String problem, String hint, Throwable cause) {
        return new DataException(source, 0, null, problem, hint, cause, null);
    }

    /** This exception, carrying the problem the analysis found with the point the row made. */
    DataException withProblem(InputProblem p) {
        return new DataException(source, row, column, problem, hint, getCause(), p);
    }

    /**
     * The problem the analysis found with the point this row made, as data (the point, the field, the value
     * and the remedy), when the refusal came from the chart rather than from reading the cell.
     */
    public Optional<InputProblem> inputProblem() {
        return Optional.ofNullable(inputProblem);
    }

    /** The file (or "standard input") the problem is in. */
    public String source() {
        return source;
    }

    /** The row (header = 1), or 0 when the problem is not in one row. */
    public int row() {
        return row;
    }

    /** The column's name, or null. */
    public String column() {
        return column;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }

    /** What would fix it, or null. */
    public String hint() {
        return hint;
    }

    private static String compose(String source, int row, String column, String problem, String hint) {
        StringBuilder sb = new StringBuilder(source);
        if (row > 0) {
            sb.append(", row ").append(row);
        }
        if (column != null) {
            sb.append(", column '").append(column).append('\'');
        }
        sb.append(": ").append(problem);
        if (hint != null && !hint.isEmpty()) {
            sb.append(". ").append(hint);
        }
        return sb.toString();
    }
}
