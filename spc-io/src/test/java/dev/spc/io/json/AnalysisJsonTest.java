package dev.spc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.ConflictResolution;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.GLimits;
import dev.spc.core.spec.GapPolicy;
import dev.spc.core.spec.MovingRangeScreening;
import dev.spc.core.spec.RuleScope;
import dev.spc.core.spec.RuleSet;
import dev.spc.core.spec.TwoOfThreeCounting;
import dev.spc.core.spec.XmrLimits;
import dev.spc.io.AnalysisTables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The spc-analysis document, version 1: every chart's analysis comes back equal from its document, the
 * document says what docs/json.md says it does, and a document that is not this version's, or whose numbers
 * are not this version's, is refused saying where and why. Every number compared is either worked by hand (in
 * the comments) or the library's own recomputation of the same analysis.
 */
class AnalysisJsonTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    static Series values(double... v) {
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            points.add(Series.Point.of(START.plusMonths(i), v[i]));
        }
        return Series.of("m", points);
    }

    static ChartSpec small(ChartType chart) {
        return ChartSpec.builder().chart(chart).minimumPoints(2).build();
    }

    static JsonNode tree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    static JsonNode tree(Analysis a) throws IOException {
        return tree(AnalysisJson.toJson(List.of(a))).get("analyses").get(0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ChartType.class, names = "AUTO", mode = EnumSource.Mode.EXCLUDE)
    void everyChartComesBackEqualWithItsGapsGhostsNotesTargetsRebaseAndUnit(ChartType chart) throws IOException {
        Analysis a = Spc.analyse(Fixtures.series(chart), Fixtures.spec(chart));
        // The fixture carries everything the document must give back.
        assertTrue(a.series().isGap(Fixtures.GAP) && a.series().isGhost(Fixtures.GHOST)
                && a.series().annotation(Fixtures.ANNOTATED).isPresent()
                && a.series().target(Fixtures.OWN_TARGET).isPresent() && a.series().isRebase(Fixtures.REBASE));
        assertEquals(2, a.phases().size());
        String json = AnalysisJson.toJson(List.of(a));
        List<Analysis> back = AnalysisJson.fromJson(json);
        assertEquals(List.of(a), back);
        assertEquals(a.series().unit(), back.get(0).series().unit());
        assertEquals(json, AnalysisJson.toJson(back), "the document of what was read is the document read");
        JsonNode doc = tree(json).get("analyses").get(0);
        assertEquals(chart.id(), doc.get("chart").textValue());
        assertEquals(chart.id(), doc.get("spec").get("chart").textValue());
    }

    @Test
    void manyMetricsInOneDocumentComeBackInOrderThroughStreams() throws IOException {
        List<Analysis> all = Fixtures.everyChart();
        // A metric's name in any script, and a spec with every parameter away from its default.
        Series named = Series.of("Temperatur ≥ 38 °C — Ärzte", values(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7).points())
                .withUnit("°C");
        ChartSpec everything = ChartSpec.builder().chart(ChartType.XMR).direction(Direction.DECREASE).target(4.5)
                .baselinePoints(8).recalculateFrom(START.plusMonths(10)).minimumPoints(3).xmrLimits(XmrLimits.SIGMA)
                .screening(MovingRangeScreening.SCREEN).gaps(GapPolicy.BRIDGE)
                .gLimits(GLimits.PROBABILITY).rules(RuleSet.MDC, RuleSet.WESTERN_ELECTRIC, RuleSet.NELSON).shiftLength(7)
                .trendLength(5).twoOfThree(TwoOfThreeCounting.INCLUDING_BEYOND_LIMITS)
                .ruleScope(RuleScope.WITHIN_PHASE).conflict(ConflictResolution.CONCERN_WINS)
                .nelsonK(2, 7).build();
        all.add(Spc.analyse(named, everything));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisJson.write(all, out);
        List<Analysis> back = AnalysisJson.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(all, back);
        assertEquals(everything, back.get(back.size() - 1).spec());
        JsonNode spec = tree(out.toString(StandardCharsets.UTF_8)).get("analyses").get(all.size() - 1)
                .get("spec");
        assertEquals("[\"mdc\",\"we\",\"nelson\"]", spec.get("rules").toString());
        assertEquals("[3,7,6,14,2,4,15,8]", spec.get("nelson_k").toString());
        assertEquals("[\"2024-11-01\"]", spec.get("recalculate_from").toString());
        assertEquals(8, spec.get("baseline_points").intValue());
    }

    @Test
    void autoIsWrittenAsAskedAndTheChartAsUsed() throws IOException {
        // ChartType.AUTO's rules (docs/methods.md, "Choosing a chart"): subgroups of at most 10 with ranges give
        // Xbar-R; counts over an exposure a U chart, other ratios a P chart; days between events a T chart; else XmR.
        List<Series> series = List.of(Fixtures.series(ChartType.XMR), Fixtures.series(ChartType.P),
                Fixtures.series(ChartType.U), Fixtures.series(ChartType.XBAR_R), Fixtures.series(ChartType.T));
        List<String> used = List.of("xmr", "p", "u", "xbar-r", "t");
        List<Analysis> analyses = new ArrayList<>();
        for (Series s : series) {
            analyses.add(Spc.analyse(s, Fixtures.spec(ChartType.AUTO)));
        }
        String json = AnalysisJson.toJson(analyses);
        assertEquals(analyses, AnalysisJson.fromJson(json));
        for (int k = 0; k < used.size(); k++) {
            JsonNode a = tree(json).get("analyses").get(k);
            assertEquals("auto", a.get("spec").get("chart").textValue());
            assertEquals(used.get(k), a.get("chart").textValue());
            assertEquals(used.get(k), a.get("summary").get("chart").textValue());
        }
        // The same analyses asked for their charts by name say so.
        Analysis named = Spc.analyse(series.get(1), Fixtures.spec(ChartType.P));
        assertEquals("p", tree(named).get("spec").get("chart").textValue());
    }

    @Test
    void emptySeriesAndSeriesOfGapsComeBackOnEveryChart() {
        Series gaps = Series.of("m", List.of(Series.Point.gap(START), Series.Point.gap(START.plusMonths(1))));
        Series empty = Series.of("m", List.of());
        List<Analysis> analyses = new ArrayList<>();
        for (ChartType chart : ChartType.values()) {
            analyses.add(Spc.analyse(gaps, small(chart)));
            analyses.add(Spc.analyse(empty, small(chart)));
        }
        assertEquals(analyses, AnalysisJson.fromJson(AnalysisJson.toJson(analyses)));
    }

    @Test
    void periodsComeBackWithTheirLabels() throws IOException {
        // START is 1 January 2024: month 10 of financial year 2023/24 (April 2023 to March 2024).
        Series months = values(5, 7, 6, 8).withPeriod(dev.spc.core.series.Period.FINANCIAL_MONTH);
        Analysis a = Spc.analyse(months, small(ChartType.XMR));
        JsonNode c = tree(a);
        assertEquals("financial_month", c.get("period").textValue());
        assertEquals("2023/24 M10", c.get("points").get(0).get("label").textValue());
        assertEquals("2024/25 M01", c.get("points").get(3).get("label").textValue());
        Analysis back = AnalysisJson.fromJson(AnalysisJson.toJson(List.of(a))).get(0);
        assertEquals(a, back);
        assertEquals(months.period(), back.series().period());

        ObjectNode doc = (ObjectNode) tree(AnalysisJson.toJson(List.of(a)));
        ((ObjectNode) doc.get("analyses").get(0)).put("period", "fortnight");
        AnalysisJsonException e = assertThrows(AnalysisJsonException.class, () -> AnalysisJson.fromJson(doc.toString()));
        assertEquals("/analyses/0/period", e.location());
        assertTrue(e.getMessage().contains("'fortnight' is not a kind of period; the kinds are financial_year, "
                + "financial_quarter, financial_month, year, quarter, iso_week, week_ending"), e.getMessage());
    }

    @Test
    void aCChartWorkedByHandReadsAsWorked() throws IOException {
        // Counts 2 5 3 6: centre = 16 / 4 = 4, sigma = sqrt(4) = 2, upper limit 4 + 6 = 10, lower 4 - 6 < 0 -> 0;
        // two-sigma lines 4 -+ 4 = 0 and 8; one-sigma lines 2 and 6.
        Analysis a = Spc.analyse(values(2, 5, 3, 6), small(ChartType.C));
        JsonNode doc = tree(AnalysisJson.toJson(List.of(a)));
        assertEquals("spc-analysis", doc.get("format").textValue());
        assertEquals(1, doc.get("version").intValue());
        assertEquals(AnalysisJson.writtenBy(), doc.get("written_by").textValue());
        assertTrue(AnalysisJson.writtenBy().matches("spc \\d+\\.\\d+\\.\\d+.*"), AnalysisJson.writtenBy());
        JsonNode c = doc.get("analyses").get(0);
        assertEquals(List.of("metric", "unit", "bounds", "chart", "kind", "spec", "points", "phases", "signals", "notes",
                "summary"), names(c));
        // Counts: 0 below, no bound above (null).
        assertEquals("{\"lower\":0,\"upper\":null}", c.get("bounds").toString());
        assertEquals("values", c.get("kind").textValue());
        JsonNode p = c.get("points").get(1);
        assertEquals(List.of("date", "value", "centre", "lower_limit", "upper_limit", "point", "rules", "phase",
                "lower_two_sigma", "upper_two_sigma", "sigma", "ghost", "gap", "target", "annotation", "input_value",
                "input_target", "rebase", "lower_one_sigma", "upper_one_sigma", "judged", "lower_limit_bounded",
                "upper_limit_bounded"), names(p));
        assertEquals("2024-02-01", p.get("date").textValue());
        assertEquals(5, p.get("value").doubleValue(), 0);
        assertEquals(4, p.get("centre").doubleValue(), 0);
        assertEquals(0, p.get("lower_limit").doubleValue(), 0);
        assertEquals(10, p.get("upper_limit").doubleValue(), 0);
        assertEquals(8, p.get("upper_two_sigma").doubleValue(), 0);
        assertEquals(2, p.get("sigma").doubleValue(), 0);
        assertEquals(2, p.get("lower_one_sigma").doubleValue(), 0);
        assertEquals(6, p.get("upper_one_sigma").doubleValue(), 0);
        assertEquals("common_cause", p.get("point").textValue());
        assertTrue(p.get("rules").isArray() && p.get("rules").isEmpty());
        assertTrue(p.get("target").isNull() && p.get("annotation").isNull() && p.get("input_target").isNull());
        JsonNode phase = c.get("phases").get(0);
        assertEquals(List.of("number", "first", "last", "first_date", "last_date", "points", "centre", "sigma",
                "lower_limit", "upper_limit", "lower_two_sigma", "upper_two_sigma", "average_moving_range",
                "moving_ranges"), names(phase));
        assertEquals(3, phase.get("last").intValue());
        assertEquals("2024-04-01", phase.get("last_date").textValue());
        assertEquals(4, phase.get("points").intValue());
        assertTrue(phase.get("moving_ranges").isNull(), "a C chart uses no moving ranges");
        JsonNode summary = c.get("summary");
        assertEquals(tableColumnsBut("metric", AnalysisTables.SUMMARY_COLUMNS), names(summary));
        assertEquals("2024-04-01", summary.get("latest_date").textValue());
        assertEquals(6, summary.get("latest_value").doubleValue(), 0);
    }

    @Test
    void theInputIsKeptWhereTheValueIsTheChartsStatistic() throws IOException {
        // MR chart of 1 3 2 6: the values are the moving ranges -, 2, 1, 4; the measurements are the input.
        JsonNode mr = tree(Spc.analyse(values(1, 3, 2, 6), small(ChartType.MR))).get("points");
        assertTrue(mr.get(0).get("value").isNull());
        assertTrue(mr.get(0).get("point").isNull(), "a point with no value has no class");
        assertEquals(1, mr.get(0).get("input_value").doubleValue(), 0);
        assertEquals(2, mr.get(1).get("value").doubleValue(), 0);
        assertEquals(3, mr.get(1).get("input_value").doubleValue(), 0);
        // P chart of 2/10 and 3/20: the value is the proportion 0.2, made from the numerator and denominator.
        Series ratios = Series.of("m", List.of(Series.Point.ratio(START, 2, 10), Series.Point.ratio(START.plusMonths(1), 3, 20)));
        JsonNode p = tree(Spc.analyse(ratios, small(ChartType.P)));
        assertEquals("ratios", p.get("kind").textValue());
        JsonNode first = p.get("points").get(0);
        assertEquals(0.2, first.get("value").doubleValue(), 0);
        assertEquals(0.2, first.get("input_value").doubleValue(), 0);
        assertEquals(2, first.get("numerator").doubleValue(), 0);
        assertEquals(10, first.get("denominator").doubleValue(), 0);
        // Xbar-R of {10, 12, 11} and {13, 11, 12}: the first mean is 11, its sd sqrt((1 + 1 + 0) / 2) = 1, range 2.
        Series groups = Series.of("m", List.of(Series.Point.subgroup(START, Subgroup.of(10, 12, 11)),
                Series.Point.subgroup(START.plusMonths(1), Subgroup.of(13, 11, 12))));
        JsonNode x = tree(Spc.analyse(groups, small(ChartType.XBAR_R)));
        assertEquals("subgroups", x.get("kind").textValue());
        JsonNode g = x.get("points").get(0);
        assertEquals(List.of("annotation", "subgroup_size", "input_value", "input_target", "rebase", "subgroup_mean",
                "subgroup_sd", "subgroup_range", "lower_one_sigma"), names(g).subList(14, 23));
        assertEquals(3, g.get("subgroup_size").intValue());
        assertEquals(11, g.get("subgroup_mean").doubleValue(), 0);
        assertEquals(1, g.get("subgroup_sd").doubleValue(), 0);
        assertEquals(2, g.get("subgroup_range").doubleValue(), 0);
        assertEquals(11, g.get("value").doubleValue(), 0);
        // Rates and event intervals are kinds of their own, which their factories make.
        assertEquals("rates", tree(Spc.analyse(Series.rates("m", ratios.points()), small(ChartType.U))).get("kind").textValue());
        Series events = Series.intervalsBetween("m", List.of(START, START.plusDays(3), START.plusDays(10)));
        JsonNode t = tree(Spc.analyse(events, small(ChartType.T)));
        assertEquals("event_intervals", t.get("kind").textValue());
        // 2024-01-04 to 2024-01-11: 7 days.
        assertEquals(7, t.get("points").get(1).get("input_value").doubleValue(), 0);
        assertEquals(Spc.analyse(events, small(ChartType.T)), AnalysisJson.fromJson(AnalysisJson.toJson(
                List.of(Spc.analyse(events, small(ChartType.T))))).get(0));
    }

    @Test
    void numbersAreTheShortestDecimalsThatReadBackExactly() {
        // 0.1 + 0.2 is the double above 0.3: its shortest decimal needs 17 digits.
        assertEquals("0.30000000000000004", AnalysisJson.number(0.1 + 0.2));
        assertEquals("11", AnalysisJson.number(11.0));
        assertEquals("-3", AnalysisJson.number(-3.0));
        assertEquals("0", AnalysisJson.number(0.0));
        assertEquals("-0.0", AnalysisJson.number(-0.0));
        assertEquals("1.0E15", AnalysisJson.number(1e15));
        assertEquals("1.0E-5", AnalysisJson.number(1e-5));
        // JDK-4511638: Java 17's Double.toString writes 2.82879384806159008E17, which is not the shortest.
        assertEquals("2.82879384806159E17", AnalysisJson.number(2.82879384806159E17));
        // Negative zero and 17-digit values come back as the very same doubles (Series compares them bit by bit).
        Analysis a = Spc.analyse(values(-0.0, 0.1 + 0.2, 1.0 / 3, 1e-300, -1e15), small(ChartType.XMR));
        assertEquals(List.of(a), AnalysisJson.fromJson(AnalysisJson.toJson(List.of(a))));
    }

    @Test
    void theCsvFieldsCarryTheCsvValues() throws IOException {
        List<Analysis> all = Fixtures.everyChart();
        Table points = AnalysisTables.points(all);
        Table summary = AnalysisTables.summary(all);
        JsonNode doc = tree(AnalysisJson.toJson(all));
        int row = 0;
        for (int k = 0; k < all.size(); k++) {
            JsonNode a = doc.get("analyses").get(k);
            assertEquals(all.get(k).metric(), a.get("metric").textValue());
            List<String> csv = new ArrayList<>(tableColumnsBut("metric", AnalysisTables.POINT_COLUMNS));
            if (all.get(k).series().hasDenominators()) {
                csv.addAll(List.of("numerator", "denominator"));
            }
            if (all.get(k).series().hasSubgroups()) {
                csv.add("subgroup_size");
            }
            for (JsonNode p : a.get("points")) {
                assertEquals(csv, names(p).subList(0, csv.size()), all.get(k).chart().id());
                for (String column : csv) {
                    assertSameCell(points.column(column), row, p.get(column), all.get(k).metric() + " " + column);
                }
                row++;
            }
            for (String column : tableColumnsBut("metric", AnalysisTables.SUMMARY_COLUMNS)) {
                assertSameCell(summary.column(column), k, a.get("summary").get(column), all.get(k).metric() + " " + column);
            }
        }
        assertEquals(points.rowCount(), row);
    }

    /** A cell of the CSV's table and the JSON field are the same value: a missing cell is null, rules are listed. */
    static void assertSameCell(Column<?> column, int row, JsonNode v, String what) {
        if (column instanceof DoubleColumn d) {
            double x = d.getDouble(row);
            assertEquals(Double.isNaN(x), v.isNull(), what);
            if (!v.isNull()) {
                assertEquals(Double.doubleToLongBits(x), Double.doubleToLongBits(v.doubleValue()), what);
            }
        } else if (column instanceof IntColumn i) {
            assertEquals(i.isMissing(row), v.isNull(), what);
            if (!v.isNull()) {
                assertEquals(i.getInt(row), v.intValue(), what);
            }
        } else if (column instanceof BooleanColumn b) {
            assertEquals(b.get(row), v.booleanValue(), what);
        } else if (column instanceof DateColumn d) {
            assertEquals(d.isMissing(row) ? null : d.get(row).toString(), v.isNull() ? null : v.textValue(), what);
        } else {
            String text = column.getString(row);
            if (v.isArray()) {
                List<String> ids = new ArrayList<>();
                v.forEach(id -> ids.add(id.textValue()));
                assertEquals(text, String.join(";", ids), what);
            } else {
                assertEquals(text, v.isNull() ? "" : v.textValue(), what);
            }
        }
    }

    @Test
    void aTamperedNumberIsRefusedNamingTheMetricThePointTheFieldAndTheWriter() throws IOException {
        Analysis a = Spc.analyse(Fixtures.series(ChartType.XMR), Fixtures.spec(ChartType.XMR));
        ObjectNode doc = (ObjectNode) tree(AnalysisJson.toJson(List.of(a)));
        doc.put("written_by", "spc 0.0.9");
        ObjectNode point = (ObjectNode) doc.get("analyses").get(0).get("points").get(3);
        double upper = a.upperLimit(3);
        point.put("upper_limit", Math.nextUp(upper));
        AnalysisMismatchException e = assertThrows(AnalysisMismatchException.class,
                () -> AnalysisJson.fromJson(doc.toString()));
        assertEquals(AnalysisJsonException.Reason.RESULTS_DIFFER, e.reason());
        assertEquals(a.metric(), e.metric());
        assertEquals(OptionalInt.of(3), e.point());
        assertEquals(Optional.of(Fixtures.START.plusMonths(3)), e.date());
        assertEquals("upper_limit", e.field());
        assertEquals(AnalysisJson.number(Math.nextUp(upper)), e.stored());
        assertEquals(AnalysisJson.number(upper), e.recomputed());
        assertEquals(Optional.of("spc 0.0.9"), e.writtenBy());
        assertEquals("/analyses/0/points/3/upper_limit", e.location());
        for (String part : List.of(a.metric(), "point 3 (2023-04-01)", "upper_limit", e.stored(), e.recomputed(),
                "spc 0.0.9", AnalysisJson.writtenBy())) {
            assertTrue(e.getMessage().contains(part), part + " in: " + e.getMessage());
        }
    }

    @Test
    void aTamperedClassRuleIconPhaseOrSignalIsRefused() throws IOException {
        // A shift of 6 points above the mean on an XmR chart, so that there is a signal to tamper with.
        Analysis a = Spc.analyse(values(1, 2, 1, 2, 1, 2, 5, 6, 5, 6, 5, 6), small(ChartType.XMR));
        assertFalse(a.signals().isEmpty());
        String json = AnalysisJson.toJson(List.of(a));
        assertRefused(json, "/points/7/point", "\"concern\"", "point");
        assertRefused(json, "/points/7/rules", "[]", "rules");
        assertRefused(json, "/points/7/phase", "2", "phase");
        assertRefused(json, "/summary/variation", "\"concern_high\"", "variation");
        assertRefused(json, "/summary/assurance", "\"pass\"", "assurance");
        assertRefused(json, "/phases/0/centre", "3.25", "centre");
        assertRefused(json, "/signals/0/length", "5", "length");
        assertRefused(json, "/signals", "[]", "signals");
        assertRefused(json, "/chart", "\"run\"", "chart");
        // The input cannot be changed behind the results' back either: the value is recomputed from it.
        assertRefused(json, "/points/0/input_value", "1.5", "value");
    }

    /** The document with one field of its analysis replaced is refused as differing in the given field. */
    static void assertRefused(String json, String pointer, String replacement, String field) throws IOException {
        JsonNode doc = tree(json);
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        ((ObjectNode) doc.get("analyses").get(0).at(parent)).set(name, tree(replacement));
        AnalysisMismatchException e = assertThrows(AnalysisMismatchException.class,
                () -> AnalysisJson.fromJson(doc.toString()), pointer);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.location().startsWith("/analyses/0"), e.location());
    }

    @Test
    void anUnknownVersionIsRefusedSayingWhichVersionsAreRead() throws IOException {
        ObjectNode doc = (ObjectNode) tree(AnalysisJson.toJson(List.of(Spc.analyse(values(1, 2, 3), small(ChartType.XMR)))));
        doc.put("version", 2);
        doc.put("written_by", "spc 9.0.0");
        AnalysisJsonException e = assertThrows(AnalysisJsonException.class, () -> AnalysisJson.fromJson(doc.toString()));
        assertEquals(AnalysisJsonException.Reason.UNKNOWN_VERSION, e.reason());
        assertEquals("/version", e.location());
        assertEquals(Optional.of("spc 9.0.0"), e.writtenBy());
        for (String part : List.of("version 2", "spc 9.0.0", "reads version 1 only")) {
            assertTrue(e.getMessage().contains(part), part + " in: " + e.getMessage());
        }
        doc.remove("version");
        assertEquals(AnalysisJsonException.Reason.UNKNOWN_VERSION,
                assertThrows(AnalysisJsonException.class, () -> AnalysisJson.fromJson(doc.toString())).reason());
    }

    @Test
    void otherTextIsRefusedPlainly() throws IOException {
        String good = AnalysisJson.toJson(List.of(Spc.analyse(values(1, 2, 3), small(ChartType.XMR))));
        assertReason(AnalysisJsonException.Reason.MALFORMED, "{\"format\": ", "not a JSON document");
        assertReason(AnalysisJsonException.Reason.MALFORMED, "", "empty");
        assertReason(AnalysisJsonException.Reason.MALFORMED, good + " {}", "not a JSON document");
        assertReason(AnalysisJsonException.Reason.MALFORMED, "{\"format\": \"spc-analysis\", \"format\": \"x\"}",
                "Duplicate");
        assertReason(AnalysisJsonException.Reason.NOT_AN_ANALYSIS_DOCUMENT, "[{\"metric\": \"m\"}]",
                "array of rows");
        assertReason(AnalysisJsonException.Reason.NOT_AN_ANALYSIS_DOCUMENT,
                good.replace("\"spc-analysis\"", "\"spc-report\""), "\"spc-report\"");
        // A field missing, of the wrong type, or naming nothing the library knows: refused with where it is.
        AnalysisJsonException missing = assertReason(AnalysisJsonException.Reason.INVALID,
                good.replace("\"input_value\": 2,", ""), "\"input_value\" is missing");
        assertEquals("/analyses/0/points/1/input_value", missing.location());
        assertReason(AnalysisJsonException.Reason.INVALID, good.replace("\"direction\": \"neither\"",
                "\"direction\": \"up\""), "expected one of increase, decrease, neither");
        assertReason(AnalysisJsonException.Reason.INVALID, good.replace("\"kind\": \"values\"", "\"kind\": \"subgroups\""),
                "the kind is 'subgroups', but the points make a series of values");
        assertReason(AnalysisJsonException.Reason.INVALID, good.replace("\"date\": \"2024-02-01\"",
                "\"date\": \"01/02/2024\""), "ISO date");
        assertReason(AnalysisJsonException.Reason.INVALID, good.replace("\"shift\": 6", "\"shift\": 2"),
                "at least 3 points");
        assertReason(AnalysisJsonException.Reason.INVALID, good.replace("\"date\": \"2024-02-01\"",
                "\"date\": \"2024-01-01\""), "do not make a series");
    }

    static AnalysisJsonException assertReason(AnalysisJsonException.Reason reason, String json, String says) {
        AnalysisJsonException e = assertThrows(AnalysisJsonException.class, () -> AnalysisJson.fromJson(json));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(says), says + " in: " + e.getMessage());
        return e;
    }

    @Test
    void fieldsAddedWithinTheVersionAreIgnored() throws IOException {
        Analysis a = Spc.analyse(Fixtures.series(ChartType.P), Fixtures.spec(ChartType.P));
        ObjectNode doc = (ObjectNode) tree(AnalysisJson.toJson(List.of(a)));
        doc.put("generated_at", "2031-01-01T00:00:00Z");
        ObjectNode analysis = (ObjectNode) doc.get("analyses").get(0);
        analysis.putObject("forecast").put("method", "later");
        ((ObjectNode) analysis.get("spec")).put("seasonality", 12);
        for (JsonNode p : analysis.get("points")) {
            ((ObjectNode) p).put("z_score", 0.5);
        }
        ((ArrayNode) analysis.get("notes")).add("A note worded by another version.");
        assertEquals(List.of(a), AnalysisJson.fromJson(doc.toString()));
    }

    @Test
    void theExampleInTheDocsReadsBackAsTheAnalysisItDescribes() throws IOException {
        String docs = Files.readString(repositoryFile("docs/json.md"));
        String example = docs.substring(docs.indexOf("## An example"));
        example = example.substring(example.indexOf("```json") + 7, example.lastIndexOf("```"));
        // Counts 2 5 3 6, the third with a note: C chart, centre 16 / 4 = 4, sigma = sqrt(4) = 2, limits 4 -+ 6
        // (the lower clamped at 0), as the page says; read, the document is checked against this analysis.
        List<Series.Point> points = new ArrayList<>(values(2, 5, 3, 6).points());
        points.set(2, points.get(2).withAnnotation("New mattresses"));
        Analysis a = Spc.analyse(Series.of("Pressure ulcers", points), ChartSpec.builder().chart(ChartType.C)
                .minimumPoints(2).direction(Direction.DECREASE).target(3).build());
        assertEquals(List.of(a), AnalysisJson.fromJson(example));
        assertEquals(4, a.centre(0), 0);
        assertEquals(10, a.upperLimit(0), 0);
        assertTrue(example.contains("\"centre\": 4, \"lower_limit\": 0, \"upper_limit\": 10"), example);
    }

    /** A file of the repository, found from the module's folder up. */
    static Path repositoryFile(String name) {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(name))) {
                return d.resolve(name);
            }
        }
        throw new IllegalStateException(name + " not found above " + Paths.get("").toAbsolutePath());
    }

    @Test
    void aDocumentOfAnEarlierEditionOfTheVersionLacksOnlyTheFieldsAddedSince() throws IOException {
        // The bounds came within version 1: a document without them reads as before; every other field the
        // writer writes is required.
        assertEquals(5, DocumentReader.ADDED_WITHIN_VERSION.size());
        String good = AnalysisJson.toJson(List.of(Spc.analyse(values(1, 2, 3), small(ChartType.XMR))));
        AnalysisJsonException e = assertReason(AnalysisJsonException.Reason.INVALID,
                good.replace("\"judged\": true, ", ""), "\"judged\" is missing");
        assertEquals("/analyses/0/points/0/judged", e.location());
    }

    @Test
    void anInfiniteNumberIsNotWrittenAsSomethingElse() {
        assertThrows(IllegalArgumentException.class, () -> AnalysisNodes.number(Double.POSITIVE_INFINITY));
    }

    static List<String> names(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> tableColumnsBut(String but, List<String> columns) {
        List<String> out = new ArrayList<>(columns);
        out.remove(but);
        return out;
    }
}
