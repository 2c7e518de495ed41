package dev.spc.io;

/**
 * The rows of an export as a person sees them in a spreadsheet, one at a time, each as its cells' text: the
 * records of a CSV file, or the rows of a worksheet. Reading one row at a time keeps memory flat however
 * long the file.
 */
interface RowSource extends AutoCloseable {
    /** The next row's cells (trimmed of edge spaces unless quoted), or null after the last. */
    String[] next();

    /** The line of a CSV file (or the row of a worksheet) the row last returned starts on, from 1. */
    int line();

    /**
     * Whether a row ends at its last filled cell, as a worksheet's rows do, so that a row shorter than the
     * header has blank cells after its last (in a CSV file, a short row has lost cells).
     */
    default boolean ragged() {
        return false;
    }

    /** Releases the input. */
    @Override
    default void close() {
    }
}
