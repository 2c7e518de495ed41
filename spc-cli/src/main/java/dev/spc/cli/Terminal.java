package dev.spc.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The streams a command talks through, and its way of telling the person at the terminal things. Messages
 * are shown with their control characters escaped ({@link #printable}): a name in the data cannot move the
 * cursor, change colours or retitle the window.
 */
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
        err.println("spc: error: " + printable(message));
        err.flush();
    }

    void warning(String message) {
        err.println("spc: warning: " + printable(message));
        err.flush();
    }

    void notice(String message) {
        err.println("spc: note: " + printable(message));
        err.flush();
    }

    /**
     * Text safe to show at a terminal: every control character but line feed and tab (ESC, the other C0
     * controls, DEL, the C1 controls), every bidirectional override or isolate (which reorder what is shown)
     * and every lone surrogate is written as a backslash, x and two hex digits (or u and four), so that it
     * is seen rather than obeyed. Text with none is returned as it is.
     */
    static String printable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            boolean escaped = lone || c != '\n' && c != '\t' && Character.isISOControl(c)
                    || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F';
            if (escaped && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped) {
                sb.append(c < 0x100 ? String.format(java.util.Locale.ROOT, "\\x%02X", (int) c)
                        : String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    PrintWriter err() {
        return err;
    }
}
