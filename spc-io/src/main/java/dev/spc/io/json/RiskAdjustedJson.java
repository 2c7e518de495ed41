package dev.spc.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.spc.core.riskadjusted.Case;
import dev.spc.core.riskadjusted.RiskAdjusted;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Risk-adjusted CUSUMs or VLADs as one JSON document ({@code "format": "spc-risk-adjusted"}, version 1): per
 * metric the chart, its decision intervals and where they came from (given, or simulated with the target
 * ARL and seed), and per case its date, outcome, risk and statistics. Numbers keep full precision.
 */
public final class RiskAdjustedJson {
    /** The document's format name. */
    public static final String FORMAT = "spc-risk-adjusted";


    private RiskAdjustedJson() {
    }

    /** Writes the charts as one document, then flushes the writer (which stays open). */
    public static void write(List<RiskAdjusted> charts, boolean vlad, Writer out) throws IOException {
        try (JsonGenerator g = Documents.begin(out, FORMAT, "metrics")) {
            for (RiskAdjusted r : charts) {
                g.writeStartObject();
                g.writeStringField("metric", r.metric());
                g.writeStringField("chart", vlad ? "vlad" : "ra-cusum");
                g.writeNumberField("odds_ratio_up", r.spec().oddsRatioUp());
                g.writeNumberField("odds_ratio_down", r.spec().oddsRatioDown());
                g.writeNumberField("h_upper", r.hUpper());
                g.writeNumberField("h_lower", r.hLower());
                g.writeStringField("h_from", r.source().id());
                if (r.source() == RiskAdjusted.Source.SIMULATED) {
                    g.writeNumberField("target_arl", r.spec().targetArl());
                    g.writeNumberField("arl_upper", r.arlUpper());
                    g.writeNumberField("arl_lower", r.arlLower());
                    g.writeNumberField("seed", r.spec().seed());
                    g.writeNumberField("runs", r.spec().runs());
                }
                g.writeNumberField("deterioration_signals", r.deteriorationSignals());
                g.writeNumberField("improvement_signals", r.improvementSignals());
                g.writeArrayFieldStart("cases");
                for (int t = 0; t < r.size(); t++) {
                    Case c = r.cases().get(t);
                    g.writeStartObject();
                    g.writeStringField("date", c.date().toString());
                    g.writeNumberField("outcome", c.outcome());
                    g.writeNumberField("risk", c.risk());
                    g.writeNumberField("ra_cusum_upper", r.upper(t));
                    g.writeNumberField("ra_cusum_lower", r.lower(t));
                    g.writeNumberField("vlad", r.vlad(t));
                    g.writeStringField("point", r.signalsDeterioration(t) && !vlad ? "concern"
                            : r.signalsImprovement(t) && !vlad ? "improvement" : "common_cause");
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            Documents.end(g);
        }
    }
}
