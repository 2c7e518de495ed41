package dev.spc.cli;

import dev.spc.io.DataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/** The top-level {@code spc} command: a group of subcommands. */
@Command(name = "spc",
        mixinStandardHelpOptions = true,
        versionProvider = SpcCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Statistical process control for quality metrics: tells special cause variation (a real change) "
                    + "from common cause variation (noise), the NHS Making Data Count way.",
            "",
            "Input is an export as it comes, CSV or an Excel workbook: long (one row per metric and period, with "
                    + "columns metric, date and value), a column per period or a column per metric.",
        },
        footer = {
            "",
            "Examples:",
            "  spc summary examples/data/ipr.csv --settings examples/data/ipr-settings.csv",
            "  spc analyse data.csv --direction increase --target 95 -o points.csv",
            "  spc summary examples/data/exports/workbook.xlsx --sheet \"Long data\"",
            "  spc chart examples/data/ipr.csv -o charts",
            "  spc report examples/data/ipr.csv -o report.html",
            "  spc teach all -o lessons",
            "",
            "Exit status: 0 done; 1 the data could not be used (the message says where and how to fix it); "
                    + "2 the command line was wrong.",
        })
final class SpcCommand implements Runnable {
    static final int DATA_ERROR = 1;

    private final Terminal terminal;

    /** The command line's top-level spec, set by {@link #commandLine}. */
    CommandLine.Model.CommandSpec spec;

    SpcCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    Terminal terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, such as summary or analyse");
    }

    /**
     * A command-line error in the user's words: without the Java exception picocli wraps around a
     * converter's own message, and "a number" for "a double" or "an int".
     */
    static String plain(String message) {
        if (message == null) {
            return "the command line is not valid";
        }
        return message.replaceAll("cannot convert '[^']*' to \\w+ \\(java\\.lang\\.\\w+: (.*)\\)$", "$1")
                .replaceAll("is not a (double|float)$", "is not a number")
                .replaceAll("is not an (int|long)$", "is not a whole number");
    }

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(SummaryCommand.class, AnalyseCommand.class, ChartCommand.class,
            ReportCommand.class, TeachCommand.class, FunnelCommand.class, CapabilityCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * The subcommands the arguments need: the one they name first, or every one (for help, a mistyped name or
     * none). ({@link Main} answers {@code --version} before any is built.) Building a command's options takes time, so a run builds only its own.
     */
    static List<Class<?>> needed(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                Command command = c.getAnnotation(Command.class);
                if (command.name().equals(args[0]) || List.of(command.aliases()).contains(args[0])) {
                    return c == CommandLine.HelpCommand.class ? COMMANDS : List.of(c);
                }
            }
        }
        return COMMANDS;
    }

    /**
     * The configured command line for these arguments: exit 1 for data errors, 2 for usage errors, no stack
     * trace without --debug.
     */
    static CommandLine commandLine(Terminal terminal, PrintWriter out, PrintWriter err, String[] arguments) {
        SpcCommand top = new SpcCommand(terminal);
        CommandLine cl = new CommandLine(top);
        top.spec = cl.getCommandSpec();
        for (Class<?> c : needed(arguments)) {
            cl.addSubcommand(c);
        }
        // A command with aliases is listed once per name: wire it once.
        for (CommandLine sub : new java.util.LinkedHashSet<>(cl.getSubcommands().values())) {
            if (sub.getCommand() instanceof Subcommand command) {
                command.wire(top, sub.getCommandSpec());
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler(new DataErrors(terminal));
        return cl;
    }

    /*
     * The two handlers are classes, not lambdas: picocli is built for an old Java, and a lambda of one of its
     * interfaces keeps that interface, and every class of picocli's that implements it, out of the class-data
     * sharing archive the launcher makes (so each run would read them from the jar).
     */

    /** A command-line error: its message in the user's words and where to find the options; exit 2. */
    private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("spc: " + Terminal.printable(plain(ex.getMessage())));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            c.getErr().flush();
            return c.getCommandSpec().exitCodeOnInvalidInput();
        }
    }

    /** A failure while running a command: its message, a stack trace only with --debug; exit 1. */
    private static final class DataErrors implements CommandLine.IExecutionExceptionHandler {
        private final Terminal terminal;

        DataErrors(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine c, ParseResult parseResult) {
            boolean debug = hasDebug(parseResult);
            if (ex instanceof DataException) {
                terminal.error(ex.getMessage());
            } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
                terminal.error(ex.getMessage() == null ? ex.toString() : ex.getMessage());
            } else {
                terminal.error("unexpected failure: " + ex + (debug ? "" : " (run with --debug for details)"));
            }
            if (debug) {
                java.io.StringWriter trace = new java.io.StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                terminal.err().print(Terminal.printable(trace.toString()));
            }
            terminal.err().flush();
            return DATA_ERROR;
        }
    }

    private static boolean hasDebug(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = SpcCommand.class.getResourceAsStream("/spc-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"spc " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
