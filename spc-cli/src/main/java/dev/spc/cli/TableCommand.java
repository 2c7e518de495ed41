package dev.spc.cli;

import dev.spc.core.Analysis;
import java.util.List;
import picocli.CommandLine.Mixin;
import tech.tablesaw.api.Table;

/** A command that writes one table (CSV or JSON) of the analyses. */
abstract class TableCommand extends AnalysisCommand {
    @Mixin
    OutputOptions output;

    /** The table this command writes. */
    abstract Table table(List<Analysis> analyses);

    @Override
    void checkOutput() {
        output.check(input);
    }

    @Override
    void write(List<Analysis> analyses, Terminal terminal) {
        output.write(table(analyses), terminal);
    }
}
