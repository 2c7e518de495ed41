package dev.spc.io;

import dev.spc.core.capability.Capability;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Capability written as CSV, one row per metric, in the columns of the command-line contract ({@link #COLUMNS}):
 * the contract's ten, then each index's confidence interval, the level, the specification, the chart the
 * within-process sigma came from, and whether the process is in control. An index that does not exist (Cp
 * with one specification limit) is an empty cell.
 */
public final class CapabilityCsv {
    /** The columns, in order: never renamed, only added to at the end. */
    public static final List<String> COLUMNS = List.of("metric", "n", "mean", "sigma_within", "sigma_overall", "cp",
            "cpk", "cpm", "pp", "ppk", "cp_lower", "cp_upper", "cpk_lower", "cpk_upper", "cpm_lower", "cpm_upper",
            "pp_lower", "pp_upper", "ppk_lower", "ppk_upper", "confidence", "lsl", "usl", "target", "chart", "control",
            "special_causes");

    private CapabilityCsv() {
    }

    /** The header row. */
    public static void header(Writer w, CsvWriter.Style style) throws IOException {
        w.write((style.excel() ? "\uFEFF" : "") + String.join(",", COLUMNS) + style.lineEnd());
    }

    /** One metric's row. */
    public static void row(Capability c, Writer w, CsvWriter.Style style) throws IOException {
        StringBuilder b = new StringBuilder(256);
        b.append(CsvWriter.text(c.analysis().metric())).append(',').append(c.n()).append(',');
        for (double v : new double[] {c.mean(), c.sigmaWithin(), c.sigmaOverall(), c.cp().value(), c.cpk().value(),
            c.cpm().value(), c.pp().value(), c.ppk().value(), c.cp().lower(), c.cp().upper(), c.cpk().lower(),
            c.cpk().upper(), c.cpm().lower(), c.cpm().upper(), c.pp().lower(), c.pp().upper(), c.ppk().lower(),
            c.ppk().upper(), c.confidence(), c.limits().lower().orElse(Double.NaN), c.limits().upper().orElse(Double.NaN),
            c.limits().effectiveTarget().orElse(Double.NaN)}) {
            if (Double.isFinite(v)) {
                b.append(style.number(v));
            }
            b.append(',');
        }
        b.append(c.analysis().chart().id()).append(',').append(c.control().id()).append(',').append(c.specialCauses())
                .append(style.lineEnd());
        w.write(b.toString());
    }
}
