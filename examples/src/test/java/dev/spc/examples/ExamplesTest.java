package dev.spc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs in the build, and prints what its header promises. */
class ExamplesTest {
    interface Main {
        void run(String[] args) throws Exception;
    }

    static String run(Main main, String... args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void analyseRecordsFindsTheImprovementAndExplainsIt() throws Exception {
        String out = run(AnalyseRecords::main);
        List<String> lines = out.lines().toList();
        assertEquals("variation: improvement_high", lines.get(0));
        assertEquals("assurance: hit_and_miss", lines.get(1));
        // Twenty months, then the explanation.
        assertEquals(2 + 20 + 1, lines.size(), out);
        // The first year sits below the mean of all twenty months: a shift, a concern before the change.
        assertTrue(lines.get(2).startsWith("2023-04-01  74.12 concern"), lines.get(2));
        assertTrue(out.contains("shows special cause improvement"), out);
    }

    @Test
    void batchCsvExportListsTheMetricsThatNeedAttention() throws Exception {
        String out = run(BatchCsvExport::main);
        assertTrue(out.startsWith("14 metrics read from ipr.csv"), out);
        assertTrue(out.contains("needs attention: Falls per 1,000 bed days (concern_high, none)"), out);
        assertTrue(out.contains("needs attention: Cancer 62-day performance (%) (common_cause, fail)"), out);
        assertTrue(!out.contains("Staff turnover"), out);
    }

    @Test
    void renderChartWritesSvgAndPng(@TempDir Path dir) throws Exception {
        String out = run(RenderChart::main, dir.toString());
        assertTrue(out.contains("falls.svg") && out.contains("falls.png"), out);
        assertTrue(Files.readString(dir.resolve("falls.svg")).contains("<title>Falls per 1,000 bed days</title>"));
        byte[] png = Files.readAllBytes(dir.resolve("falls.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void summaryTableShowsTheMetricsWithTargets() throws Exception {
        String out = run(SummaryTable::main);
        long rows = out.lines().filter(l -> l.contains("|") && !l.contains("metric")).count();
        assertEquals(6, rows, out);
        assertTrue(out.contains("Referral to treatment within 18 weeks (%)"), out);
        assertTrue(out.contains("improvement_high"), out);
    }

    @Test
    void customRuleFlagsFourOfFiveBeyondOneSigma() throws Exception {
        String out = run(CustomRule::main);
        assertTrue(out.startsWith("MDC rules flag 0 signals"), out);
        // By hand: the centre is 50.715, the AMR 20.8 / 19, sigma = 2.66 AMR / 3 = 0.971; the window of
        // points 14-18 (52.4, 52.9, 50.6, 52.7, 52.2) has four beyond 51.686.
        assertTrue(out.contains("4 of 5 beyond one sigma, ending 2025-06-01 (52.2)"), out);
        assertTrue(out.contains("built-in we3 agrees, ending 2025-06-01"), out);
    }
}
