package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@code spc funnel} end to end: the contract's columns, the example files' outliers, charts and bad input. */
class FunnelCommandTest {
    static final String HEADER = "metric,unit,numerator,denominator,value,target,lower_95,upper_95,lower_998,upper_998,"
            + "z,outlier";

    @TempDir
    Path dir;

    private static Map<String, String> outliers(Table t) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            out.put(t.stringColumn("metric").get(i) + "/" + t.stringColumn("unit").get(i), t.stringColumn("outlier").get(i));
        }
        return out;
    }

    @Test
    void theMortalityExampleNamesItsOutliersInTheContractsColumns() {
        Cli.Result r = Cli.run("funnel", ExampleDataTest.data("funnel-mortality.csv").toString());
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().startsWith(HEADER + ","), r.out());
        assertTrue(r.err().contains("read as ratios"), r.err());
        Map<String, String> o = outliers(r.table());
        // examples/data/README.md: Redmarsh and Newhey high beyond 99.8%, Oakhurst low beyond 99.8%.
        assertEquals("high_998", o.get("funnel-mortality/Redmarsh"));
        assertEquals("high_998", o.get("funnel-mortality/Newhey"));
        assertEquals("low_998", o.get("funnel-mortality/Oakhurst"));
        assertEquals("none", o.get("funnel-mortality/Aldwick"));
        assertEquals(40, r.table().rowCount());
    }

    @Test
    void aMetricColumnGivesOneFunnelEach() {
        Cli.Result r = Cli.run("funnel", ExampleDataTest.data("funnel-wards.csv").toString(), "--quiet");
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        assertEquals(50, t.rowCount());
        Map<String, String> o = outliers(t);
        // examples/data/README.md: Ward 7 high and Ward 18 low on readmissions; Ward 12 high on pressure ulcers.
        assertEquals("high_998", o.get("Readmissions within 30 days/Ward 7"));
        assertEquals("low_998", o.get("Readmissions within 30 days/Ward 18"));
        assertEquals("high_998", o.get("Patients with a pressure ulcer/Ward 12"));
        // Each funnel's own target: the readmissions' pooled proportion differs from the ulcers'.
        assertFalse(t.stringColumn("target").get(0).equals(t.stringColumn("target").get(49)));
        assertEquals("proportion", t.stringColumn("type").get(0));
    }

    @Test
    void aSmallRatioFunnelWorkedByHand() throws IOException {
        // O = 10 on E = 2 (ratio 5) and O = 2 on E = 2 (ratio 1). Without overdispersion the limits are exact
        // Poisson: at E = 2 the upper 95% limit is qchisq(0.975, 6) / 4 = 14.449 / 4 = 3.612, the upper 99.8%
        // qchisq(0.999, 6) / 4 = 22.458 / 4 = 5.614 (a chi-squared table), so 5 is high at 95% only.
        Path f = dir.resolve("units.csv");
        Files.writeString(f, "unit,observed,expected\nA,10,2\nB,2,2\n");
        Cli.Result r = Cli.run("funnel", f.toString(), "--overdispersion", "none", "--quiet");
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        assertEquals("high_95", t.stringColumn("outlier").get(0));
        assertEquals(14.449 / 4, Double.parseDouble(t.stringColumn("upper_95").get(0)), 5e-4 / 4);
        assertEquals(22.458 / 4, Double.parseDouble(t.stringColumn("upper_998").get(0)), 5e-4 / 4);
        assertEquals("5", t.stringColumn("value").get(0));
        assertEquals("1", t.stringColumn("target").get(0));
        // z = ln(O/E) sqrt(E) on the log scale
        assertEquals(Math.log(5) * Math.sqrt(2), Double.parseDouble(t.stringColumn("z").get(0)), 1e-12);
    }

    @Test
    void jsonCarriesTheSameFields() throws IOException {
        Path out = dir.resolve("funnel.json");
        Cli.Result r = Cli.run("funnel", ExampleDataTest.data("funnel-falls.csv").toString(), "-o", out.toString(),
                "--overdispersion", "multiplicative", "--quiet");
        assertEquals(0, r.status(), r.toString());
        JsonNode doc = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("spc-funnel", doc.get("format").asText());
        JsonNode funnel = doc.get("funnels").get(0);
        assertEquals("rate", funnel.get("type").asText());
        assertEquals("multiplicative", funnel.get("overdispersion").asText());
        JsonNode unit = funnel.get("units").get(0);
        for (String field : HEADER.split(",")) {
            assertTrue(field.equals("metric") || unit.has(field), field);
        }
        assertEquals("North", unit.get("unit").asText());
    }

    @Test
    void drawsEachFunnelAsPngSvgOrPdf() throws IOException {
        for (String ext : new String[] {"png", "svg", "pdf"}) {
            Path target = dir.resolve("mortality." + ext);
            Cli.Result r = Cli.run("funnel", ExampleDataTest.data("funnel-mortality.csv").toString(), "--plot",
                    target.toString(), "--quiet");
            assertEquals(0, r.status(), r.toString());
            assertEquals(target.toString(), r.out().trim());
            assertTrue(Files.size(target) > 1000, ext);
        }
        Cli.Result r = Cli.run("funnel", ExampleDataTest.data("funnel-wards.csv").toString(), "--plot",
                dir.resolve("wards").toString(), "--quiet");
        assertEquals(0, r.status(), r.toString());
        assertTrue(Files.exists(dir.resolve("wards").resolve("readmissions-within-30-days.png")), r.out());
        assertTrue(Files.exists(dir.resolve("wards").resolve("patients-with-a-pressure-ulcer.png")), r.out());
        String svg = Files.readString(dir.resolve("mortality.svg"));
        assertTrue(svg.contains("Redmarsh"), "outliers are labelled");
    }

    @Test
    void aProportionAboveItsDenominatorIsRefusedWithItsRowAndColumn() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "ward,numerator,denominator\nA,3,10\nB,12,10\n");
        Cli.Result r = Cli.run("funnel", f.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("row 3") && r.err().contains("'numerator'") && r.err().contains("--type rate"),
                r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingColumnsAndBadOptionsAreNamed() throws IOException {
        Path f = dir.resolve("nounits.csv");
        Files.writeString(f, "name,numerator,denominator\nA,3,10\n");
        Cli.Result r = Cli.run("funnel", f.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("--unit-column"), r.err());
        assertEquals(0, Cli.run("funnel", f.toString(), "--unit-column", "name", "--quiet").status());
        Cli.Result bad = Cli.run("funnel", f.toString(), "--overdispersion", "lots");
        assertEquals(2, bad.status(), bad.toString());
        assertTrue(bad.err().contains("--overdispersion"), bad.err());
        Path zero = dir.resolve("zero.csv");
        Files.writeString(zero, "unit,observed,expected\nA,3,0\n");
        Cli.Result z = Cli.run("funnel", zero.toString());
        assertEquals(1, z.status(), z.toString());
        assertTrue(z.err().contains("row 2") && z.err().contains("'expected'"), z.err());
    }
}
