package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

/**
 * Every chart family through {@code spc analyse --chart NAME} and {@code spc summary}, on its example file in
 * {@code examples/data/charts/} and on small files whose lines are worked by hand, and the errors each chart
 * gives for data it cannot use (exit 1, naming the row and column).
 */
class ChartFamiliesCommandLineTest {
    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static Path example(String name) {
        return ExampleDataTest.data("charts/" + name);
    }

    static List<String> csvColumn(Path file, int column) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            out.add(cells[column]);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "run, run-median-wait.csv", "mr, mr-theatre-start-delay.csv", "p, p-readmissions.csv",
        "np, np-vte-audit.csv", "u, u-falls-per-bed-day.csv", "c, c-pressure-ulcers.csv",
        "pp, pp-ae-four-hours.csv", "up, up-medication-incidents.csv", "xbar-r, xbar-r-door-to-needle.csv",
        "xbar-s, xbar-s-blood-glucose.csv", "r, r-time-to-triage.csv", "s, s-length-of-stay.csv",
        "g, g-days-between-never-events.csv", "t, t-mrsa-bacteraemia-dates.csv"})
    void eachChartRunsOnItsExampleFile(String chart, String name) {
        Cli.Result r = Cli.run("analyse", example(name).toString(), "--chart", chart);
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        assertEquals(List.of("metric", "date", "value", "centre", "lower_limit", "upper_limit", "point", "rules"),
                t.columnNames().subList(0, 8));
        int judged = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            String point = t.stringColumn("point").get(i);
            if (!point.isEmpty()) {
                judged++;
                assertTrue(List.of("common_cause", "improvement", "concern", "neither").contains(point), point);
            }
            if (!chart.equals("run") && !t.stringColumn("upper_limit").get(i).isEmpty()) {
                double lower = Double.parseDouble(t.stringColumn("lower_limit").get(i));
                double centre = Double.parseDouble(t.stringColumn("centre").get(i));
                double upper = Double.parseDouble(t.stringColumn("upper_limit").get(i));
                assertTrue(lower <= centre || chart.equals("g") && lower <= upper, "row " + i);
                assertTrue(centre <= upper, "row " + i);
            }
        }
        assertTrue(judged >= 15, "most points are judged: " + judged);
        Cli.Result summary = Cli.run("summary", example(name).toString(), "--chart", chart);
        assertEquals(0, summary.status(), summary.toString());
        assertEquals(chart, summary.table().stringColumn("chart").get(0));
    }

    @Test
    void pChartValuesAreTheRatioOfTheColumns() throws IOException {
        Path p = example("p-readmissions.csv");
        Table t = Cli.run("analyse", p.toString(), "--chart", "p").table();
        List<String> num = csvColumn(p, 2);
        List<String> den = csvColumn(p, 3);
        for (int i = 0; i < t.rowCount(); i++) {
            assertEquals(Double.parseDouble(num.get(i)) / Double.parseDouble(den.get(i)),
                    Double.parseDouble(t.stringColumn("value").get(i)), 1e-15);
            assertEquals(num.get(i), t.stringColumn("numerator").get(i));
        }
    }

    @Test
    void xbarValuesAreTheMeansOfEachDatesRows() throws IOException {
        Path p = example("xbar-r-door-to-needle.csv");
        Map<String, List<Double>> byDate = new LinkedHashMap<>();
        List<String> dates = csvColumn(p, 1);
        List<String> values = csvColumn(p, 2);
        for (int i = 0; i < dates.size(); i++) {
            byDate.computeIfAbsent(dates.get(i), k -> new ArrayList<>()).add(Double.parseDouble(values.get(i)));
        }
        Table t = Cli.run("analyse", p.toString(), "--chart", "xbar-r").table();
        assertEquals(byDate.size(), t.rowCount());
        int i = 0;
        for (List<Double> group : byDate.values()) {
            assertEquals(group.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                    Double.parseDouble(t.stringColumn("value").get(i)), 1e-12);
            assertEquals(String.valueOf(group.size()), t.stringColumn("subgroup_size").get(i));
            i++;
        }
    }

    @Test
    void tChartFromEventDatesPlotsTheDaysBetweenThem() throws IOException {
        Path p = example("t-mrsa-bacteraemia-dates.csv");
        List<String> dates = csvColumn(p, 1);
        Table t = Cli.run("analyse", p.toString(), "--chart", "t").table();
        assertEquals(dates.size() - 1, t.rowCount(), "the first event starts the count");
        for (int i = 1; i < dates.size(); i++) {
            long days = ChronoUnit.DAYS.between(LocalDate.parse(dates.get(i - 1)), LocalDate.parse(dates.get(i)));
            assertEquals(days, Double.parseDouble(t.stringColumn("value").get(i - 1)), 0);
            assertEquals(dates.get(i), t.stringColumn("date").get(i - 1));
        }
    }

    @Test
    void handWorkedPChartThroughTheCommandLine() throws IOException {
        // As ChartFamiliesTest: 2/10, 3/20, 5/20, 1/10: CL = 11/60; n = 10: UCL = 0.550416; n = 20: 0.442900.
        Path p = file("p.csv", "date,numerator,denominator\n2024-01-01,2,10\n2024-02-01,3,20\n2024-03-01,5,20\n"
                + "2024-04-01,1,10\n");
        Table t = Cli.run("analyse", p.toString(), "--chart", "p", "--min-points", "2").table();
        assertEquals(11.0 / 60, Double.parseDouble(t.stringColumn("centre").get(0)), 1e-15);
        assertEquals(0.550416, Double.parseDouble(t.stringColumn("upper_limit").get(0)), 1e-6);
        assertEquals(0.442900, Double.parseDouble(t.stringColumn("upper_limit").get(1)), 1e-6);
        assertEquals("0", t.stringColumn("lower_limit").get(1));
    }

    @Test
    void handWorkedXbarSChartFromSummaries() throws IOException {
        // As ChartFamiliesTest: s-bar = 1.263763, grand mean 137/12, UCL = 13.886577 (A3(3) = 1.954410).
        Path p = file("s.csv", "date,value,sd,subgroup\n2024-01-01,11,1,3\n2024-02-01,12,1,3\n"
                + "2024-03-01,10.333333333333334,1.5275252316519468,3\n2024-04-01,12.333333333333334,1.5275252316519468,3\n");
        Table t = Cli.run("analyse", p.toString(), "--chart", "xbar-s", "--min-points", "2").table();
        assertEquals(13.886577, Double.parseDouble(t.stringColumn("upper_limit").get(0)), 1e-6);
        Cli.Result r = Cli.run("analyse", p.toString(), "--chart", "xbar-r", "--min-points", "2");
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("without its range") && r.err().contains("--chart xbar-s"), r.err());
    }

    @Test
    void autoSaysWhichChartItPicked() {
        Cli.Result r = Cli.run("summary", example("p-readmissions.csv").toString(), "--chart", "auto");
        assertEquals(0, r.status(), r.toString());
        assertEquals("p", r.table().stringColumn("chart").get(0));
        assertTrue(r.err().contains("chosen from the data: P chart (p)"), r.err());
        Cli.Result t = Cli.run("summary", example("t-mrsa-bacteraemia-dates.csv").toString(), "--chart", "auto");
        assertEquals("t", t.table().stringColumn("chart").get(0));
        Cli.Result u = Cli.run("summary", example("u-falls-per-bed-day.csv").toString(), "--chart", "auto");
        assertEquals("u", u.table().stringColumn("chart").get(0), "an exposure column holds rates");
        Cli.Result x = Cli.run("summary", example("xbar-r-door-to-needle.csv").toString(), "--chart", "auto");
        assertEquals("xbar-r", x.table().stringColumn("chart").get(0));
    }

    @Test
    void autoChartsAPlainValueFileAsXmr() throws IOException {
        StringBuilder csv = new StringBuilder("date,value\n");
        for (int i = 0; i < 15; i++) {
            csv.append(LocalDate.of(2024, 1, 1).plusMonths(i)).append(',').append(10 + i % 3).append('\n');
        }
        Cli.Result r = Cli.run("summary", file("plain.csv", csv.toString()).toString(), "--chart", "auto");
        assertEquals(0, r.status(), r.toString());
        assertEquals("xmr", r.table().stringColumn("chart").get(0));
        assertTrue(r.err().contains("chosen from the data: XmR chart (xmr)"), r.err());
    }

    @Test
    void theChartDecidesBetweenTheValueAndTheRatio() throws IOException {
        Path p = file("both.csv", "date,value,numerator,denominator\n2024-01-01,85,85,100\n2024-02-01,80,80,100\n"
                + "2024-03-01,90,90,100\n");
        Table xmr = Cli.run("analyse", p.toString(), "--min-points", "2").table();
        assertEquals(List.of("85", "80", "90"), xmr.stringColumn("value").asList());
        Table proportions = Cli.run("analyse", p.toString(), "--chart", "p", "--min-points", "2").table();
        assertEquals(List.of("0.85", "0.8", "0.9"), proportions.stringColumn("value").asList());
    }

    @Test
    void eventRowsKeepTheirAnnotationsAndFlags() throws IOException {
        Path p = file("events.csv", "date,annotation,ghost,rebase\n2024-01-01,,,\n2024-01-11,,,\n"
                + "2024-02-01,new policy,yes,\n2024-03-01,,,yes\n");
        Table t = Cli.run("analyse", p.toString(), "--chart", "g", "--min-points", "2").table();
        assertEquals(List.of("10", "21", "29"), t.stringColumn("value").asList());
        assertEquals(List.of("", "new policy", ""), t.stringColumn("annotation").asList());
        assertEquals(List.of("false", "true", "false"), t.stringColumn("ghost").asList());
        assertEquals(List.of("1", "1", "2"), t.stringColumn("phase").asList());
    }

    @Test
    void summaryCarriesTheRunsAnalysis() {
        Table t = Cli.run("summary", example("run-median-wait.csv").toString(), "--chart", "run").table();
        for (String c : List.of("useful_points", "longest_run", "longest_run_limit", "crossings", "crossings_minimum")) {
            assertFalse(t.stringColumn(c).get(0).isEmpty(), c);
        }
        int useful = Integer.parseInt(t.stringColumn("useful_points").get(0));
        assertEquals(String.valueOf(Math.round(Math.log(useful) / Math.log(2)) + 3),
                t.stringColumn("longest_run_limit").get(0));
        assertTrue(t.stringColumn("latest_rules").get(0).contains("long_run"), t.stringColumn("latest_rules").get(0));
    }

    @Test
    void ruleSetsAreChosenOnTheCommandLineAndInSettings() throws IOException {
        Cli.Result r = Cli.run("analyse", example("c-pressure-ulcers.csv").toString(), "--chart", "c", "--rules",
                "we,nelson,anhoej,ihi");
        assertEquals(0, r.status(), r.toString());
        java.util.Set<String> ids = ids(r.table());
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("we")) && ids.stream().anyMatch(id -> id.startsWith("nelson"))
                && ids.stream().anyMatch(id -> id.startsWith("ihi")), ids.toString());
        for (String id : ids) {
            assertTrue(id.matches("we\\d|nelson\\d|ihi_.*|long_run|few_crossings"), "only the chosen sets: " + ids);
        }
        Path settings = file("settings.csv", "metric,chart,rules\nCategory 2+ pressure ulcers,c,nelson\n");
        Cli.Result s = Cli.run("analyse", example("c-pressure-ulcers.csv").toString(), "--settings", settings.toString());
        java.util.Set<String> fromSettings = ids(s.table());
        assertFalse(fromSettings.isEmpty());
        for (String id : fromSettings) {
            assertTrue(id.startsWith("nelson"), "only Nelson's tests: " + fromSettings);
        }
        Cli.Result bad = Cli.run("analyse", example("c-pressure-ulcers.csv").toString(), "--rules", "westinghouse");
        assertEquals(2, bad.status(), bad.toString());
        assertTrue(bad.err().contains("mdc, anhoej, ihi, we, nelson"), bad.err());
    }

    static java.util.Set<String> ids(Table points) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (String cell : points.stringColumn("rules").asList()) {
            if (!cell.isEmpty()) {
                ids.addAll(List.of(cell.split(";")));
            }
        }
        return ids;
    }

    @Test
    void nelsonKIsSetPerTest() throws IOException {
        // 7 points above the mean, then 7 below: Nelson 2 needs 9 in a row by default, 7 with --nelson-k 2=7.
        StringBuilder csv = new StringBuilder("date,value\n");
        for (int i = 0; i < 14; i++) {
            csv.append(LocalDate.of(2024, 1, 1).plusMonths(i)).append(',').append(i < 7 ? 11 + i % 2 : 9 - i % 2)
                    .append('\n');
        }
        Path p = file("k.csv", csv.toString());
        String plain = String.join(";", Cli.run("analyse", p.toString(), "--rules", "nelson", "--min-points", "2")
                .table().stringColumn("rules").asList());
        String seven = String.join(";", Cli.run("analyse", p.toString(), "--rules", "nelson", "--nelson-k", "2=7",
                "--min-points", "2").table().stringColumn("rules").asList());
        assertFalse(plain.contains("nelson2"), plain);
        assertTrue(seven.contains("nelson2"), seven);
    }

    /** The message of a refused run: exit 1, one line, no output file. */
    String refused(Path input, String... args) {
        Path out = dir.resolve("out.csv");
        List<String> all = new ArrayList<>(List.of("analyse", input.toString(), "-o", out.toString()));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(new String[0]));
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().startsWith("spc: error: " + input), r.toString());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(out));
        return r.err();
    }

    static void contains(String message, String... fragments) {
        for (String f : fragments) {
            assertTrue(message.contains(f), "message lacks «" + f + "»: " + message);
        }
    }

    @Test
    void eachChartRefusesWhatItCannotUseNamingRowAndColumn() throws IOException {
        contains(refused(file("p1.csv", "date,numerator,denominator\n2024-01-01,2,10\n2024-02-01,12,10\n"),
                "--chart", "p"), "row 3", "column 'numerator'", "larger than the denominator", "--chart u");
        contains(refused(file("p2.csv", "date,numerator,denominator\n2024-01-01,2,10\n2024-02-01,1,0\n"),
                "--chart", "p"), "row 3", "column 'denominator'", "not more than zero");
        contains(refused(file("u1.csv", "date,numerator,exposure\n2024-01-01,-2,10\n"), "--chart", "u"),
                "row 2", "column 'numerator'", "negative count");
        contains(refused(file("c1.csv", "date,value\n2024-01-01,2\n2024-02-01,2.5\n"), "--chart", "c"),
                "row 3", "column 'value'", "not a whole number");
        contains(refused(file("c2.csv", "date,value\n2024-01-01,-1\n"), "--chart", "c"), "row 2", "below zero");
        contains(refused(file("t1.csv", "date,value\n2024-01-01,3\n2024-02-01,0\n"), "--chart", "t"),
                "row 3", "column 'value'", "not more than zero", "--chart g");
        contains(refused(file("x1.csv", "date,value\n2024-01-01,3\n2024-01-01,4\n2024-02-01,5\n"), "--chart",
                "xbar-s"), "row 4", "1 measurement", "--chart xmr");
        contains(refused(file("np.csv", "date,numerator,denominator\n2024-01-01,2,50\n2024-02-01,3,60\n"),
                "--chart", "np"), "row 3", "column 'denominator'", "--chart p");
        contains(refused(file("nocols.csv", "date,value\n2024-01-01,3\n"), "--chart", "p"),
                "needs numerator and denominator columns");
        contains(refused(file("ev.csv", "metric,date\nE,2024-01-01\nE,2024-01-01\n"), "--chart", "t"),
                "row 3", "two events on 2024-01-01");
        contains(refused(file("sd.csv", "date,value,sd\n2024-01-01,3,1\n"), "--chart", "xbar-s"),
                "no subgroup column");
        contains(refused(file("dup.csv", "date,value\n2024-01-01,3\n2024-01-01,4\n")), "row 3",
                "--chart xbar-r or xbar-s");
        // Rows out of date order: the row named is the one in the file.
        contains(refused(file("order.csv", "date,numerator,denominator\n2024-03-01,1,10\n2024-01-01,2,10\n"
                + "2024-02-01,150,100\n2024-04-01,1,10\n"), "--chart", "p"), "row 4", "2024-02-01");
        contains(refused(file("half.csv", "date,numerator,denominator\n2024-01-01,2,10\n2024-02-01,7,\n"),
                "--chart", "p"), "row 3", "column 'denominator'", "the numerator is given");
        contains(refused(file("sdgap.csv", "date,value,sd,subgroup\n2024-01-01,3,,4\n"), "--chart", "xbar-s"),
                "row 2", "column 'sd'", "standard deviation is missing");
    }
}
