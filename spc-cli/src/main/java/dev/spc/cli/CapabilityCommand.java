package dev.spc.cli;

import dev.spc.core.Analysis;
import dev.spc.core.capability.Capability;
import dev.spc.core.capability.SpecificationLimits;
import dev.spc.core.spec.ChartType;
import dev.spc.io.CapabilityCsv;
import dev.spc.io.DataException;
import dev.spc.io.json.CapabilityJson;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code spc capability}: Cp, Cpk, Cpm, Pp and Ppk of each metric against its specification, as qcc. */
@Command(name = "capability", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        header = "Write each metric's process capability (Cp, Cpk, Cpm, Pp, Ppk) against its specification limits.",
        customSynopsis = "spc capability [OPTIONS] FILE --lsl X --usl Y [--target T]",
        description = {
            "Analyse every metric of an export on its chart (xmr, xbar-r or xbar-s) and write one row per metric:",
            "  metric,n,mean,sigma_within,sigma_overall,cp,cpk,cpm,pp,ppk,cp_lower,cp_upper,cpk_lower,cpk_upper,"
                    + "cpm_lower,cpm_upper,pp_lower,pp_upper,ppk_lower,ppk_upper,confidence,lsl,usl,target,chart,"
                    + "control,special_causes",
            "The indices come from the latest phase (or the baseline): sigma_within from the chart's own estimator "
                    + "(AMR / 1.128, R-bar / d2 or S-bar / c4), sigma_overall the standard deviation of every "
                    + "measurement; the intervals are qcc's. control is in_control, special_cause (the indices then "
                    + "describe no stable process, and a warning says so) or not_judged (too few points for limits). "
                    + "With one specification limit, cp, cpm and pp are empty. docs/capability.md has the formulas.",
        },
        footer = {
            "",
            "Examples:",
            "  spc capability examples/data/charts/capability-dose.csv --lsl 495 --usl 515",
            "  spc capability examples/data/charts/xbar-r-door-to-needle.csv --chart xbar-r --usl 60",
        })
final class CapabilityCommand extends AnalysisCommand {
    @Mixin
    OutputOptions output;

    @Override
    public void wire(SpcCommand parent, CommandSpec spec) {
        super.wire(parent, spec);
        output.spec = spec;
    }

    @Option(names = "--lsl", paramLabel = "X", description = "The lower specification limit.")
    Double lsl;

    @Option(names = "--usl", paramLabel = "Y", description = "The upper specification limit.")
    Double usl;

    @Option(names = "--confidence", paramLabel = "LEVEL",
            description = "The level of the confidence intervals, between 0 and 1. Default: 0.95.")
    double confidence = 0.95;

    private SpecificationLimits limits;

    @Override
    void checkOutput() {
        output.check(input);
        if (!(confidence > 0 && confidence < 1)) {
            throw new ParameterException(commandSpec.commandLine(), "--confidence must be between 0 and 1, not "
                    + confidence);
        }
        ChartType chart = defaults.chart();
        if (chart != ChartType.XMR && chart != ChartType.XBAR_R && chart != ChartType.XBAR_S) {
            throw new ParameterException(commandSpec.commandLine(), "capability takes its sigma from an xmr, xbar-r "
                    + "or xbar-s chart; --chart " + chart.id() + " has none");
        }
        try {
            limits = new SpecificationLimits(lsl == null ? OptionalDouble.empty() : OptionalDouble.of(lsl),
                    usl == null ? OptionalDouble.empty() : OptionalDouble.of(usl), defaults.target());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandSpec.commandLine(), e.getMessage().replace("give a lower or an upper "
                    + "specification limit, or both", "give --lsl, --usl or both"));
        }
    }

    @Override
    void write(List<Analysis> analyses, Terminal terminal) {
        List<Capability> all = new ArrayList<>();
        for (Analysis a : analyses) {
            if (a.chart() != ChartType.XMR && a.chart() != ChartType.XBAR_R && a.chart() != ChartType.XBAR_S) {
                throw DataException.atFile(input.file, "the metric '" + a.metric() + "' is on a " + a.chart().title()
                        + ", which gives no within-process sigma", "Set its chart to xmr, xbar-r or xbar-s");
            }
            Capability c = Capability.of(a, limits, confidence);
            if (!quiet && c.control() == Capability.Control.SPECIAL_CAUSE) {
                terminal.warning(a.metric() + ": " + c.specialCauses() + (c.specialCauses() == 1 ? " point shows"
                        : " points show") + " special cause variation, so the process is not in statistical control "
                        + "and its capability indices describe no stable process");
            }
            if (!quiet && c.control() == Capability.Control.NOT_JUDGED) {
                terminal.warning(a.metric() + ": too few points for process limits, so whether the process is in "
                        + "control cannot be judged");
            }
            all.add(c);
        }
        if (output.format() == OutputOptions.Format.json) {
            output.write(w -> CapabilityJson.write(all, w), terminal);
        } else {
            output.write(w -> {
                CapabilityCsv.header(w, output.csvStyle());
                for (Capability c : all) {
                    CapabilityCsv.row(c, w, output.csvStyle());
                }
            }, terminal);
        }
    }
}
