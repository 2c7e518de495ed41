package dev.spc.io;

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

    private DataException(String source, int row, String column, String problem, String hint, Throwable cause) {
        super(compose(source, row, column, problem, hint), cause);
        this.source = source;
        this.row = row;
        this.column = column;
        this.problem = problem;
        this.hint = hint;
    }

    /** A problem with one cell. */
    public static DataException atCell(String source, int row, String column, String problem, String hint) {
        return new DataException(source, row, column, problem, hint, null);
    }

    /** A problem with a whole column (a missing one, or one that cannot be read as a whole). */
    public static DataException atColumn(String source, String column, String problem, String hint) {
        return new DataException(source, 0, column, problem, hint, null);
    }

    /** A problem with a file as a whole. */
    public static DataException atFile(String source, String problem, String hint) {
        return new DataException(source, 0, null, problem, hint, null);
    }

    /** A problem with a file as a whole, caused by a lower-level failure. */
    public static DataException atFile(String source, String problem, String hint, Throwable cause) {
        return new DataException(source, 0, null, problem, hint, cause);
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
