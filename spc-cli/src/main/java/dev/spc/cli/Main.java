package dev.spc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code spc} command's entry point. */
public final class Main {
    /** The types whose converters picocli leaves out, as a pattern of class names. */
    static final String EXCLUDED_CONVERTERS = "java\\.(time|sql)\\..*";

    static {
        // Picocli looks for Groovy once (for closures in annotations, which spc does not use): a search of
        // the class path that opened the whole jar on every run.
        System.setProperty("picocli.disable.closures", "true");
        // Nor are there options of dates, times or SQL types: their converters, which picocli registers for
        // every command by loading and starting those classes of Java, are left out (PicocliArchiveTest).
        System.setProperty("picocli.converters.excludes", EXCLUDED_CONVERTERS);
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int status = run(args, System.in, System.out, System.err);
        System.exit(status);
    }

    /**
     * Runs the command line with the given streams and returns the exit status: 0 done, 1 the data could
     * not be used, 2 the command line was wrong.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        Terminal terminal = new Terminal(in, out, errWriter);
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Answered without building the command line, which takes longer than the rest of the run.
            try {
                for (String line : new SpcCommand.Version().getVersion()) {
                    outWriter.println(line);
                }
                return 0;
            } catch (IOException e) {
                terminal.error("the version cannot be read: " + e.getMessage());
                return SpcCommand.DATA_ERROR;
            }
        }
        try {
            return SpcCommand.commandLine(terminal, outWriter, errWriter, args).execute(args);
        } catch (OutOfMemoryError e) {
            long mib = Runtime.getRuntime().maxMemory() >> 20;
            terminal.error("not enough memory to finish (Java may use " + mib + " MiB here). Give it more, such as "
                    + "SPC_JAVA_OPTS=-Xmx8g, or read part of the data at a time with --metric");
            return SpcCommand.DATA_ERROR;
        }
    }
}
