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

/** {@code --chart ra-cusum} and {@code --chart vlad} end to end on case-level data (docs/risk-adjusted.md). */
class RiskAdjustedCommandLineTest {
    @TempDir
    Path dir;

    private static String example() {
        return ExampleDataTest.data("charts/ra-cusum-cardiac-surgery.csv").toString();
    }

    @Test
    void aSmallCaseSeriesWorkedByHand() throws IOException {
        // Risk 0.2 throughout; h = 1.2 (upper) and 1 (lower). Each death adds log 2 - log 1.2 = 0.510826 to the upper
        // CUSUM (Steiner's weight); three deaths reach 1.532 >= 1.2, a signal, and the next case starts from 0.
        Path f = dir.resolve("cases.csv");
        Files.writeString(f, "date,outcome,risk\n2024-01-01,1,0.2\n2024-01-01,1,0.2\n2024-01-02,1,20%\n2024-01-03,0,0.2\n");
        Cli.Result r = Cli.run("analyse", f.toString(), "--chart", "ra-cusum", "--cusum-h", "1.2,1");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().startsWith("metric,date,value,centre,lower_limit,upper_limit,point,rules,"), r.out());
        Table t = r.table();
        double d = Math.log(2) - Math.log(1.2);
        assertEquals(3 * d, Double.parseDouble(t.stringColumn("ra_cusum_upper").get(2)), 1e-12);
        assertEquals("concern", t.stringColumn("point").get(2));
        assertEquals("astronomical", t.stringColumn("rules").get(2));
        assertEquals("0", t.stringColumn("ra_cusum_upper").get(3));
        assertEquals("1.2", t.stringColumn("upper_limit").get(0));
        assertEquals("-1", t.stringColumn("lower_limit").get(0));
        Cli.Result v = Cli.run("analyse", f.toString(), "--chart", "vlad");
        assertEquals(0, v.status(), v.toString());
        // VLAD: 0.2 - 1 per death, 0.2 - 0 per survival: -0.8, -1.6, -2.4, -2.2
        assertEquals(-2.2, Double.parseDouble(v.table().stringColumn("vlad").get(3)), 1e-12);
    }

    @Test
    void theExampleSignalsTheDeteriorationWithASimulatedH() throws IOException {
        Cli.Result r = Cli.run("summary", example(), "--chart", "ra-cusum");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.err().contains("simulated for an in-control average run length of 5000 cases (seed 1"), r.err());
        Table t = r.table();
        assertEquals("simulated", t.stringColumn("h_from").get(0));
        assertEquals("1", t.stringColumn("seed").get(0));
        // examples/data/README.md: the odds of death treble from the 351st case; the upper CUSUM signals after it.
        assertTrue(Integer.parseInt(t.stringColumn("deterioration_signals").get(0)) >= 1);
        assertEquals("0", t.stringColumn("improvement_signals").get(0));
        Cli.Result again = Cli.run("summary", example(), "--chart", "ra-cusum", "--quiet");
        assertEquals(r.out(), again.out(), "the same seed gives the same h");
        Path json = dir.resolve("ra.json");
        Cli.Result j = Cli.run("analyse", example(), "--chart", "ra-cusum", "--odds-ratio", "3,0.4", "--ra-arl", "2000",
                "--ra-seed", "9", "-o", json.toString(), "--quiet");
        assertEquals(0, j.status(), j.toString());
        JsonNode m = new ObjectMapper().readTree(Files.readString(json)).get("metrics").get(0);
        assertEquals(3, m.get("odds_ratio_up").asDouble());
        assertEquals(9, m.get("seed").asInt());
        assertTrue(Math.abs(m.get("arl_upper").asDouble() - 2000) < 200, m.get("arl_upper").toString());
        assertEquals(600, m.get("cases").size());
    }

    @Test
    void drawsBothCharts() throws IOException {
        for (String chart : new String[] {"ra-cusum", "vlad"}) {
            Path svg = dir.resolve(chart + ".svg");
            Cli.Result r = Cli.run("chart", example(), "--chart", chart, "-o", svg.toString(), "--quiet");
            assertEquals(0, r.status(), r.toString());
            assertTrue(Files.readString(svg).contains(chart.equals("vlad") ? "(VLAD)" : "(risk-adjusted CUSUM)"));
        }
    }

    @Test
    void badCasesAreNamedByRowAndColumn() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "date,outcome,risk\n2024-01-01,1,0.2\n2024-01-02,2,0.2\n");
        Cli.Result r = Cli.run("analyse", f.toString(), "--chart", "ra-cusum", "--cusum-h", "4");
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("row 3") && r.err().contains("'outcome'"), r.err());
        Files.writeString(f, "date,outcome,risk\n2024-01-01,1,1.5\n");
        Cli.Result risk = Cli.run("analyse", f.toString(), "--chart", "vlad");
        assertEquals(1, risk.status(), risk.toString());
        assertTrue(risk.err().contains("row 2") && risk.err().contains("'risk'"), risk.err());
        Cli.Result odds = Cli.run("analyse", example(), "--chart", "ra-cusum", "--odds-ratio", "0.5,2");
        assertEquals(2, odds.status(), odds.toString());
        Cli.Result report = Cli.run("capability", example(), "--chart", "ra-cusum", "--lsl", "0");
        assertEquals(2, report.status(), report.toString());
    }
}
