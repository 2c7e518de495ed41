package dev.spc.io;

import dev.spc.core.riskadjusted.Case;
import dev.spc.core.riskadjusted.RiskAdjusted;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Risk-adjusted CUSUMs and VLADs written as CSV (docs/risk-adjusted.md): one row per case with the columns of
 * {@code analyse} first ({@link AnalysisTables#POINT_COLUMNS}: the value is the outcome; the centre 0; the
 * limits the decision intervals {@code -h_lower} and {@code h_upper} of a CUSUM, none for a VLAD), then
 * {@code ra_cusum_upper,ra_cusum_lower} or {@code vlad}, then {@code risk}; or one row per metric for a summary.
 */
public final class RiskAdjustedCsv {
    /** The summary's columns, in order. */
    public static final List<String> SUMMARY_COLUMNS = List.of("metric", "points", "latest_date", "latest_value",
            "centre", "lower_limit", "upper_limit", "target", "variation", "assurance", "chart", "ra_cusum_upper",
            "ra_cusum_lower", "vlad", "deterioration_signals", "improvement_signals", "h_upper", "h_lower", "h_from",
            "target_arl", "arl_upper", "arl_lower", "seed", "odds_ratio_up", "odds_ratio_down", "observed", "expected");

    private RiskAdjustedCsv() {
    }

    /** The header of the table of cases. */
    public static void pointsHeader(Writer w, CsvWriter.Style style, boolean vlad) throws IOException {
        String extra = vlad ? "vlad,risk" : "ra_cusum_upper,ra_cusum_lower,risk";
        w.write((style.excel() ? "\uFEFF" : "") + String.join(",", AnalysisTables.POINT_COLUMNS) + "," + extra
                + style.lineEnd());
    }

    /** One metric's cases, a row each. */
    public static void points(RiskAdjusted r, Writer w, CsvWriter.Style style, boolean vlad) throws IOException {
        String metric = CsvWriter.text(r.metric());
        StringBuilder b = new StringBuilder(256);
        for (int t = 0; t < r.size(); t++) {
            Case c = r.cases().get(t);
            b.setLength(0);
            b.append(metric).append(',').append(c.date()).append(',').append(c.outcome()).append(",0,");
            if (!vlad) {
                b.append(style.number(-r.hLower())).append(',').append(style.number(r.hUpper()));
            } else {
                b.append(',');
            }
            b.append(',').append(pointClass(r, t, vlad)).append(',').append(vlad ? "" : rules(r, t)).append(",1,,,,")
                    .append("false,false,,,");
            if (vlad) {
                b.append(style.number(r.vlad(t)));
            } else {
                b.append(style.number(r.upper(t))).append(',').append(style.number(r.lower(t)));
            }
            b.append(',').append(style.number(c.risk())).append(style.lineEnd());
            w.write(b.toString());
        }
    }

    /** A case's class: concern where the upper CUSUM signals deterioration, improvement where the lower signals. */
    static String pointClass(RiskAdjusted r, int t, boolean vlad) {
        if (vlad) {
            return "common_cause";
        }
        return r.signalsDeterioration(t) ? "concern" : r.signalsImprovement(t) ? "improvement" : "common_cause";
    }

    private static String rules(RiskAdjusted r, int t) {
        return r.signalsDeterioration(t) || r.signalsImprovement(t) ? "astronomical" : "";
    }

    /** The header of the summary table. */
    public static void summaryHeader(Writer w, CsvWriter.Style style) throws IOException {
        w.write((style.excel() ? "\uFEFF" : "") + String.join(",", SUMMARY_COLUMNS) + style.lineEnd());
    }

    /** One metric's summary row: its latest case, its signals, and where its decision intervals came from. */
    public static void summary(RiskAdjusted r, Writer w, CsvWriter.Style style, boolean vlad) throws IOException {
        int last = r.size() - 1;
        Case c = r.cases().get(last);
        double observed = 0;
        double expected = 0;
        for (Case k : r.cases()) {
            observed += k.outcome();
            expected += k.risk();
        }
        String variation = vlad ? "none" : r.signalsDeterioration(last) ? "concern_high"
                : r.signalsImprovement(last) ? "improvement_low" : "common_cause";
        StringBuilder b = new StringBuilder(256);
        b.append(CsvWriter.text(r.metric())).append(',').append(r.size()).append(',').append(c.date()).append(',')
                .append(c.outcome()).append(",0,");
        if (!vlad) {
            b.append(style.number(-r.hLower())).append(',').append(style.number(r.hUpper()));
        } else {
            b.append(',');
        }
        b.append(",,").append(variation).append(",none,").append(vlad ? "vlad" : "ra-cusum").append(',')
                .append(style.number(r.upper(last))).append(',').append(style.number(r.lower(last))).append(',')
                .append(style.number(r.vlad(last))).append(',').append(r.deteriorationSignals()).append(',')
                .append(r.improvementSignals()).append(',').append(style.number(r.hUpper())).append(',')
                .append(style.number(r.hLower())).append(',').append(r.source().id()).append(',');
        boolean simulated = r.source() == RiskAdjusted.Source.SIMULATED;
        b.append(simulated ? style.number(r.spec().targetArl()) : "").append(',')
                .append(simulated ? style.number(r.arlUpper()) : "").append(',')
                .append(simulated ? style.number(r.arlLower()) : "").append(',')
                .append(simulated ? Long.toString(r.spec().seed()) : "").append(',')
                .append(style.number(r.spec().oddsRatioUp())).append(',').append(style.number(r.spec().oddsRatioDown()))
                .append(',').append(style.number(observed)).append(',').append(style.number(expected))
                .append(style.lineEnd());
        w.write(b.toString());
    }
}
