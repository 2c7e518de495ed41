package dev.spc.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;

/** The streams a command talks through, and its way of telling the person at the terminal things. */
final class Terminal {
    private final InputStream in;
    private final PrintStream out;
    private final PrintWriter err;

    Terminal(InputStream in, PrintStream out, PrintWriter err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    void error(String message) {
        err.println("spc: error: " + message);
        err.flush();
    }

    void warning(String message) {
        err.println("spc: warning: " + message);
        err.flush();
    }

    void notice(String message) {
        err.println("spc: note: " + message);
        err.flush();
    }

    PrintWriter err() {
        return err;
    }
}
