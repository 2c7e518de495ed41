package dev.spc.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.FunnelLimits;
import dev.spc.core.funnel.Unit;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Funnels as one JSON document ({@code "format": "spc-funnel"}, version 1): per funnel its settings, target and
 * dispersion, and per unit the fields of the CSV columns under the same names. Numbers keep full precision;
 * one that does not exist (a ratio's log-scale z-score with no events) is {@code null}.
 */
public final class FunnelJson {
    /** The document's format name. */
    public static final String FORMAT = "spc-funnel";
    /** The document's version. */
    public static final int VERSION = 1;


    private FunnelJson() {
    }

    /** Writes the funnels as one document, then flushes the writer (which stays open). */
    public static void write(List<Funnel> funnels, Writer out) throws IOException {
        try (JsonGenerator g = Documents.begin(out, FORMAT, "funnels")) {
            for (Funnel f : funnels) {
                funnel(f, g);
            }
            Documents.end(g);
        }
    }

    private static void funnel(Funnel f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("metric", f.metric());
        g.writeStringField("type", f.spec().type().id());
        g.writeStringField("ratio_scale", f.spec().ratioScale().id());
        g.writeStringField("overdispersion", f.spec().overdispersion().id());
        g.writeNumberField("trim", f.spec().trim());
        number(g, "target", f.target());
        number(g, "phi", f.phi());
        g.writeNumberField("tau2", f.tau2());
        g.writeNumberField("dispersion_units", f.dispersionUnits());
        g.writeBooleanField("adjusted", f.adjusted());
        g.writeArrayFieldStart("units");
        for (int i = 0; i < f.size(); i++) {
            Unit u = f.units().get(i);
            FunnelLimits l = f.limits(i);
            g.writeStartObject();
            g.writeStringField("unit", u.name());
            number(g, "numerator", u.numerator());
            number(g, "denominator", u.denominator());
            number(g, "value", f.value(i));
            number(g, "target", f.target());
            number(g, "lower_95", l.lower95());
            number(g, "upper_95", l.upper95());
            number(g, "lower_998", l.lower998());
            number(g, "upper_998", l.upper998());
            number(g, "z", f.z(i));
            g.writeStringField("outlier", f.outlier(i).id());
            number(g, "z_adjusted", f.zAdjusted(i));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }
}
