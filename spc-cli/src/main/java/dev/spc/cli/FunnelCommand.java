package dev.spc.cli;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.Drawable;
import dev.spc.charts.FileNames;
import dev.spc.charts.FunnelChart;
import dev.spc.charts.Theme;
import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.FunnelSpec;
import dev.spc.core.funnel.FunnelType;
import dev.spc.core.funnel.Overdispersion;
import dev.spc.core.funnel.RatioScale;
import dev.spc.io.DataException;
import dev.spc.io.FunnelCsv;
import dev.spc.io.UnitsReader;
import dev.spc.io.json.FunnelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code spc funnel}: units compared at one time, each against limits at its own denominator. */
@Command(name = "funnel", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        header = "Compare units (wards, sites, trusts) at one time on a funnel plot: outliers at 95%% and 99.8%%.",
        customSynopsis = "spc funnel [OPTIONS] FILE",
        description = {
            "Reads one row per unit (and metric): a unit column (unit, provider, organisation, site, ward or "
                    + "trust), then numerator and denominator (proportions), observed and expected (indirectly "
                    + "standardised ratios, as SHMI) or numerator and exposure (rates); an optional metric column "
                    + "gives one funnel per metric. Writes one row per unit:",
            "  metric,unit,numerator,denominator,value,target,lower_95,upper_95,lower_998,upper_998,z,outlier,"
                    + "phi,tau2,z_adjusted,adjusted,type",
            "value is the proportion, ratio (observed/expected) or rate; denominator the denominator, expected "
                    + "count or exposure; target 1 for ratios, else the pooled proportion or rate; the limits are "
                    + "those at the unit's denominator; outlier is high_998, high_95, none, low_95 or low_998 (on a "
                    + "limit is inside). phi is Spiegelhalter's dispersion ratio and tau2 the DerSimonian-Laird "
                    + "variance between units; the limits are widened only when phi exceeds 1 (adjusted = true).",
            "The defaults are FunnelPlotR's: ratios on the log scale (SHMI) with exact Poisson limits when not "
                    + "widened, 10%% of z-scores Winsorised at each end (truncated, for log-scale ratios) before "
                    + "phi is estimated, and the additive (random-effects) adjustment. docs/funnel.md has the formulas.",
        },
        footer = {
            "",
            "Examples:",
            "  spc funnel examples/data/funnel-mortality.csv",
            "  spc funnel examples/data/funnel-readmissions.csv --overdispersion multiplicative -o units.csv",
            "  spc funnel examples/data/funnel-mortality.csv --plot charts",
            "",
            "Exit status: 0 done; 1 the data could not be used; 2 the command line was wrong.",
        })
final class FunnelCommand implements Callable<Integer>, Subcommand {
    SpcCommand parent;

    CommandSpec spec;

    @Override
    public void wire(SpcCommand parent, CommandSpec spec) {
        this.parent = parent;
        this.spec = spec;
        output.spec = spec;
    }

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The units, as CSV (or an Excel workbook): one row per unit and metric. Use - to read "
                    + "standard input.")
    String file;

    @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "proportion, ratio or rate. Default: from the columns (observed and expected: ratio; "
                    + "an exposure column: rate; otherwise proportion).")
    FunnelType type;

    @Option(names = "--ratio-scale", paramLabel = "SCALE",
            description = "For ratios: log (as SHMI, FunnelPlotR's default) or sqrt (the square-root scale, as CQC). "
                    + "Default: log.")
    String ratioScale = "log";

    @Option(names = "--overdispersion", paramLabel = "HOW",
            description = "none (chance alone), multiplicative (limits widened by sqrt(phi)) or additive (a "
                    + "random-effects variance tau2 added, as FunnelPlotR). Default: additive.")
    String overdispersion = "additive";

    @Option(names = "--trim", paramLabel = "FRACTION",
            description = "The fraction of units at each end Winsorised (or truncated) before phi is estimated, "
                    + "from 0 to under 0.5. Default: 0.1.")
    double trim = FunnelSpec.DEFAULT_TRIM;

    @Option(names = "--metric-column", paramLabel = "NAME", description = "The metric column (default: metric; absent: one funnel).")
    String metricColumn;

    @Option(names = "--unit-column", paramLabel = "NAME",
            description = "The unit column (default: unit, provider, organisation, site, ward or trust).")
    String unitColumn;

    @Option(names = "--numerator-column", paramLabel = "NAME",
            description = "The numerator (or observed count) column.")
    String numeratorColumn;

    @Option(names = "--denominator-column", paramLabel = "NAME",
            description = "The denominator (expected count, exposure) column.")
    String denominatorColumn;

    @Option(names = "--sheet", paramLabel = "SHEET", description = "The sheet of an Excel workbook, by name or number.")
    String sheet;

    @Mixin
    OutputOptions output;

    @Option(names = "--plot", paramLabel = "DIR|FILE",
            description = "Also draw each funnel: into this folder (a file per metric, named after it), or into "
                    + "this .png, .svg or .pdf file when there is one metric. The paths written are printed; "
                    + "the table is then written only when -o names a file.")
    Path plot;

    @Option(names = "--plot-format", paramLabel = "FORMAT", description = "png, svg or pdf. Default: the --plot "
            + "file's extension, else png.")
    String plotFormat;

    @Option(names = "--width", paramLabel = "PIXELS", description = "Chart width. Default: 800.")
    int width = 800;

    @Option(names = "--height", paramLabel = "PIXELS", description = "Chart height. Default: 500.")
    int height = 500;

    @Option(names = "--theme", paramLabel = "THEME", description = "mdc or high-contrast. Default: mdc.")
    String theme = "mdc";

    @Option(names = "--quiet", description = "Print no notes on standard error (errors still).")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        FunnelSpec funnelSpec = funnelSpec();
        InputOptions input = new InputOptions();
        input.file = file;
        output.check(input);
        ChartOptions chartOptions = null;
        ChartFormat format = null;
        boolean onePlotFile = false;
        if (plot != null) {
            try {
                chartOptions = ChartOptions.builder().width(width).height(height).theme(Theme.parse(theme)).build();
                Optional<ChartFormat> named = Files.isDirectory(plot) ? Optional.empty()
                        : ChartFormat.ofFileName(String.valueOf(plot.getFileName()));
                format = plotFormat != null ? ChartFormat.parse(plotFormat) : named.orElse(ChartFormat.PNG);
                onePlotFile = named.isPresent();
                if (named.isPresent() && named.get() != format) {
                    throw new ParameterException(spec.commandLine(), "--plot-format " + plotFormat
                            + " does not match --plot " + plot + "; give one or the other");
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        UnitsReader.Options options = new UnitsReader.Options(metricColumn, unitColumn, numeratorColumn,
                denominatorColumn, type, sheet);
        UnitsReader.Units units = InputOptions.STDIN.equals(file)
                ? UnitsReader.read(terminal.in(), "standard input", options)
                : UnitsReader.read(Paths.get(file), options);
        FunnelSpec resolved = new FunnelSpec(units.type(), funnelSpec.ratioScale(), funnelSpec.overdispersion(),
                funnelSpec.trim());
        if (!quiet && type == null) {
            terminal.notice(units.source() + ": read as " + units.type().id() + "s (" + units.numeratorColumn() + " over "
                    + units.denominatorColumn() + "); give --type to say otherwise");
        }
        List<Funnel> funnels = new ArrayList<>();
        for (UnitsReader.MetricUnits m : units.metrics()) {
            Funnel f = Funnel.of(m.metric(), m.units(), resolved);
            funnels.add(f);
            if (!quiet && f.phi() > 1 && !f.adjusted()) {
                terminal.notice(m.metric() + ": the units vary more than chance allows (phi " + String.format(Locale.ROOT,
                        "%.3g", f.phi()) + "), but the limits are not widened (--overdispersion none)");
            }
        }
        if (plot == null || output.output != null) {
            if (output.format() == OutputOptions.Format.json) {
                output.write(w -> FunnelJson.write(funnels, w), terminal);
            } else {
                output.write(w -> {
                    FunnelCsv.header(w, output.csvStyle());
                    for (Funnel f : funnels) {
                        FunnelCsv.rows(f, w, output.csvStyle());
                    }
                }, terminal);
            }
        }
        if (plot != null) {
            draw(funnels, units, chartOptions, format, onePlotFile, terminal);
        }
        return 0;
    }

    private FunnelSpec funnelSpec() {
        return funnelSpec(spec.commandLine(), "--", ratioScale, overdispersion, trim);
    }

    /**
     * The funnel spec of the options' texts (the type is found from the data later).
     *
     * @param prefix the start of the options' names, such as {@code --} or {@code --funnel-}
     * @throws ParameterException naming the option when a text is not one it takes
     */
    static FunnelSpec funnelSpec(CommandLine commandLine, String prefix, String ratioScale, String overdispersion,
            double trim) {
        RatioScale scale = switch (ratioScale.trim().toLowerCase(Locale.ROOT)) {
            case "log", "shmi" -> RatioScale.LOG;
            case "sqrt", "cqc" -> RatioScale.SQRT;
            default -> throw new ParameterException(commandLine, prefix + "ratio-scale must be log or sqrt, not '"
                    + ratioScale + "'");
        };
        Overdispersion od = switch (overdispersion.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> Overdispersion.NONE;
            case "multiplicative" -> Overdispersion.MULTIPLICATIVE;
            case "additive" -> Overdispersion.ADDITIVE;
            default -> throw new ParameterException(commandLine, prefix + "overdispersion must be none, "
                    + "multiplicative or additive, not '" + overdispersion + "'");
        };
        if (!(trim >= 0 && trim < 0.5)) {
            throw new ParameterException(commandLine, prefix + "trim must be from 0 to under 0.5, not " + trim);
        }
        return new FunnelSpec(FunnelType.PROPORTION, scale, od, trim);
    }

    private void draw(List<Funnel> funnels, UnitsReader.Units units, ChartOptions options, ChartFormat format,
            boolean oneFile, Terminal terminal) {
        if (oneFile && funnels.size() > 1) {
            throw new ParameterException(spec.commandLine(), "the data hold " + funnels.size()
                    + " metrics but --plot names one file; give a folder");
        }
        String xLabel = units.denominatorColumn();
        Map<Path, Drawable> pictures = new LinkedHashMap<>();
        Path dir = null;
        if (!oneFile) {
            try {
                dir = Files.createDirectories(plot);
            } catch (IOException e) {
                throw DataException.atFile(plot.toString(), "the folder cannot be made: " + e.getMessage(),
                        "Choose another folder for --plot");
            }
        }
        FileNames names = new FileNames();
        for (Funnel f : funnels) {
            pictures.put(oneFile ? plot : dir.resolve(names.next(f.metric(), format.extension())),
                    FunnelChart.of(f, xLabel, options));
        }
        Pictures.write(pictures, format, options, plot, terminal);
    }

    static final class TypeConverter implements ITypeConverter<FunnelType> {
        @Override
        public FunnelType convert(String value) {
            return FunnelType.parse(value);
        }
    }
}
