package dev.spc.cli;

import dev.spc.core.Analysis;
import dev.spc.core.ChartSpec;
import dev.spc.core.Spc;
import dev.spc.core.table.Export;
import dev.spc.core.table.Settings;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tech.tablesaw.api.Table;

/**
 * The shared run of the commands that analyse every metric of an export and write one table: read the
 * data and the settings, analyse each metric with its spec, write the table.
 */
abstract class TableCommand implements Callable<Integer> {
    @ParentCommand
    SpcCommand parent;

    @Mixin
    InputOptions input;

    @Mixin
    SpecOptions specOptions;

    @Mixin
    OutputOptions output;

    @Option(names = "--quiet", description = "Print no notes or warnings on standard error (errors still).")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;

    /** The table this command writes. */
    abstract Table table(List<Analysis> analyses);

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        ChartSpec defaults = specOptions.defaults();
        output.check(input.path());
        Settings settings = input.settings();
        Export export = input.read(terminal);
        if (!quiet) {
            export.notices().forEach(terminal::notice);
            settings.warningsFor(export.series()).forEach(terminal::warning);
        }
        List<Analysis> analyses = Spc.analyseAll(export.series(), metric -> settings.specFor(metric, defaults));
        if (!quiet) {
            for (Analysis a : analyses) {
                for (String note : a.notes()) {
                    terminal.notice(a.metric() + ": " + note);
                }
            }
        }
        output.write(table(analyses), terminal);
        return 0;
    }
}
