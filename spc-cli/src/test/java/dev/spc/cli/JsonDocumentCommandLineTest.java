package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import dev.spc.io.Export;
import dev.spc.io.ExportReader;
import dev.spc.io.ReadOptions;
import dev.spc.io.Settings;
import dev.spc.io.json.AnalysisJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --format json} writes the spc-analysis document (docs/json.md): read back with {@link AnalysisJson},
 * it gives analyses equal to those the API makes of the same files, and {@code analyse} and {@code summary}
 * write the same document.
 */
class JsonDocumentCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void theIntegratedPerformanceReportReadsBackAsTheApisAnalyses() throws IOException {
        Path data = ExampleDataTest.data("ipr.csv");
        Path settingsFile = ExampleDataTest.data("ipr-settings.csv");
        Cli.Result analyse = Cli.run("analyse", data.toString(), "--settings", settingsFile.toString(), "--format", "json");
        assertEquals(0, analyse.status(), analyse.toString());
        // The API, as the examples use it: read the export and the settings, analyse each metric with its spec.
        Export export = ExportReader.read(data, ReadOptions.defaults());
        Settings settings = Settings.read(settingsFile);
        List<Analysis> api = Spc.analyseAll(export.series().stream().map(settings::applyTo).toList(),
                m -> settings.specFor(m, ChartSpec.mdc()));
        assertEquals(14, api.size());
        assertEquals(api, AnalysisJson.fromJson(analyse.out()));
        assertEquals(AnalysisJson.toJson(api), analyse.out(), "the very document the API writes");
        // The summary command's JSON is the same document; -o FILE.json writes it too.
        Path out = dir.resolve("summary.json");
        Cli.Result summary = Cli.run("summary", data.toString(), "--settings", settingsFile.toString(), "-o",
                out.toString());
        assertEquals(0, summary.status(), summary.toString());
        assertEquals(analyse.out(), Files.readString(out));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "run, run-median-wait.csv", "mr, mr-theatre-start-delay.csv", "p, p-readmissions.csv",
        "np, np-vte-audit.csv", "u, u-falls-per-bed-day.csv", "c, c-pressure-ulcers.csv",
        "pp, pp-ae-four-hours.csv", "up, up-medication-incidents.csv", "xbar-r, xbar-r-door-to-needle.csv",
        "xbar-s, xbar-s-blood-glucose.csv", "r, r-time-to-triage.csv", "s, s-length-of-stay.csv",
        "g, g-days-between-never-events.csv", "t, t-mrsa-bacteraemia-dates.csv", "auto, p-readmissions.csv"})
    void eachChartsExampleReadsBackAsTheApisAnalysis(String chartId, String name) {
        Path data = ExampleDataTest.data("charts/" + name);
        Cli.Result r = Cli.run("analyse", data.toString(), "--chart", chartId, "--direction", "increase",
                "--format", "json");
        assertEquals(0, r.status(), r.toString());
        ChartType chart = ChartType.parse(chartId);
        Export export = ExportReader.read(data, ReadOptions.defaults().chartFor(m -> chart, Set.of(chart)));
        ChartSpec spec = ChartSpec.builder().chart(chart).direction(Direction.INCREASE).build();
        List<Analysis> api = new ArrayList<>();
        export.series().forEach(s -> api.add(Spc.analyse(s, spec)));
        List<Analysis> read = AnalysisJson.fromJson(r.out());
        assertEquals(api, read);
        assertTrue(r.out().contains("\"chart\": \"" + chartId + "\""), "the spec's chart as asked");
    }

    @Test
    void csvStaysTheDefault() {
        Cli.Result r = Cli.run("summary", ExampleDataTest.data("ipr.csv").toString());
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().startsWith("metric,points,latest_date,"), r.out());
    }

    @Test
    void theHelpSaysWhatTheJsonIs() {
        for (String command : List.of("analyse", "summary")) {
            Cli.Result r = Cli.run(command, "--help");
            assertEquals(0, r.status(), r.toString());
            String help = r.out().replaceAll("\\s+", " ");
            assertTrue(help.contains("spc-analysis document (docs/json.md)"), help);
            assertTrue(help.contains("the spc-analysis document of docs/json.md"), help);
        }
    }
}
