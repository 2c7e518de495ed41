package dev.spc.io;

import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.FunnelLimits;
import dev.spc.core.funnel.Unit;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Funnels written as CSV, one row per unit, in the columns of the command-line contract
 * ({@link #COLUMNS}): the contract's twelve, then the funnel's dispersion and each unit's adjusted z-score.
 * A number that does not exist (the z-score of a ratio with no events, on the log scale) is an empty cell.
 */
public final class FunnelCsv {
    /** The columns, in order: never renamed, only added to at the end. */
    public static final List<String> COLUMNS = List.of("metric", "unit", "numerator", "denominator", "value", "target",
            "lower_95", "upper_95", "lower_998", "upper_998", "z", "outlier", "phi", "tau2", "z_adjusted", "adjusted",
            "type");

    private FunnelCsv() {
    }

    /** The header row. */
    public static void header(Writer w, CsvWriter.Style style) throws IOException {
        StringBuilder b = new StringBuilder(256);
        if (style.excel()) {
            b.append('\uFEFF');
        }
        b.append(String.join(",", COLUMNS)).append(style.lineEnd());
        w.write(b.toString());
    }

    /** One funnel's rows, a unit a row in the order given. */
    public static void rows(Funnel f, Writer w, CsvWriter.Style style) throws IOException {
        String metric = CsvWriter.text(f.metric());
        String target = style.number(f.target());
        String phi = Double.isFinite(f.phi()) ? style.number(f.phi()) : "";
        String tau2 = style.number(f.tau2());
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < f.size(); i++) {
            Unit u = f.units().get(i);
            FunnelLimits l = f.limits(i);
            line.setLength(0);
            line.append(metric).append(',').append(CsvWriter.text(u.name())).append(',');
            number(line, style, u.numerator());
            number(line, style, u.denominator());
            number(line, style, f.value(i));
            line.append(target).append(',');
            number(line, style, l.lower95());
            number(line, style, l.upper95());
            number(line, style, l.lower998());
            number(line, style, l.upper998());
            number(line, style, f.z(i));
            line.append(f.outlier(i).id()).append(',').append(phi).append(',').append(tau2).append(',');
            number(line, style, f.zAdjusted(i));
            line.append(f.adjusted()).append(',').append(f.spec().type().id()).append(style.lineEnd());
            w.write(line.toString());
        }
    }

    private static void number(StringBuilder line, CsvWriter.Style style, double v) {
        if (Double.isFinite(v)) {
            line.append(style.number(v));
        }
        line.append(',');
    }
}
