package dev.spc.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.spc.core.Analysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Analyses as a JSON document that lasts: the {@code spc-analysis} format, version 1 (docs/json.md; the JSON
 * Schema is {@link #schema()}). One object,
 *
 * <pre>{@code
 * {"format": "spc-analysis", "version": 1, "written_by": "spc 0.1.0", "analyses": [ ... ]}
 * }</pre>
 *
 * whose analyses carry their input (the series and the spec, so that each can be made again exactly) and
 * every result: each point's value, lines, class and rules, the phases, the signals, the notes and a
 * summary with the fields of the command line's {@code summary} CSV.
 *
 * <p>Reading makes each series and spec again, analyses them again with {@link dev.spc.core.Spc#analyse}, and
 * checks that every stored result is the recomputed one, exactly; it returns the recomputed analyses, so
 * {@code AnalysisJson.fromJson(AnalysisJson.toJson(analyses)).equals(analyses)}. A document that cannot be
 * read is refused with an {@link AnalysisJsonException} saying why and where; one whose results differ from
 * this version's (written by a version with another method, or edited) with its subclass
 * {@link AnalysisMismatchException}, naming the metric, the point, the field and the version that wrote it.
 *
 * <p>The promise of a version: within version 1 fields may be added, never renamed or removed, and a reader
 * ignores fields it does not know; a change that breaks a reader is version 2, and a reader refuses a version
 * it does not know. Thread-safe: it keeps no state.
 */
public final class AnalysisJson {
    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "spc-analysis";
    /** The version of the format this library writes, and the only one it reads. */
    public static final int VERSION = 1;
    /** The {@code $id} of the JSON Schema of this version. */
    public static final String SCHEMA_ID = "urn:spc:schema:analysis:1";

    private static final String SCHEMA_RESOURCE = "spc-analysis-1.schema.json";
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final String WRITTEN_BY = "spc " + libraryVersion();

    private AnalysisJson() {
    }

    /**
     * Writes the analyses as one document, then flushes the writer (which stays open). The analyses are
     * taken one at a time, so they may be made as they are written.
     *
     * @throws IllegalArgumentException for an infinite number in an analysis, which JSON cannot hold
     */
    public static void write(Iterable<Analysis> analyses, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(analyses, g);
        }
    }

    /** Writes the analyses as one document in UTF-8, then flushes the stream (which stays open). */
    public static void write(Iterable<Analysis> analyses, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(analyses, g);
        }
    }

    /** The analyses as the text of one document. */
    public static String toJson(List<Analysis> analyses) {
        StringWriter w = new StringWriter();
        try {
            write(analyses, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void write(Iterable<Analysis> analyses, JsonGenerator g) throws IOException {
        g.setPrettyPrinter(new Layout());
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("written_by", WRITTEN_BY);
        g.writeArrayFieldStart("analyses");
        // One analysis at a time: a document of many metrics never sits in memory whole.
        for (Analysis a : analyses) {
            write(AnalysisNodes.analysis(a), g);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    /** Writes a node, numbers as {@link #number} gives them. */
    private static void write(JsonNode n, JsonGenerator g) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    g.writeFieldName(f.getKey());
                    write(f.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : n) {
                    write(item, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> g.writeNumber(n.isIntegralNumber() ? Long.toString(n.longValue()) : number(n.doubleValue()));
            default -> throw new IllegalStateException("no JSON for " + n.getNodeType());
        }
    }

    /**
     * A finite double as the document writes it: the shortest decimal that reads back as the same double
     * (Schubfach, as {@code Double.toString} gives it from Java 19), and a whole number below 10^15 without
     * ".0"; negative zero keeps its sign.
     */
    static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15 && (x != 0 || Double.compare(x, 0.0) == 0)) {
            return Long.toString((long) x);
        }
        return NumberOutput.toString(x, true);
    }

    /** A node as JSON text, for messages; numbers as the document writes them. */
    static String text(JsonNode n) {
        if (n.isNumber() && !n.isIntegralNumber()) {
            return number(n.doubleValue());
        }
        return n.toString();
    }

    /**
     * Reads the analyses of a document, each analysed again and checked against what the document stores.
     *
     * @throws AnalysisJsonException when the text is not JSON, not an {@code spc-analysis} document, of a
     *     version this library does not read, or lacks or misstates a field
     * @throws AnalysisMismatchException when a stored result differs from the recomputed one
     * @throws IOException when the reader fails
     */
    public static List<Analysis> read(Reader in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        return read(root);
    }

    /** Reads the analyses of a document in UTF-8 (or UTF-16 or UTF-32, told by its first bytes); see {@link #read(Reader)}. */
    public static List<Analysis> read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        return read(root);
    }

    /** Reads the analyses of a document's text; see {@link #read(Reader)}. */
    public static List<Analysis> fromJson(String json) {
        try {
            return read(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AnalysisJsonException malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return new AnalysisJsonException(AnalysisJsonException.Reason.MALFORMED, "", null,
                "The text is not a JSON document: " + e.getOriginalMessage() + where + ".", e);
    }

    private static List<Analysis> read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new AnalysisJsonException(AnalysisJsonException.Reason.MALFORMED, "", null,
                    "The text is empty: it holds no JSON document.", null);
        }
        if (!root.isObject()) {
            String old = root.isArray() ? " (spc wrote an array of rows before its JSON had a format and a version; "
                    + "such output cannot be read back)" : "";
            throw new AnalysisJsonException(AnalysisJsonException.Reason.NOT_AN_ANALYSIS_DOCUMENT, "", null,
                    "The JSON is " + DocumentReader.describe(root) + ", not an " + FORMAT + " document, which is an "
                            + "object whose \"format\" is \"" + FORMAT + "\"" + old + ".", null);
        }
        JsonNode by = root.get("written_by");
        String writtenBy = by != null && by.isTextual() ? by.textValue() : null;
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.textValue().equals(FORMAT)) {
            throw new AnalysisJsonException(AnalysisJsonException.Reason.NOT_AN_ANALYSIS_DOCUMENT, "/format", writtenBy,
                    "The JSON is not an " + FORMAT + " document: its \"format\" is "
                            + (format == null ? "missing" : text(format)) + ", not \"" + FORMAT + "\""
                            + by(writtenBy) + ".", null);
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != VERSION) {
            String given = version == null ? "gives no version" : "is version " + text(version);
            throw new AnalysisJsonException(AnalysisJsonException.Reason.UNKNOWN_VERSION, "/version", writtenBy,
                    "The " + FORMAT + " document " + given + by(writtenBy) + "; " + WRITTEN_BY + " reads version "
                            + VERSION + " only. Read it with the version of spc that wrote it, or a later one.", null);
        }
        return new DocumentReader(writtenBy).analyses(root);
    }

    /** ", written by spc 0.1.0" when the document says, for messages. */
    static String by(String writtenBy) {
        return writtenBy == null ? "" : " (written by " + writtenBy + ")";
    }

    /** The JSON Schema (draft 2020-12) of version 1 of the document, whose {@code $id} is {@link #SCHEMA_ID}. */
    public static String schema() {
        try (InputStream in = AnalysisJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a document's {@code written_by} says of this library, such as "spc 0.1.0"; "spc unknown" when the build does not say. */
    public static String writtenBy() {
        return WRITTEN_BY;
    }

    private static String libraryVersion() {
        Properties p = new Properties();
        try (InputStream in = AnalysisJson.class.getResourceAsStream("spc-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall back below
        }
        String version = p.getProperty("version");
        if (version == null || version.isBlank() || version.startsWith("${")) {
            version = AnalysisJson.class.getPackage().getImplementationVersion();
        }
        return version == null || version.isBlank() ? "unknown" : version.trim();
    }
}
