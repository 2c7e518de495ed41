package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The other tools' conventions as named options, end to end: --conflict ranked and --g-limits qcc. */
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
}
