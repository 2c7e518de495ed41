package dev.spc.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The runs the {@code ./spc} launcher lists the loaded classes of, to make its class-data sharing archive: summary,
 * analyse, chart and report of the example data, one after another in one Java process, so that one list names
 * every class they load (lists of separate runs cannot always be joined), and a summary of the daily example
 * (dates written day first, and series long enough for the run statistics' beta function). Not a command of its
 * own.
 */
public final class ArchiveRuns {
    private ArchiveRuns() {
    }

    /**
     * @param args the folder of the example data ({@code examples/data}) and a folder to write the outputs in
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(Paths.get(args[0]), Paths.get(args[1])));
    }

    /** Runs the commands on the example data in {@code data}, writing in {@code work}: the worst status. */
    static int run(Path data, Path work) {
        String ipr = data.resolve("ipr.csv").toString();
        String settings = data.resolve("ipr-settings.csv").toString();
        String[][] runs = {
            {"summary", ipr, "--settings", settings},
            {"analyse", ipr, "--settings", settings, "-o", work.resolve("points.csv").toString()},
            {"chart", ipr, "--settings", settings, "-o", work.resolve("charts").toString()},
            {"report", ipr, "--settings", settings, "-o", work.resolve("report.html").toString()},
            {"summary", data.resolve("ae-daily-uk-dates.csv").toString(), "-o", work.resolve("daily.csv").toString()},
        };
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        int status = 0;
        for (String[] run : runs) {
            status = Math.max(status, Main.run(run, System.in, none, none));
        }
        return status;
    }
}
