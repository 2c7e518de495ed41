package dev.spc.cli;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Bounds;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.Export;
import dev.spc.io.Settings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import dev.spc.core.riskadjusted.RiskAdjusted;
import dev.spc.core.riskadjusted.RiskAdjustedSpec;
import dev.spc.io.CasesReader;
import picocli.CommandLine.ParameterException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The shared run of every command that analyses the metrics of an export: check the output, read the
 * data and the settings, analyse each metric with its spec, then hand the analyses to the command.
 */
abstract class AnalysisCommand implements Callable<Integer>, Subcommand {
    SpcCommand parent;

    @Mixin
    InputOptions input;

    /** The options of the analysis, declared from the table of parameters (added by {@link #wire}). */
    final SpecOptions specOptions = new SpecOptions();

    CommandSpec commandSpec;

    @Mixin
    CaseOptions cases;

    @Option(names = "--quiet", description = "Print no notes or warnings on standard error (errors still).")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;

    /** Also adds the options of the analysis, declared from the table of parameters. */
    @Override
    public void wire(SpcCommand parent, CommandSpec spec) {
        spec.addMixin("analysis", specOptions.mixin());
        this.parent = parent;
        this.commandSpec = spec;
        input.spec = spec;
    }

    /** The options' spec, the default of every metric (the MDC defaults until {@link #call()} reads the options). */
    ChartSpec defaults = ChartSpec.mdc();

    /** The settings file as read for this run (none until {@link #call()} reads it). */
    Settings settings = Settings.none();

    /** Refuses, before any work, an output that cannot be written. */
    abstract void checkOutput();

    /** Writes what the command makes of the analyses. */
    abstract void write(List<Analysis> analyses, Terminal terminal);

    /**
     * Writes what the command makes of the analyses, which are made one at a time as the iterable is walked
     * (once): a command that needs them all (a report, a set of charts) holds them; a table is written as
     * they come.
     */
    void write(Iterable<Analysis> analyses, Export export, Terminal terminal) {
        List<Analysis> all = new ArrayList<>(export.size());
        analyses.forEach(all::add);
        write(all, terminal);
    }

    /**
     * Writes what the command makes of risk-adjusted CUSUMs or VLADs of case-level data; by default the command
     * has nothing to make of them.
     *
     * @param vlad true for VLADs, false for risk-adjusted CUSUMs
     */
    void writeRiskAdjusted(List<RiskAdjusted> charts, boolean vlad, Terminal terminal) {
        throw new ParameterException(commandSpec.commandLine(), "--chart " + (vlad ? "vlad" : "ra-cusum")
                + " is for analyse, summary and chart");
    }

    /** Reads the cases and makes each metric's risk-adjusted chart: the run of --chart ra-cusum and vlad. */
    private Integer riskAdjusted(String chart, Terminal terminal, List<String> notices) {
        checkOutput();
        RiskAdjustedSpec spec = RiskAdjustedSpec.DEFAULT;
        try {
            if (cases.oddsRatio != null) {
                String[] parts = cases.oddsRatio.split(",", -1);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("--odds-ratio takes two numbers, UP,DOWN, such as 2,0.5");
                }
                spec = spec.withOddsRatios(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
            }
            Optional<String> h = specOptions.text(dev.spc.core.spec.Parameter.CUSUM_H);
            if (h.isPresent()) {
                String[] parts = h.get().split(",", -1);
                double up = Double.parseDouble(parts[0].trim());
                spec = spec.withH(up, parts.length > 1 ? Double.parseDouble(parts[1].trim()) : up);
            }
            spec = spec.withSimulation(cases.arl == null ? spec.targetArl() : cases.arl,
                    cases.seed == null ? spec.seed() : cases.seed, spec.runs());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandSpec.commandLine(), e.getMessage());
        }
        List<CasesReader.MetricCases> read = input.isStdin()
                ? CasesReader.read(terminal.in(), "standard input", input.dateFormat, notices::add)
                : CasesReader.read(input.path(), input.dateFormat, notices::add);
        List<RiskAdjusted> charts = new ArrayList<>();
        for (CasesReader.MetricCases m : read) {
            RiskAdjusted r = RiskAdjusted.of(m.metric(), m.cases(), spec);
            charts.add(r);
            if (!quiet && chart.equals("ra-cusum") && r.source() == RiskAdjusted.Source.SIMULATED) {
                notices.add(String.format(java.util.Locale.ROOT, "%s: decision intervals h = %.4g (upper) and %.4g "
                        + "(lower), simulated for an in-control average run length of %s cases (seed %d, %d runs)",
                        m.metric(), r.hUpper(), r.hLower(), dev.spc.io.CsvWriter.number(spec.targetArl()), spec.seed(),
                        spec.runs()));
            }
        }
        if (!quiet) {
            notices.forEach(terminal::notice);
        }
        writeRiskAdjusted(charts, chart.equals("vlad"), terminal);
        return 0;
    }

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        List<String> notices = new ArrayList<>();
        defaults = specOptions.defaults(commandSpec.commandLine(), input.dateFormat, notices::add);
        Optional<String> caseChart = specOptions.caseChart();
        if (caseChart.isPresent()) {
            return riskAdjusted(caseChart.get(), terminal, notices);
        }
        checkOutput();
        settings = input.settings();
        MetricChoice choice = new MetricChoice(input.metrics, settings);
        Export export;
        try (RowProgress reading = RowProgress.of("Reading", quiet)) {
            export = input.read(terminal, metric -> settings.specFor(metric, defaults).chart(),
                    settings.chartsUsed(defaults.chart()), choice, reading);
        }
        if (!quiet) {
            notices.forEach(terminal::notice);
            settings.notices().forEach(terminal::notice);
            export.notices().forEach(terminal::notice);
            // A metric in the data but not chosen (by --metric) has settings that are used when it is chosen.
            List<String> present = new ArrayList<>(export.metrics());
            present.addAll(choice.seen());
            settings.warningsForMetrics(present).forEach(terminal::warning);
        }
        boolean large = export.counts().read() >= RowProgress.EVERY;
        try (Progress progress = Progress.of("Analysing", large ? export.size() : 0, quiet)) {
            // Every metric's data are checked against its chart before anything is written, so that a refusal
            // never follows part of the output.
            int checked = 0;
            for (Series s : export) {
                progress.accept(++checked / 2);
            }
            Iterable<Analysis> analyses = () -> new Iterator<>() {
                private final Iterator<Series> series = export.iterator();
                private int done;

                @Override
                public boolean hasNext() {
                    return series.hasNext();
                }

                @Override
                public Analysis next() {
                    Series s = series.next();
                    s = input.unit == null ? s : s.withUnit(input.unit);
                    s = settings.applyTo(input.bounds.equals(Bounds.NOT_SET) ? s : s.withBounds(input.bounds));
                    Analysis a = Spc.analyse(s, settings.specFor(s.metric(), defaults));
                    if (!quiet) {
                        for (String note : a.notes()) {
                            terminal.notice(a.metric() + ": " + note);
                        }
                    }
                    progress.accept((export.size() + ++done) / 2);
                    return a;
                }
            };
            write(analyses, export, terminal);
        }
        return 0;
    }
}
