package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@code spc capability} end to end: the contract's columns, a case worked by hand, flags and refusals. */
class CapabilityCommandTest {
    static final String HEADER = "metric,n,mean,sigma_within,sigma_overall,cp,cpk,cpm,pp,ppk";

    @TempDir
    Path dir;

    @Test
    void aSmallProcessWorkedByHand() throws IOException {
        // 14 values alternating 10, 12: mean 11, AMR 2, sigma_within = 2 / 1.128; LSL 5, USL 17, target 11:
        // Cp = Cpk = Cpm = 12 / (6 * 2 / 1.128) = 1.128; sigma_overall = sqrt(14 / 13), Pp = 2 sqrt(13 / 14).
        StringBuilder csv = new StringBuilder("date,value\n");
        for (int i = 0; i < 14; i++) {
            csv.append(String.format("2024-%02d-01,%d%n", 1 + i % 12, i % 2 == 0 ? 10 : 12).replace("2024-", i < 12
                    ? "2024-" : "2025-"));
        }
        Path f = dir.resolve("process.csv");
        Files.writeString(f, csv.toString());
        Cli.Result r = Cli.run("capability", f.toString(), "--lsl", "5", "--usl", "17", "--target", "11");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().startsWith(HEADER + ","), r.out());
        Table t = r.table();
        assertEquals("14", t.stringColumn("n").get(0));
        assertEquals(1.128, Double.parseDouble(t.stringColumn("cp").get(0)), 1e-12);
        assertEquals(1.128, Double.parseDouble(t.stringColumn("cpk").get(0)), 1e-12);
        assertEquals(1.128, Double.parseDouble(t.stringColumn("cpm").get(0)), 1e-12);
        assertEquals(2 * Math.sqrt(13.0 / 14), Double.parseDouble(t.stringColumn("pp").get(0)), 1e-12);
        assertEquals("in_control", t.stringColumn("control").get(0));
        assertEquals("11", t.stringColumn("target").get(0));
    }

    @Test
    void theExampleIsCapableAndInControl() throws IOException {
        Path out = dir.resolve("cap.json");
        Cli.Result r = Cli.run("capability", ExampleDataTest.data("charts/capability-dose.csv").toString(), "--lsl", "495",
                "--usl", "515", "-o", out.toString());
        assertEquals(0, r.status(), r.toString());
        JsonNode m = new ObjectMapper().readTree(Files.readString(out)).get("metrics").get(0);
        assertEquals("in_control", m.get("control").asText());
        // examples/data/README.md: Cp about 1.5, Cpk about 1.3 (the mean sits above the middle, 505).
        assertTrue(m.get("cp").asDouble() > 1.4 && m.get("cp").asDouble() < 1.7, m.toString());
        assertTrue(m.get("cpk").asDouble() < m.get("cp").asDouble());
        assertTrue(m.get("cpk_lower").asDouble() < m.get("cpk").asDouble() && m.get("cpk").asDouble() < m.get("cpk_upper").asDouble());
    }

    @Test
    void specialCausesAreFlaggedAndWarnedOf() {
        Cli.Result r = Cli.run("capability", ExampleDataTest.data("ipr.csv").toString(), "--lsl", "0", "--usl", "100",
                "--metric", "A&E*");
        assertEquals(0, r.status(), r.toString());
        assertEquals("special_cause", r.table().stringColumn("control").get(0));
        assertTrue(r.err().contains("not in statistical control"), r.err());
    }

    @Test
    void commandLineMistakesExitTwo() {
        String f = ExampleDataTest.data("charts/capability-dose.csv").toString();
        Cli.Result none = Cli.run("capability", f);
        assertEquals(2, none.status(), none.toString());
        assertTrue(none.err().contains("--lsl"), none.err());
        Cli.Result backwards = Cli.run("capability", f, "--lsl", "515", "--usl", "495");
        assertEquals(2, backwards.status(), backwards.toString());
        Cli.Result chart = Cli.run("capability", f, "--lsl", "495", "--chart", "p");
        assertEquals(2, chart.status(), chart.toString());
        assertTrue(chart.err().contains("xmr, xbar-r or xbar-s"), chart.err());
    }
}
