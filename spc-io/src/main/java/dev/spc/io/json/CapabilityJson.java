package dev.spc.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.spc.core.capability.Capability;
import dev.spc.io.CapabilityCsv;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Capability as one JSON document ({@code "format": "spc-capability"}, version 1): per metric the fields of
 * the CSV columns under the same names ({@link CapabilityCsv#COLUMNS}), numbers in full precision, an index
 * that does not exist as {@code null}.
 */
public final class CapabilityJson {
    /** The document's format name. */
    public static final String FORMAT = "spc-capability";


    private CapabilityJson() {
    }

    /** Writes the capabilities as one document, then flushes the writer (which stays open). */
    public static void write(List<Capability> all, Writer out) throws IOException {
        try (JsonGenerator g = Documents.begin(out, FORMAT, "metrics")) {
            for (Capability c : all) {
                g.writeStartObject();
                g.writeStringField("metric", c.analysis().metric());
                g.writeNumberField("n", c.n());
                double[] values = {c.mean(), c.sigmaWithin(), c.sigmaOverall(), c.cp().value(), c.cpk().value(),
                    c.cpm().value(), c.pp().value(), c.ppk().value(), c.cp().lower(), c.cp().upper(), c.cpk().lower(),
                    c.cpk().upper(), c.cpm().lower(), c.cpm().upper(), c.pp().lower(), c.pp().upper(), c.ppk().lower(),
                    c.ppk().upper(), c.confidence(), c.limits().lower().orElse(Double.NaN),
                    c.limits().upper().orElse(Double.NaN), c.limits().effectiveTarget().orElse(Double.NaN)};
                for (int k = 0; k < values.length; k++) {
                    String name = CapabilityCsv.COLUMNS.get(k + 2);
                    if (Double.isFinite(values[k])) {
                        g.writeNumberField(name, values[k]);
                    } else {
                        g.writeNullField(name);
                    }
                }
                g.writeStringField("chart", c.analysis().chart().id());
                g.writeStringField("control", c.control().id());
                g.writeNumberField("special_causes", c.specialCauses());
                g.writeEndObject();
            }
            Documents.end(g);
        }
    }
}
