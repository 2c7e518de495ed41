package dev.spc.cli;

import dev.spc.core.Analysis;
import dev.spc.io.CsvWriter;
import dev.spc.io.json.AnalysisJson;
import java.util.List;
import picocli.CommandLine.Mixin;
import tech.tablesaw.api.Table;

/**
 * A command that writes the analyses as one table of CSV, or as the spc-analysis JSON document
 * (docs/json.md), which is the same for every such command: every analysis in full.
 */
abstract class TableCommand extends AnalysisCommand {
    @Mixin
    OutputOptions output;

    /** The table this command writes as CSV. */
    abstract Table table(List<Analysis> analyses);

    @Override
    void checkOutput() {
        output.check(input);
    }

    @Override
    void write(List<Analysis> analyses, Terminal terminal) {
        if (output.format() == OutputOptions.Format.json) {
            output.write(w -> AnalysisJson.write(analyses, w), terminal);
        } else {
            Table table = table(analyses);
            output.write(w -> CsvWriter.write(table, w, output.csvStyle()), terminal);
        }
    }
}
