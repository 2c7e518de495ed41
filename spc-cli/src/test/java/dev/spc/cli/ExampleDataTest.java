package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The shipped example exports, run as the README tells an analyst to run them, show the signals their
 * README describes.
 */
class ExampleDataTest {
    static Path data(String name) {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("examples").resolve("data").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/data/" + name + " not found above " + Paths.get("").toAbsolutePath());
    }

    static Map<String, Map<String, String>> byMetric(Table t) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            Map<String, String> row = new HashMap<>();
            for (String c : t.columnNames()) {
                row.put(c, t.stringColumn(c).get(i));
            }
            rows.put(row.get("metric"), row);
        }
        return rows;
    }

    @Test
    void theIntegratedPerformanceReportShowsItsSignals() {
        Cli.Result r = Cli.run("summary", data("ipr.csv").toString(), "--settings", data("ipr-settings.csv").toString());
        assertEquals(0, r.status(), r.toString());
        assertEquals("", r.err(), "no warnings or notes");
        Map<String, Map<String, String>> m = byMetric(r.table());
        assertEquals(14, m.size());
        assertEquals("improvement_high", m.get("Referral to treatment within 18 weeks (%)").get("variation"));
        assertEquals("fail", m.get("Referral to treatment within 18 weeks (%)").get("assurance"));
        assertEquals("concern_high", m.get("Falls per 1,000 bed days").get("variation"));
        assertEquals("2", m.get("A&E 4-hour performance (%)").get("phases"));
        assertEquals("hit_and_miss", m.get("A&E 4-hour performance (%)").get("assurance"));
        assertEquals("fail", m.get("Cancer 62-day performance (%)").get("assurance"));
        assertEquals("pass", m.get("Friends and Family Test - inpatient positive (%)").get("assurance"));
        assertEquals("hit_and_miss", m.get("Staff sickness absence (%)").get("assurance"));
        assertTrue(m.get("Cancer 62-day performance (%)").get("explanation").contains(
                "The target of 85% lies above the upper process limit of 73.4%, so it will not be met consistently "
                        + "without a change to the process."), m.get("Cancer 62-day performance (%)").get("explanation"));
    }

    @Test
    void theAmbulanceSurgeIsAnAstronomicalConcern() {
        Cli.Result r = Cli.run("analyse", data("ipr.csv").toString(), "--settings", data("ipr-settings.csv").toString());
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("metric").get(i).equals("Ambulance handovers over 60 minutes")
                    && !t.stringColumn("point").get(i).equals("common_cause")) {
                flagged.add(t.stringColumn("date").get(i) + " " + t.stringColumn("point").get(i) + " "
                        + t.stringColumn("rules").get(i));
            }
        }
        assertEquals(List.of("2023-01-01 concern astronomical"), flagged);
    }

    @Test
    void dailyUkDatesAreReadWithoutANotice() {
        Cli.Result r = Cli.run("analyse", data("ae-daily-uk-dates.csv").toString());
        assertEquals(0, r.status(), r.toString());
        assertEquals("", r.err());
        Table t = r.table();
        assertEquals(240, t.rowCount());
        assertEquals("2024-11-01", t.stringColumn("date").get(0));
        assertEquals("2025-02-28", t.stringColumn("date").get(119));
    }

    @Test
    void monthNamesGapsAndPerRowTargets() {
        Cli.Result r = Cli.run("analyse", data("community-month-names.csv").toString(), "--direction", "increase");
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        int gaps = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("gap").get(i).equals("true")) {
                gaps++;
                assertEquals("Waiting list over 18 weeks", t.stringColumn("metric").get(i));
                assertEquals("2023-08-01", t.stringColumn("date").get(i));
            }
        }
        assertEquals(1, gaps);
        Map<String, Map<String, String>> summary = byMetric(
                Cli.run("summary", data("community-month-names.csv").toString(), "--direction", "increase").table());
        // The per-row target steps from 70 to 80 in Jan-24; the latest row's applies.
        assertEquals("80", summary.get("Patients seen within 2 hours (urgent response) (%)").get("target"));
        assertEquals("29", summary.get("Waiting list over 18 weeks").get("points"));
    }

    @Test
    void standardInputAndJsonCarryTheSameFields() throws IOException {
        byte[] csv = Files.readAllBytes(data("ipr.csv"));
        Cli.Result asCsv = Cli.runWithInput(csv, "summary", "-");
        Cli.Result asJson = Cli.runWithInput(csv, "summary", "-", "--format", "json");
        assertEquals(0, asCsv.status(), asCsv.toString());
        assertEquals(0, asJson.status(), asJson.toString());
        Table t = asCsv.table();
        // The JSON is the spc-analysis document: one analysis per metric, each with the summary's fields.
        JsonNode doc = new ObjectMapper().readTree(asJson.out());
        assertEquals("spc-analysis", doc.get("format").textValue());
        List<Map<String, String>> objects = new ArrayList<>();
        for (JsonNode analysis : doc.get("analyses")) {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("metric", analysis.get("metric").textValue());
            analysis.get("summary").fields().forEachRemaining(f -> o.put(f.getKey(), f.getValue().isNull() ? ""
                    : f.getValue().isArray() ? String.join(";", texts(f.getValue())) : f.getValue().asText()));
            objects.add(o);
        }
        assertEquals(t.rowCount(), objects.size());
        assertEquals(t.columnNames(), new ArrayList<>(objects.get(0).keySet()));
        for (int i = 0; i < t.rowCount(); i++) {
            for (String c : List.of("metric", "latest_date", "variation", "assurance", "explanation")) {
                assertEquals(t.stringColumn(c).get(i), objects.get(i).get(c));
            }
            for (String c : List.of("latest_value", "centre", "upper_limit")) {
                assertEquals(Double.parseDouble(t.stringColumn(c).get(i)), Double.parseDouble(objects.get(i).get(c)),
                        0.0, "full precision in both");
            }
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
