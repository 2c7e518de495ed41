package dev.spc.cli;

import dev.spc.core.Analysis;
import dev.spc.io.AnalysisCsv;
import dev.spc.io.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import picocli.CommandLine.Command;

/** {@code spc summary}: one row per metric, with the latest point, the icons and a plain-English account. */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        header = "Write one row per metric: the latest point, its limits, the icons and a plain-English explanation.",
        customSynopsis = "spc summary [OPTIONS] FILE",
        description = {
            "Analyse every metric of an export (CSV or Excel) and write one row per metric:",
            "  metric,points,latest_date,latest_value,centre,lower_limit,upper_limit,target,variation,assurance,"
                    + "direction,chart,phases,latest_point,latest_rules,explanation,useful_points,longest_run,"
                    + "longest_run_limit,crossings,crossings_minimum",
            "variation is common_cause, improvement_high, improvement_low, concern_high, concern_low, "
                    + "neither_high, neither_low or none; assurance is pass, fail, hit_and_miss or none. "
                    + "The lines are those of the latest point. The last five columns are the runs analysis (Anhøj) of "
                    + "the latest phase about its centre line.",
            "With --format json the output is the spc-analysis document (docs/json.md), the same as analyse's: "
                    + "each metric's summary object holds these fields (latest_rules as a list, empty values as "
                    + "null), beside its points, phases, signals and spec; versioned, and read back by the Java API.",
        },
        footer = {
            "",
            "Examples:",
            "  spc summary examples/data/ipr.csv --settings examples/data/ipr-settings.csv",
            "  spc summary export.csv --direction increase --target 95 --format json -o summary.json",
        })
final class SummaryCommand extends TableCommand {
    @Override
    void header(Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups) throws IOException {
        AnalysisCsv.summaryHeader(w, style);
    }

    @Override
    void rows(Analysis a, Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups) throws IOException {
        AnalysisCsv.summary(a, w, style);
    }

    @Override
    void riskAdjustedHeader(Writer w, CsvWriter.Style style, boolean vlad) throws IOException {
        dev.spc.io.RiskAdjustedCsv.summaryHeader(w, style);
    }

    @Override
    void riskAdjustedRows(dev.spc.core.riskadjusted.RiskAdjusted r, Writer w, CsvWriter.Style style, boolean vlad)
            throws IOException {
        dev.spc.io.RiskAdjustedCsv.summary(r, w, style, vlad);
    }
}
