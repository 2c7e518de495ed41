package dev.spc.cli;

import dev.spc.core.Analysis;
import dev.spc.io.AnalysisCsv;
import dev.spc.io.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import picocli.CommandLine.Command;

/** {@code spc analyse}: one row per input point, with its lines, class and the rules that flagged it. */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        header = "Write one row per point: its centre line, limits, class and the rules that flagged it.",
        customSynopsis = "spc analyse [OPTIONS] FILE",
        description = {
            "Analyse every metric of an export (CSV or Excel) and write one row per point:",
            "  metric,date,value,centre,lower_limit,upper_limit,point,rules,phase,lower_two_sigma,"
                    + "upper_two_sigma,sigma,ghost,gap,target,annotation (then numerator,denominator or subgroup_size "
                    + "when the data have them; cusum_upper,cusum_lower for --chart cusum and ewma for --chart ewma)",
            "value is the chart's statistic (the proportion on a P chart, the subgroup mean on an Xbar chart). "
                    + "point is common_cause, improvement, concern or neither (empty for a gap); rules lists the rules "
                    + "that flagged the point (astronomical, shift, trend, two_of_three, and with --rules the ids of "
                    + "other rule sets such as long_run, we3 or nelson7), joined by ';'. Lines that do not exist "
                    + "(fewer than --min-points points, or limits on a run chart) are empty.",
            "With --format json the output is the spc-analysis document (docs/json.md), the same as summary's: "
                    + "each metric's points with these fields (rules as a list, empty lines as null) and what makes "
                    + "the series again, its phases, signals, spec and summary; versioned, and read back by the "
                    + "Java API.",
        },
        footer = {
            "",
            "Examples:",
            "  spc analyse examples/data/ipr.csv --settings examples/data/ipr-settings.csv -o points.csv",
            "  spc analyse waits.csv --direction decrease --target 18 --format json",
        })
final class AnalyseCommand extends TableCommand {
    @Override
    void header(Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups) throws IOException {
        AnalysisCsv.pointsHeader(w, style, ratios, subgroups, statistics());
    }

    /** The charts in use whose statistics have columns of their own (CUSUM, EWMA). */
    private java.util.Set<dev.spc.core.spec.ChartType> statistics() {
        return settings.chartsUsed(defaults.chart());
    }

    @Override
    void rows(Analysis a, Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups) throws IOException {
        AnalysisCsv.points(a, w, style, ratios, subgroups, statistics());
    }

    @Override
    void riskAdjustedHeader(Writer w, CsvWriter.Style style, boolean vlad) throws IOException {
        dev.spc.io.RiskAdjustedCsv.pointsHeader(w, style, vlad);
    }

    @Override
    void riskAdjustedRows(dev.spc.core.riskadjusted.RiskAdjusted r, Writer w, CsvWriter.Style style, boolean vlad)
            throws IOException {
        dev.spc.io.RiskAdjustedCsv.points(r, w, style, vlad);
    }
}
