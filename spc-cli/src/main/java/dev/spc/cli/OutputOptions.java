package dev.spc.cli;

import dev.spc.io.CsvWriter;
import dev.spc.io.Utf8Writer;
import dev.spc.io.DataException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where and how the analyses are written: as CSV (one table) or as the spc-analysis JSON document
 * (docs/json.md). A file is written whole or not at all ({@link AtomicFile}): the output goes to a
 * temporary folder beside it and replaces the target only when complete, so a failed run never leaves a
 * half-written file or destroys an earlier one.
 */
final class OutputOptions {
    enum Format { csv, json }

    /** Writes the output as text. */
    interface Text {
        void writeTo(Writer w) throws IOException;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (replaced only when the run succeeds).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv (one row per point or per metric, the columns above) or json (the spc-analysis document "
                    + "of docs/json.md: every analysis in full, with its points, phases, signals and summary; "
                    + "versioned, and read back by the Java API). Default: json when -o names a .json file, else csv.")
    Format format;

    @Option(names = "--excel",
            description = "Write CSV for Excel: a UTF-8 byte order mark first, so Excel shows accented and "
                    + "other non-ASCII names right, and CRLF line ends.")
    boolean excel;

    @Option(names = "--digits", paramLabel = "N",
            description = "Round numbers in CSV output to N decimal places (0 to 15; half away from zero, "
                    + "trailing zeros dropped). Default: full precision, for machines.")
    Integer digits;

    /** The spec of the command these options are part of, given by {@link Subcommand#wire}. */
    CommandSpec spec;

    /** The format to write: the one asked for, else the one the output file's name says, else CSV. */
    Format format() {
        if (format != null) {
            return format;
        }
        return output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? Format.json : Format.csv;
    }

    /** Refuses, before any work, an output that cannot or must not be written. */
    void check(InputOptions input) {
        if (format() == Format.json) {
            if (digits != null) {
                throw new ParameterException(spec.commandLine(), "--digits rounds CSV output; JSON keeps full "
                        + "precision. Leave out --digits, or write CSV (--format csv)");
            }
            if (excel) {
                throw new ParameterException(spec.commandLine(), "--excel shapes CSV output for Excel; JSON is "
                        + "not opened there. Leave out --excel, or write CSV (--format csv)");
            }
        }
        if (digits != null && (digits < 0 || digits > CsvWriter.Style.MAX_DIGITS)) {
            throw new ParameterException(spec.commandLine(), "--digits must be a whole number from 0 to "
                    + CsvWriter.Style.MAX_DIGITS + ", not " + digits);
        }
        if (output == null) {
            return;
        }
        String name = output.toString().toLowerCase(Locale.ROOT);
        Format named = name.endsWith(".json") ? Format.json : name.endsWith(".csv") ? Format.csv : null;
        if (format != null && named != null && format != named) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " does not match -o " + output
                    + "; give one or the other");
        }
        checkTarget(output, input, format() == Format.json ? "out.json" : "out.csv");
    }

    /** How CSV output is laid out: rounded as --digits says, shaped for Excel when --excel says. */
    CsvWriter.Style csvStyle() {
        return new CsvWriter.Style(digits == null ? -1 : digits, excel);
    }

    /**
     * Refuses an output file that is a folder, lies in a folder that does not exist, or is one of the input
     * files (the data or the settings), which it would overwrite.
     *
     * @param input the input files
     * @param example a file name to suggest when the output is a folder
     */
    static void checkTarget(Path output, InputOptions input, String example) {
        String name = output.toString();
        if (Files.isDirectory(output)) {
            throw DataException.atFile(name, "the output is a folder", "Give a file name, such as "
                    + output.resolve(example));
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw DataException.atFile(name, "the folder " + parent + " does not exist",
                    "Create the folder first, or choose another output path");
        }
        if (input.path() != null && sameFile(input.path(), output)) {
            throw DataException.atFile(name, "the output is the input file, which would be overwritten",
                    "Choose another output path");
        }
        if (input.settings != null && sameFile(input.settings, output)) {
            throw DataException.atFile(name, "the output is the settings file, which would be overwritten",
                    "Choose another output path");
        }
    }

    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Writes the text to the output (or standard output), in UTF-8. */
    void write(Text text, Terminal terminal) {
        if (output == null) {
            try {
                Writer w = writer(terminal.out());
                text.writeTo(w);
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to standard output: " + e.getMessage(), e);
            }
            return;
        }
        try {
            AtomicFile.write(output, out -> {
                Writer w = writer(out);
                text.writeTo(w);
                w.flush();
            });
        } catch (IOException e) {
            throw DataException.atFile(output.toString(), "cannot be written: " + e.getMessage(),
                    "Check that the folder is writable and the disk is not full", e);
        }
    }

    /**
     * A UTF-8 writer to the stream, encoding into a 64 KB buffer that is written out whole (a national extract's
     * points table runs to hundreds of megabytes), and taking the tables' lines as the bytes they are made in.
     */
    private static Writer writer(OutputStream out) {
        return new Utf8Writer(out);
    }
}
