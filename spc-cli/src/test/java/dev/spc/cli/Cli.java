package dev.spc.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Runs the command line in-process, as a user would from a shell, and captures what it prints. */
final class Cli {
    private Cli() {
    }

    record Result(int status, String out, String err) {
        /** The standard output read as a CSV table of text columns. */
        Table table() {
            return Table.read().usingOptions(CsvReadOptions.builder(new StringReader(out))
                    .columnTypes(n -> ColumnType.STRING).missingValueIndicator(""));
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stderr ---\n" + err + "\n--- stdout (start) ---\n"
                    + out.substring(0, Math.min(out.length(), 2000));
        }
    }

    static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static Result runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin);
        int status = Main.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
