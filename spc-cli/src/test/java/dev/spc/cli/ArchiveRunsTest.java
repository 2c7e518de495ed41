package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runs the launcher makes its class-data archive from all succeed on the shipped example data and write
 * what each command writes: were one to fail, the archive would be missing classes, or missing altogether.
 */
class ArchiveRunsTest {
    @Test
    void summaryAnalyseChartReportAndTheDailySummaryOfTheExampleDataAllSucceed(@TempDir Path work) throws IOException {
        Path data = ExampleDataTest.data("ipr.csv").getParent();
        assertEquals(0, ArchiveRuns.run(data, work));
        assertTrue(Files.readString(work.resolve("points.csv")).startsWith("metric,date,value,"));
        assertTrue(Files.readString(work.resolve("report.html")).contains("<html"));
        assertTrue(Files.readString(work.resolve("daily.csv")).startsWith("metric,"));
        try (Stream<Path> charts = Files.list(work.resolve("charts"))) {
            assertEquals(14, charts.filter(p -> p.toString().endsWith(".png")).count(), "a chart per metric");
        }
    }
}
