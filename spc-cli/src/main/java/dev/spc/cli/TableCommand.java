package dev.spc.cli;

import dev.spc.core.Analysis;
import dev.spc.io.CsvWriter;
import dev.spc.io.Export;
import dev.spc.io.json.AnalysisJson;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that writes the analyses as one table of CSV, or as the spc-analysis JSON document
 * (docs/json.md), which is the same for every such command: every analysis in full.
 */
abstract class TableCommand extends AnalysisCommand {
    @Mixin
    OutputOptions output;

    @Override
    public void wire(SpcCommand parent, CommandSpec spec) {
        super.wire(parent, spec);
        output.spec = spec;
    }

    /**
     * Writes the table's header: with {@code numerator} and {@code denominator} columns when {@code ratios},
     * and a {@code subgroup_size} column when {@code subgroups}, where the table has them.
     */
    abstract void header(Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups) throws IOException;

    /** Writes one analysis' rows, with the columns of the header. */
    abstract void rows(Analysis a, Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups)
            throws IOException;

    /** Writes risk-adjusted charts' rows with the columns of the header (docs/risk-adjusted.md). */
    void riskAdjustedHeader(Writer w, CsvWriter.Style style, boolean vlad) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Writes one risk-adjusted chart's rows. */
    void riskAdjustedRows(dev.spc.core.riskadjusted.RiskAdjusted r, Writer w, CsvWriter.Style style, boolean vlad)
            throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    void writeRiskAdjusted(List<dev.spc.core.riskadjusted.RiskAdjusted> charts, boolean vlad, Terminal terminal) {
        if (output.format() == OutputOptions.Format.json) {
            output.write(w -> dev.spc.io.json.RiskAdjustedJson.write(charts, vlad, w), terminal);
            return;
        }
        CsvWriter.Style style = output.csvStyle();
        output.write(w -> {
            riskAdjustedHeader(w, style, vlad);
            for (dev.spc.core.riskadjusted.RiskAdjusted r : charts) {
                riskAdjustedRows(r, w, style, vlad);
            }
        }, terminal);
    }

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
        boolean ratios = export.hasRatios();
        boolean subgroups = export.hasSubgroups();
        output.write(w -> {
            header(w, style, ratios, subgroups);
            for (Analysis a : analyses) {
                rows(a, w, style, ratios, subgroups);
            }
        }, terminal);
    }

    @Override
    void write(List<Analysis> analyses, Terminal terminal) {
        if (output.format() == OutputOptions.Format.json) {
            output.write(w -> AnalysisJson.write(analyses, w), terminal);
        } else {
            boolean ratios = analyses.stream().anyMatch(a -> a.series().hasDenominators());
            boolean subgroups = analyses.stream().anyMatch(a -> a.series().hasSubgroups());
            CsvWriter.Style style = output.csvStyle();
            output.write(w -> {
                header(w, style, ratios, subgroups);
                for (Analysis a : analyses) {
                    rows(a, w, style, ratios, subgroups);
                }
            }, terminal);
        }
    }
}
