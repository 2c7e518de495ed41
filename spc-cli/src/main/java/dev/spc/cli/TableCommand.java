package dev.spc.cli;

import dev.spc.core.Analysis;
import dev.spc.io.CsvWriter;
import dev.spc.io.Export;
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

    /**
     * The table of one analysis, with the columns every analysis of the export has (so that the tables of
     * analyses written one after another make one table).
     */
    abstract Table table(Analysis analysis, Export export);

    @Override
    void checkOutput() {
        output.check(input);
    }

    /** Writes each analysis as it is made: one table, its header first. */
    @Override
    void write(Iterable<Analysis> analyses, Export export, Terminal terminal) {
        if (output.format() == OutputOptions.Format.json) {
            output.write(w -> AnalysisJson.write(analyses, w), terminal);
            return;
        }
        CsvWriter.Style style = output.csvStyle();
        output.write(w -> {
            boolean first = true;
            for (Analysis a : analyses) {
                Table t = table(a, export);
                if (first) {
                    CsvWriter.writeHeader(t, w, style);
                    first = false;
                }
                CsvWriter.writeRows(t, w, style);
            }
            if (first) {
                CsvWriter.writeHeader(table(List.of()), w, style);
            }
        }, terminal);
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
