package dev.spc.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/**
 * The small JSON documents of funnels, capability and risk-adjusted charts: a generator that indents by two
 * spaces and leaves the writer open, and the document's opening fields.
 */
final class Documents {
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private Documents() {
    }

    /** A generator on the writer, its document begun: {@code {"format": FORMAT, "version": 1, "LIST": [}. */
    static JsonGenerator begin(Writer out, String format, String list) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        g.writeStartObject();
        g.writeStringField("format", format);
        g.writeNumberField("version", 1);
        g.writeArrayFieldStart(list);
        return g;
    }

    /** Ends the list and the document begun by {@link #begin}, and flushes. */
    static void end(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
