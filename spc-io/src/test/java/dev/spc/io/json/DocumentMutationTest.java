package dev.spc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.spec.ChartType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever is done to a document, reading it either gives analyses or refuses it with an
 * {@link AnalysisJsonException}; never another exception. Seeded: each of many documents has one value
 * replaced by another of any JSON type (or removed), at a place drawn at random.
 */
class DocumentMutationTest {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values of every JSON type, and numbers and texts at the edges of what a field takes. */
    static final List<JsonNode> REPLACEMENTS = List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.textNode(""),
            NODES.textNode("x"), NODES.textNode("2024-02-30"), NODES.textNode("+999999999-12-31"), NODES.numberNode(0),
            NODES.numberNode(-1), NODES.numberNode(1.5), NODES.numberNode(2147483648L), NODES.numberNode(1e300),
            NODES.numberNode(-1e16), NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
            NODES.arrayNode(), NODES.arrayNode().add(1).add("a"), NODES.objectNode());

    @Test
    void everyMutationIsReadOrRefusedWithAReason() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<Analysis> analyses = new ArrayList<>();
        for (ChartType chart : List.of(ChartType.XMR, ChartType.P, ChartType.U, ChartType.XBAR_R, ChartType.G,
                ChartType.RUN)) {
            analyses.add(Spc.analyse(Fixtures.series(chart), Fixtures.spec(chart)));
        }
        String original = AnalysisJson.toJson(analyses);
        Random random = new Random(7);
        int read = 0;
        int refused = 0;
        for (int round = 0; round < 300; round++) {
            JsonNode doc = mapper.readTree(original);
            List<String> pointers = new ArrayList<>();
            collect(doc, "", pointers);
            String at = pointers.get(random.nextInt(pointers.size()));
            String parent = at.substring(0, at.lastIndexOf('/'));
            String key = at.substring(at.lastIndexOf('/') + 1);
            ContainerNode<?> container = (ContainerNode<?>) doc.at(parent);
            boolean remove = random.nextInt(8) == 0;
            JsonNode replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
            if (container instanceof ObjectNode o) {
                if (remove) {
                    o.remove(key);
                } else {
                    o.set(key, replacement);
                }
            } else {
                ArrayNode a = (ArrayNode) container;
                if (remove) {
                    a.remove(Integer.parseInt(key));
                } else {
                    a.set(Integer.parseInt(key), replacement);
                }
            }
            String what = (remove ? "removed " : "set to " + replacement + " ") + at;
            try {
                List<Analysis> back = AnalysisJson.fromJson(doc.toString());
                assertEquals(analyses.size(), back.size(), what);
                read++;
            } catch (AnalysisJsonException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), what);
                refused++;
            } catch (RuntimeException e) {
                fail(what + " threw " + e, e);
            }
        }
        assertTrue(refused > 200, "most mutations are refused: " + refused);
        assertTrue(read > 0, "some change nothing checked (the notes, the explanation): " + read);
    }

    /** The JSON Pointer of every value in the tree, containers and leaves. */
    static void collect(JsonNode node, String at, List<String> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                out.add(at + "/" + name);
                collect(node.get(name), at + "/" + name, out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(at + "/" + i);
                collect(node.get(i), at + "/" + i, out);
            }
        }
    }
}
