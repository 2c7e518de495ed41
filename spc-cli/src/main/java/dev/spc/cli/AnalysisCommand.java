package dev.spc.cli;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.Export;
import dev.spc.io.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The shared run of every command that analyses the metrics of an export: check the output, read the
 * data and the settings, analyse each metric with its spec, then hand the analyses to the command.
 */
abstract class AnalysisCommand implements Callable<Integer> {
    @ParentCommand
    SpcCommand parent;

    @Mixin
    InputOptions input;

    /** The options of the analysis, declared from the table of parameters (see {@link SpcCommand#commandLine}). */
    final SpecOptions specOptions = new SpecOptions();

    @Spec
    CommandSpec commandSpec;

    @Option(names = "--quiet", description = "Print no notes or warnings on standard error (errors still).")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;

    /** The settings file as read for this run (none until {@link #call()} reads it). */
    Settings settings = Settings.none();

    /** Refuses, before any work, an output that cannot be written. */
    abstract void checkOutput();

    /** Writes what the command makes of the analyses. */
    abstract void write(List<Analysis> analyses, Terminal terminal);

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        List<String> notices = new ArrayList<>();
        ChartSpec defaults = specOptions.defaults(commandSpec.commandLine(), input.dateFormat, notices::add);
        checkOutput();
        settings = input.settings();
        Export export = input.read(terminal, metric -> settings.specFor(metric, defaults).chart(),
                settings.chartsUsed(defaults.chart()));
        if (!quiet) {
            notices.forEach(terminal::notice);
            settings.notices().forEach(terminal::notice);
            export.notices().forEach(terminal::notice);
            settings.warningsFor(export.series()).forEach(terminal::warning);
        }
        List<Series> series = new ArrayList<>(export.series().size());
        for (Series s : export.series()) {
            series.add(settings.applyTo(input.unit == null ? s : s.withUnit(input.unit)));
        }
        List<Analysis> analyses = Spc.analyseAll(series, metric -> settings.specFor(metric, defaults));
        if (!quiet) {
            for (Analysis a : analyses) {
                for (String note : a.notes()) {
                    terminal.notice(a.metric() + ": " + note);
                }
            }
        }
        write(analyses, terminal);
        return 0;
    }
}
