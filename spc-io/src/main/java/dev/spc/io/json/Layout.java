package dev.spc.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The document's layout: the document, each analysis and its spec and summary, one field a line, indented
 * by two spaces; deeper objects and arrays (a point, a phase, a signal, a list of rules) on one line each, so
 * that a document of many points stays short and reads (and compares) a point a line. One per document:
 * it counts the depth it is at.
 */
final class Layout implements PrettyPrinter {
    /** Objects and arrays this deep (the document is 1) are written on one line. */
    private static final int ONE_LINE = 5;

    private int depth;

    private boolean oneLine() {
        return depth >= ONE_LINE;
    }

    private void newLine(JsonGenerator g, int indent) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < indent; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (!oneLine()) {
            newLine(g, depth);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separator(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        end(g, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (!oneLine()) {
            newLine(g, depth);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separator(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        end(g, values, ']');
    }

    /** Between two entries or values: a comma, then a space on one line or a new line. */
    private void separator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (oneLine()) {
            g.writeRaw(' ');
        } else {
            newLine(g, depth);
        }
    }

    /** The end of an object or array: on a line of its own when it spans lines and has something in it. */
    private void end(JsonGenerator g, int count, char bracket) throws IOException {
        if (!oneLine() && count > 0) {
            newLine(g, depth - 1);
        }
        g.writeRaw(bracket);
        depth--;
    }
}
