package dev.spc.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The count of rows read, on standard error, for a long read watched at a terminal: it appears only once
 * {@link #EVERY} rows have been read (a small file never shows it), and is cleared when the read is done.
 * At no terminal, or with {@code --quiet}, it does nothing.
 */
final class RowProgress implements LongConsumer, AutoCloseable {
    /** How often the reader tells the count, in rows. */
    static final long EVERY = 1 << 16;

    private final String task;
    private final boolean shown;
    private ProgressBar bar;

    private RowProgress(String task, boolean shown) {
        this.task = task;
        this.shown = shown;
    }

    /** A count for a read, or nothing when no person is watching (see the class comment). */
    static RowProgress of(String task, boolean quiet) {
        return new RowProgress(task, System.console() != null && !quiet);
    }

    @Override
    public void accept(long rows) {
        if (!shown) {
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUnit(" rows", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).clearDisplayOnFinish()
                    .showSpeed().build();
        }
        bar.stepTo(rows);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
