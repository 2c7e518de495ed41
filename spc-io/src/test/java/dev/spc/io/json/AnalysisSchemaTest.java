package dev.spc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.ConflictResolution;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.GLimits;
import dev.spc.core.spec.GapPolicy;
import dev.spc.core.spec.GhostsInRuns;
import dev.spc.core.spec.MovingRangeScreening;
import dev.spc.core.spec.Parameter;
import dev.spc.core.spec.RuleScope;
import dev.spc.core.spec.RuleSet;
import dev.spc.core.spec.TwoOfThreeCounting;
import dev.spc.core.spec.XmrLimits;
import dev.spc.io.AnalysisTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar describes the document exactly: a 2020-12 schema, which every document
 * the writer makes satisfies even when no object may hold a property the schema does not name, whose every
 * property is described, and whose lists of ids are the library's.
 */
class AnalysisSchemaTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static JsonNode schema() throws IOException {
        return MAPPER.readTree(AnalysisJson.schema());
    }

    /** Documents of every chart, of auto, and of series with nothing in them. */
    static JsonNode documents() throws IOException {
        List<Analysis> all = Fixtures.everyChart();
        all.add(Spc.analyse(Fixtures.series(ChartType.U), Fixtures.spec(ChartType.AUTO)));
        Series gaps = Series.of("gaps", List.of(Series.Point.gap(Fixtures.START)));
        all.add(Spc.analyse(gaps, Fixtures.spec(ChartType.XBAR_S)));
        all.add(Spc.analyse(Series.of("empty", List.of()), Fixtures.spec(ChartType.P)));
        return MAPPER.readTree(AnalysisJson.toJson(all));
    }

    @Test
    void theSchemaIsADraft202012SchemaWithItsId() throws IOException {
        JsonNode schema = schema();
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").textValue());
        assertEquals(AnalysisJson.SCHEMA_ID, schema.get("$id").textValue());
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
        Set<ValidationMessage> errors = meta.validate(schema);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void everyDocumentTheWriterMakesIsValid() throws IOException {
        JsonNode doc = documents();
        Set<ValidationMessage> errors = FACTORY.getSchema(schema(), CONFIG).validate(doc);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theSchemaNamesEveryPropertyTheWriterWrites() throws IOException {
        // The shipped schema lets later 1.x documents add properties; closed, it still takes every document.
        JsonNode closed = schema().deepCopy();
        close(closed);
        JsonNode doc = documents();
        Set<ValidationMessage> errors = FACTORY.getSchema(closed, CONFIG).validate(doc);
        assertTrue(errors.isEmpty(), errors.toString());
        // And closed, it refuses a property it does not name: the check above can fail.
        ((ObjectNode) doc.get("analyses").get(0).get("points").get(0)).put("unnamed", 1);
        assertFalse(FACTORY.getSchema(closed, CONFIG).validate(doc).isEmpty());
        assertTrue(FACTORY.getSchema(schema(), CONFIG).validate(doc).isEmpty(), "the shipped schema takes it");
    }

    /** Sets additionalProperties false on every object schema that lists properties. */
    static void close(JsonNode node) {
        if (node.isObject()) {
            if (node.has("properties") && node.get("properties").isObject() && node.has("type")) {
                ((ObjectNode) node).put("additionalProperties", false);
            }
            node.forEach(AnalysisSchemaTest::close);
        } else if (node.isArray()) {
            node.forEach(AnalysisSchemaTest::close);
        }
    }

    @Test
    void aDocumentThatBreaksTheSchemaIsCaughtByIt() throws IOException {
        JsonNode doc = documents();
        ((ObjectNode) doc.get("analyses").get(0).get("points").get(0)).put("point", "purple");
        ((ObjectNode) doc.get("analyses").get(1).get("spec")).remove("nelson_k");
        ((ObjectNode) doc).put("version", 2);
        Set<ValidationMessage> errors = FACTORY.getSchema(schema(), CONFIG).validate(doc);
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void everyPropertyIsDescribedInPlainEnglish() throws IOException {
        List<String> undescribed = new ArrayList<>();
        described(schema(), "", undescribed);
        assertTrue(undescribed.isEmpty(), undescribed.toString());
    }

    static void described(JsonNode node, String path, List<String> undescribed) {
        if (!node.isObject()) {
            return;
        }
        for (String group : List.of("properties", "$defs")) {
            JsonNode members = node.get(group);
            if (members == null) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> it = members.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> m = it.next();
                JsonNode d = m.getValue().get("description");
                if (d == null || d.textValue().length() < 10) {
                    undescribed.add(path + "/" + group + "/" + m.getKey());
                }
                described(m.getValue(), path + "/" + group + "/" + m.getKey(), undescribed);
            }
        }
    }

    @Test
    void theSchemasIdsAreTheLibrarys() throws IOException {
        JsonNode s = schema();
        JsonNode defs = s.get("$defs");
        List<String> charts = ids(ChartType.values(), ChartType::id);
        assertEquals(charts.subList(0, charts.size() - 1), list(defs.at("/chart/enum")), "the charts used (no auto)");
        assertEquals(charts, list(defs.at("/spec/properties/chart/enum")));
        assertEquals(ids(RuleId.values(), RuleId::id), list(defs.at("/rule_id/enum")));
        List<String> classes = new ArrayList<>(ids(PointClass.values(), PointClass::id));
        classes.add(null);
        assertEquals(classes, list(defs.at("/point/properties/point/enum")));
        assertEquals(classes, list(defs.at("/summary/properties/latest_point/enum")));
        assertEquals(ids(VariationIcon.values(), VariationIcon::id), list(defs.at("/summary/properties/variation/enum")));
        assertEquals(ids(AssuranceIcon.values(), AssuranceIcon::id), list(defs.at("/summary/properties/assurance/enum")));
        assertEquals(ids(Side.values(), x -> x.name().toLowerCase(Locale.ROOT)), list(defs.at("/signal/properties/side/enum")));
        assertEquals(ids(SeriesKind.values(), SeriesKind::id), list(defs.at("/analysis/properties/kind/enum")));
        JsonNode spec = defs.at("/spec/properties");
        assertEquals(ids(Parameter.values(), Parameter::id), names(spec), "every parameter, in order");
        assertEquals(ids(Parameter.values(), Parameter::id), list(defs.at("/spec/required")));
        assertEquals(ids(Direction.values(), Direction::id), list(spec.at("/direction/enum")));
        assertEquals(ids(XmrLimits.values(), XmrLimits::id), list(spec.at("/xmr_limits/enum")));
        assertEquals(ids(MovingRangeScreening.values(), MovingRangeScreening::id), list(spec.at("/screening/enum")));
        assertEquals(ids(GapPolicy.values(), GapPolicy::id), list(spec.at("/gaps/enum")));
        assertEquals(ids(GLimits.values(), GLimits::id), list(spec.at("/g_limits/enum")));
        assertEquals(ids(RuleSet.values(), RuleSet::id), list(spec.at("/rules/items/enum")));
        assertEquals(ids(TwoOfThreeCounting.values(), TwoOfThreeCounting::id), list(spec.at("/two_of_three/enum")));
        assertEquals(ids(RuleScope.values(), RuleScope::id), list(spec.at("/rule_scope/enum")));
        assertEquals(ids(ConflictResolution.values(), ConflictResolution::id), list(spec.at("/conflict/enum")));
        assertEquals(ids(GhostsInRuns.values(), GhostsInRuns::id), list(spec.at("/ghosts_in_runs/enum")));
        // The point's and the summary's fields are the CSV's, in the CSV's order, then the rest.
        List<String> pointFields = names(defs.at("/point/properties"));
        List<String> csv = AnalysisJsonTest.tableColumnsBut("metric", AnalysisTables.POINT_COLUMNS);
        assertEquals(csv, pointFields.subList(0, csv.size()));
        assertEquals(AnalysisTables.POINT_INPUT_COLUMNS, pointFields.subList(csv.size(), csv.size() + 3));
        assertEquals(AnalysisJsonTest.tableColumnsBut("metric", AnalysisTables.SUMMARY_COLUMNS),
                names(defs.at("/summary/properties")));
    }

    static <E> List<String> ids(E[] values, Function<E, String> id) {
        List<String> out = new ArrayList<>();
        for (E e : values) {
            out.add(id.apply(e));
        }
        return out;
    }

    static List<String> list(JsonNode array) {
        assertTrue(array.isArray(), "not an array: " + array);
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.textValue()));
        return out;
    }

    static List<String> names(JsonNode o) {
        return AnalysisJsonTest.names(o);
    }
}
