package dev.spc.cli;

import java.util.function.IntConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for a long run, shown only to a person watching: when the program
 * runs at a terminal ({@code System.console()} is there), is not {@code --quiet}, and has more than a
 * handful of steps. Otherwise it does nothing, so that logs and scripts see no bar.
 */
final class Progress implements IntConsumer, AutoCloseable {
    /** The most steps that finish too fast to be worth a bar. */
    static final int HANDFUL = 20;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** Whether a bar is shown for a run of the given steps. */
    enum Display {
        SHOWN, HIDDEN;

        static Display of(boolean atTerminal, boolean quiet, int steps) {
            return atTerminal && !quiet && steps > HANDFUL ? SHOWN : HIDDEN;
        }
    }

    /** A bar for a task of the given steps, or nothing (see the class comment). */
    static Progress of(String task, int steps, boolean quiet) {
        if (Display.of(System.console() != null, quiet, steps) == Display.HIDDEN) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).clearDisplayOnFinish().build());
    }

    /** Moves the bar to the given number of steps done. */
    @Override
    public void accept(int done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
