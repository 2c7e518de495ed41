package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other tools' conventions as named options, end to end: --conflict ranked, --g-limits qcc and
 * --skip-ghosts-in-runs.
 */
class ConventionsCommandLineTest {
    @Test
    void theOptionsAreTakenAndStatedInTheDocument() {
        String g = ExampleDataTest.data("charts/g-days-between-never-events.csv").toString();
        Cli.Result r = Cli.run("summary", g, "--chart", "g", "--g-limits", "qcc", "--conflict", "ranked", "--format",
                "json", "--quiet");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("\"g_limits\": \"qcc\""), r.out());
        assertTrue(r.out().contains("\"conflict\": \"ranked\""), r.out());
        // qcc's centre line is the mean of the intervals, which the summary's centre gives.
        Cli.Result points = Cli.run("analyse", g, "--chart", "g", "--g-limits", "qcc", "--quiet");
        var t = points.table();
        double sum = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            sum += Double.parseDouble(t.stringColumn("value").get(i));
        }
        assertEquals(sum / t.rowCount(), Double.parseDouble(t.stringColumn("centre").get(0)), 1e-9);
        Cli.Result bad = Cli.run("summary", g, "--conflict", "loudest");
        assertEquals(2, bad.status(), bad.toString());
        assertTrue(bad.err().contains("ranked"), bad.err());
    }

    /**
     * The run chart of GhostsInRunsTest (spc-core), worked by hand there: 23 months, the 12th ghosted. Counted
     * (the default), the ghost splits eight highs into two runs of 4 and there is no signal; skipped (as
     * qicharts2), the eight join into a run longer than the 7 that 22 useful points allow.
     */
    @Test
    void skippingGhostsInRunsJoinsTheRunAGhostBroke(@TempDir Path dir) throws IOException {
        int[] y = {1, 10, 2, 11, 3, 12, 4, 13, 14, 15, 16, 2, 10, 11, 12, 13, 5, 4, 3, 2, 1, 2, 3};
        StringBuilder csv = new StringBuilder("metric,date,value,ghost\n");
        for (int i = 0; i < y.length; i++) {
            csv.append("Falls,").append(LocalDate.of(2024, 1, 1).plusMonths(i)).append(',').append(y[i]).append(',')
                    .append(i == 11 ? "yes" : "").append('\n');
        }
        Path data = dir.resolve("ghost.csv");
        Files.writeString(data, csv);

        var counted = Cli.run("analyse", data.toString(), "--chart", "run", "--quiet");
        assertEquals(0, counted.status(), counted.toString());
        for (int i = 0; i < y.length; i++) {
            assertEquals("", counted.table().stringColumn("rules").get(i), "counted, row " + i);
        }

        var skipped = Cli.run("analyse", data.toString(), "--chart", "run", "--skip-ghosts-in-runs", "--quiet");
        assertEquals(0, skipped.status(), skipped.toString());
        var rules = skipped.table().stringColumn("rules");
        for (int i = 0; i < y.length; i++) {
            boolean inRun = i >= 7 && i <= 15 && i != 11;
            assertEquals(inRun ? "long_run" : "", rules.get(i), "skipped, row " + i);
        }

        // The same by the settings file's column, and stated in the JSON document.
        Path settings = dir.resolve("settings.csv");
        Files.writeString(settings, "metric,chart,ghosts_in_runs\nFalls,run,skipped\n");
        var bySettings = Cli.run("analyse", data.toString(), "--settings", settings.toString(), "--quiet");
        assertEquals(0, bySettings.status(), bySettings.toString());
        assertEquals(skipped.out(), bySettings.out());
        var json = Cli.run("summary", data.toString(), "--chart", "run", "--skip-ghosts-in-runs", "--format", "json",
                "--quiet");
        assertTrue(json.out().contains("\"ghosts_in_runs\": \"skipped\""), json.out());
    }
}
