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

/** {@code --chart cusum} and {@code --chart ewma} end to end, on the example of a small sustained shift. */
class SensitiveChartsCommandLineTest {
    @TempDir
    Path dir;

    private static String example() {
        return ExampleDataTest.data("charts/cusum-door-to-needle.csv").toString();
    }

    @Test
    void theCusumCatchesTheShiftThatTheXmrChartMisses() {
        // examples/data/README.md: a rise of about 2.4 minutes from April 2024; the XmR chart's latest point is
        // common cause, the CUSUM signals from August 2024.
        Cli.Result xmr = Cli.run("summary", example(), "--baseline", "20", "--direction", "decrease");
        assertEquals("common_cause", xmr.table().stringColumn("variation").get(0), xmr.toString());
        Cli.Result r = Cli.run("analyse", example(), "--chart", "cusum", "--baseline", "20", "--direction", "decrease");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().startsWith("metric,date,value,centre,lower_limit,upper_limit,point,rules,"), r.out());
        Table t = r.table();
        assertTrue(t.columnNames().containsAll(java.util.List.of("cusum_upper", "cusum_lower")), t.columnNames().toString());
        int first = -1;
        for (int i = 0; i < t.rowCount(); i++) {
            double up = Double.parseDouble(t.stringColumn("cusum_upper").get(i));
            double low = Double.parseDouble(t.stringColumn("cusum_lower").get(i));
            assertTrue(up >= 0 && low <= 0, "row " + i);
            assertEquals("5", t.stringColumn("upper_limit").get(i));
            assertEquals("-5", t.stringColumn("lower_limit").get(i));
            if (first < 0 && t.stringColumn("rules").get(i).equals("astronomical")) {
                first = i;
                assertEquals("concern", t.stringColumn("point").get(i));
            }
        }
        assertEquals("2024-08-01", t.stringColumn("date").get(first));
        Cli.Result summary = Cli.run("summary", example(), "--chart", "cusum", "--baseline", "20", "--direction", "decrease");
        assertEquals("concern_high", summary.table().stringColumn("variation").get(0), summary.toString());
        assertTrue(summary.table().stringColumn("explanation").get(0).contains("upper CUSUM"), summary.out());
        assertEquals("none", summary.table().stringColumn("assurance").get(0));
    }

    @Test
    void theOptionsReachTheChart() {
        Cli.Result r = Cli.run("analyse", example(), "--chart", "cusum", "--cusum-h", "4", "--cusum-k", "1",
                "--cusum-fir", "--quiet");
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        assertEquals("4", t.stringColumn("upper_limit").get(0));
        Cli.Result e = Cli.run("analyse", example(), "--chart", "ewma", "--ewma-lambda", "0.1", "--ewma-l", "2.7", "--quiet");
        assertEquals(0, e.status(), e.toString());
        assertTrue(e.table().columnNames().contains("ewma"));
        Cli.Result bad = Cli.run("analyse", example(), "--chart", "ewma", "--ewma-lambda", "1.5");
        assertEquals(2, bad.status(), bad.toString());
        assertTrue(bad.err().contains("--ewma-lambda") || bad.err().contains("lambda"), bad.err());
    }

    @Test
    void jsonCarriesTheStatisticsAndTheParameters() throws IOException {
        Path out = dir.resolve("ewma.json");
        Cli.Result r = Cli.run("analyse", example(), "--chart", "ewma", "--baseline", "20", "-o", out.toString(), "--quiet");
        assertEquals(0, r.status(), r.toString());
        JsonNode a = new ObjectMapper().readTree(Files.readString(out)).get("analyses").get(0);
        assertEquals("ewma", a.get("chart").asText());
        assertEquals(0.2, a.get("spec").get("ewma_lambda").asDouble());
        // w_1 = lambda y_1 + (1 - lambda) CL
        JsonNode p0 = a.get("points").get(0);
        double cl = p0.get("centre").asDouble();
        assertEquals(0.2 * p0.get("value").asDouble() + 0.8 * cl, p0.get("ewma").asDouble(), 1e-9);
    }

    @Test
    void drawsCusumAndEwmaCharts() throws IOException {
        for (String chart : new String[] {"cusum", "ewma"}) {
            Path png = dir.resolve(chart + ".svg");
            Cli.Result r = Cli.run("chart", example(), "--chart", chart, "--baseline", "20", "--direction", "decrease",
                    "-o", png.toString(), "--quiet");
            assertEquals(0, r.status(), r.toString());
            String svg = Files.readString(png);
            assertTrue(svg.contains(chart.equals("cusum") ? "CUSUM chart" : "EWMA chart"), chart);
        }
    }

    @Test
    void smallMultiplesOfSensitiveChartsAreRefusedRatherThanDrawnWrongly() {
        Cli.Result r = Cli.run("chart", example(), "--chart", "cusum", "--small-multiples", "-o",
                dir.resolve("board.png").toString(), "--quiet");
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("one per metric"), r.err());
    }
}
