package dev.spc.io;

/**
 * The columns of an export by what they hold: each role's index in the header row, or -1 when the export
 * has no such column. In a wide layout only the per-row extras (target, rebase, ghost, annotation) and the
 * date or metric column have roles; the values' columns are the periods' or the metrics'.
 *
 * @param names the header's cells, as the messages name the columns
 */
record Roles(String[] names, int metric, int date, int value, int target, int rebase, int ghost, int annotation,
        int numerator, int denominator, int sd, int size, int range) {

    /** No roles but the ones given: for wide layouts. */
    static Roles extras(String[] names, int metric, int date, int target, int rebase, int ghost, int annotation) {
        return new Roles(names, metric, date, -1, target, rebase, ghost, annotation, -1, -1, -1, -1, -1);
    }

    /** Whether there is no column of subgroups' summaries: no sd, subgroup size or range. */
    boolean noSubgroupColumns() {
        return sd < 0 && size < 0 && range < 0;
    }

    /**
     * The columns of the extras a row may leave blank (target, rebase, ghost, annotation) as bits, bit c for
     * column c; -1 when one is beyond column 64.
     */
    long extras() {
        long bits = 0;
        for (int c : new int[] {target, rebase, ghost, annotation}) {
            if (c >= 64) {
                return -1;
            }
            if (c >= 0) {
                bits |= 1L << c;
            }
        }
        return bits;
    }

    /** The name of the column at an index, or null for -1. */
    String name(int index) {
        return index < 0 ? null : names[index];
    }

    /** The cell of a row at an index, or "" for -1. */
    static String cell(String[] row, int index) {
        return index < 0 ? "" : row[index];
    }
}
