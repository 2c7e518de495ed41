package dev.spc.examples;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.AnalysisTables;
import dev.spc.io.Export;
import dev.spc.io.ExportReader;
import dev.spc.io.ReadOptions;
import dev.spc.io.Settings;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Produce the summary table: one row per metric with its latest value, process limits, target, and
 * variation and assurance icons (the same columns as {@code spc summary}), as a Tablesaw table to
 * filter, sort or join with other data.
 */
public final class SummaryTable {
    private SummaryTable() {
    }

    public static void main(String[] args) {
        Export export = ExportReader.read(Data.file("ipr.csv"), ReadOptions.defaults());
        Settings settings = Settings.read(Data.file("ipr-settings.csv"));
        List<Analysis> analyses = Spc.analyseAll(export.series(), m -> settings.specFor(m, ChartSpec.mdc()));
        Table summary = AnalysisTables.summary(analyses);
        Table withTargets = summary.where(summary.doubleColumn("target").isNotMissing())
                .selectColumns("metric", "latest_value", "lower_limit", "upper_limit", "target", "variation", "assurance")
                .sortOn("metric");
        System.out.println(withTargets.printAll());
    }
}
