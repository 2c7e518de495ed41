package dev.spc.examples;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.DataException;
import dev.spc.io.Export;
import dev.spc.io.ExportReader;
import dev.spc.io.ReadOptions;
import dev.spc.io.Settings;
import java.nio.file.Path;
import java.util.List;

/**
 * Batch a CSV export through the table bridge: read a long CSV (one row per metric and month) and its
 * settings file as the command line does, analyse every metric with its own settings, and report the
 * ones that need attention. Bad data come back as a {@link DataException} naming the file, row and cell.
 *
 * <p>Arguments: {@code [export.csv [settings.csv]]}; by default the integrated performance report in
 * {@code examples/data}.
 */
public final class BatchCsvExport {
    private BatchCsvExport() {
    }

    public static void main(String[] args) {
        Path csv = args.length > 0 ? Path.of(args[0]) : Data.file("ipr.csv");
        Path settingsFile = args.length > 1 ? Path.of(args[1]) : Data.file("ipr-settings.csv");
        try {
            Export export = ExportReader.read(csv, ReadOptions.defaults());
            Settings settings = Settings.read(settingsFile);
            settings.warningsFor(export.series()).forEach(w -> System.err.println("warning: " + w));
            List<Analysis> analyses = Spc.analyseAll(export.series(), m -> settings.specFor(m, ChartSpec.mdc()));
            System.out.println(analyses.size() + " metrics read from " + csv.getFileName());
            for (Analysis a : analyses) {
                boolean attention = a.variation().id().startsWith("concern") || a.assurance().id().equals("fail");
                if (attention) {
                    System.out.println("needs attention: " + a.metric() + " (" + a.variation().id() + ", "
                            + a.assurance().id() + ")");
                }
            }
        } catch (DataException e) {
            System.err.println("cannot use the data: " + e.getMessage());
            System.exit(1);
        }
    }
}
