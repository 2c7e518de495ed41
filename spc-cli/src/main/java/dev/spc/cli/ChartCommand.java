package dev.spc.cli;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.Drawable;
import dev.spc.charts.FileNames;
import dev.spc.charts.SensitiveChart;
import dev.spc.charts.SmallMultiples;
import dev.spc.charts.SpcChart;
import dev.spc.charts.Theme;
import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import dev.spc.io.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code spc chart}: one image per metric, or all metrics as small multiples in one image. */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        header = "Draw each metric as an MDC-style chart: PNG, SVG or PDF, or slides (PPTX).",
        customSynopsis = "spc chart [OPTIONS] FILE -o DIR|FILE",
        description = {
            "Draws one chart per metric into the folder -o names (made if missing; its parent must exist), "
                    + "each file named after its metric, and prints the path of every file written. With one "
                    + "metric, or with --small-multiples, -o may name the image file itself.",
            "Points are coloured by class (improvement blue, concern orange, neither purple, common cause "
                    + "grey) and shaped by class too; the centre line is solid, the process limits dashed; "
                    + "the variation and assurance icons are in the top right; the subtitle explains the "
                    + "latest point in plain English.",
            "--format pptx (or -o ending .pptx) writes one PowerPoint deck (16:9) with a slide per metric: its "
                    + "chart, latest value, target, icons in words, explanation and suggested action. -o names the "
                    + "deck, or a folder to write charts.pptx into. For a whole board pack (title, grid, group "
                    + "sections) use spc report --pptx.",
        },
        footer = {
            "",
            "Examples:",
            "  spc chart examples/data/ipr.csv --settings examples/data/ipr-settings.csv -o charts",
            "  spc chart examples/data/ipr.csv --small-multiples --y-axes free -o board.pdf",
            "  spc chart waits.csv --format svg --theme high-contrast -o waits.svg",
            "  spc chart examples/data/ipr.csv -o slides.pptx",
        })
final class ChartCommand extends AnalysisCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE", required = true,
            description = "The folder to write the charts into, or the image file when there is one picture.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "png, svg, pdf or pptx (one deck of slides). Default: the -o file's extension, else png.")
    String formatName;

    /** The deck's extension, which names no image format. */
    private static final String PPTX = "pptx";

    @Option(names = "--width", paramLabel = "PIXELS",
            description = "Width in pixels of 1/96 inch (a PDF is as wide in inches), 100 to 10000. Default: 800.")
    int width = 800;

    @Option(names = "--height", paramLabel = "PIXELS", description = "Height in pixels of 1/96 inch, 80 to 10000. Default: 450.")
    int height = 450;

    @Option(names = "--dpi", paramLabel = "DPI",
            description = "Resolution of PNG images, 36 to 1200: 96 gives one pixel per point, 192 twice as many. "
                    + "A PNG may have at most 100 million pixels (width x height x (dpi / 96)²). Default: 96.")
    int dpi = 96;

    @Option(names = "--theme", paramLabel = "THEME", converter = ThemeConverter.class,
            description = "mdc (the Making Data Count look), high-contrast, or teaching (labels every signal). "
                    + "Default: mdc.")
    Theme theme = Theme.MDC;

    @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class,
            description = "How numbers are written for people, as a language tag: en-GB (13,041.5), de-DE "
                    + "(13.041,5), fr-FR. Words and month names stay English. Default: en-GB, whatever the "
                    + "machine's own locale.")
    Locale locale = Formats.PEOPLE;

    @Option(names = "--x-label", paramLabel = "TEXT",
            description = "Words under the horizontal axis, such as Day or \"Case number\" for points numbered in "
                    + "sequence (--x sequence). Default: none.")
    String xLabel = "";

    @Option(names = "--two-sigma", description = "Draw the two-sigma lines, faint, inside the process limits.")
    boolean twoSigma;

    @Option(names = "--no-icons", description = "Leave out the variation and assurance icons.")
    boolean noIcons;

    @Option(names = "--no-subtitle", description = "Leave out the plain-English explanation under the title.")
    boolean noSubtitle;

    @Option(names = "--small-multiples", description = "Draw every metric in one image, as a grid of small charts.")
    boolean smallMultiples;

    @Option(names = "--columns", paramLabel = "N",
            description = "Columns of the small-multiples grid, 1 or more (at most one per metric). Default: chosen.")
    Integer columns;

    @Option(names = "--y-axes", paramLabel = "AXES",
            description = "For small multiples: shared (one value scale for all) or free (each its own). Default: free.")
    YAxes yAxes = YAxes.free;

    enum YAxes { shared, free }

    private ChartOptions options;
    private ChartFormat chosenFormat;
    private boolean singleFile;
    /** True for slides: one deck of all the charts. */
    private boolean deck;

    @Override
    void checkOutput() {
        try {
            options = ChartOptions.builder().width(width).height(height).dpi(dpi).theme(theme).locale(locale).xLabel(xLabel)
                    .twoSigma(twoSigma ? ChartOptions.Lines.SHOWN : ChartOptions.Lines.HIDDEN)
                    .icons(noIcons ? ChartOptions.Parts.HIDDEN : ChartOptions.Parts.SHOWN)
                    .subtitle(noSubtitle ? ChartOptions.Parts.HIDDEN : ChartOptions.Parts.SHOWN).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandSpec.commandLine(), e.getMessage());
        }
        if (columns != null && columns < 1) {
            throw new ParameterException(commandSpec.commandLine(), "--columns must be 1 or more");
        }
        String last = output.getFileName() == null ? "" : output.getFileName().toString();
        ChartFormat format = null;
        if (formatName != null) {
            if (formatName.trim().equalsIgnoreCase(PPTX)) {
                deck = true;
            } else {
                try {
                    format = ChartFormat.parse(formatName);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(commandSpec.commandLine(), "--format " + formatName + " is not a format spc "
                            + "writes; use png, svg, pdf or pptx");
                }
            }
        }
        boolean namedDeck = !Files.isDirectory(output) && last.toLowerCase(Locale.ROOT).endsWith("." + PPTX);
        if (namedDeck && format != null) {
            throw new ParameterException(commandSpec.commandLine(), "--format " + format.extension() + " does not match -o "
                    + output + "; give one or the other");
        }
        if (deck || namedDeck) {
            deck = true;
            checkDeck(namedDeck);
            return;
        }
        Optional<ChartFormat> named = Files.isDirectory(output) ? Optional.empty() : ChartFormat.ofFileName(last);
        if (named.isEmpty() && !Files.isDirectory(output) && last.matches(".+\\.[A-Za-z]{1,5}")) {
            throw new ParameterException(commandSpec.commandLine(), "-o " + output + " names a file of a kind spc cannot "
                    + "draw; give a folder, or a file ending .png, .svg, .pdf or .pptx");
        }
        singleFile = named.isPresent();
        if (named.isPresent() && format != null && format != named.get()) {
            throw new ParameterException(commandSpec.commandLine(), "--format " + format.extension() + " does not match -o "
                    + output + "; give one or the other");
        }
        chosenFormat = format != null ? format : named.orElse(ChartFormat.PNG);
        if (chosenFormat == ChartFormat.PNG) {
            try {
                options.checkRasterSize();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(commandSpec.commandLine(), e.getMessage());
            }
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw DataException.atFile(output.toString(), "the folder " + parent + " does not exist",
                    "Create it first, or choose another output path");
        }
        if (singleFile) {
            OutputOptions.checkTarget(output, input, "chart." + chosenFormat.extension());
        }
    }

    /** Checks the options of a deck: -o names the deck, or a folder for charts.pptx. */
    private void checkDeck(boolean namedDeck) {
        if (smallMultiples) {
            throw new ParameterException(commandSpec.commandLine(), "--small-multiples draws one image; slides show a chart "
                    + "each (leave out --small-multiples, or draw png, svg or pdf)");
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw DataException.atFile(output.toString(), "the folder " + parent + " does not exist",
                    "Create it first, or choose another output path");
        }
        if (!namedDeck && !Files.isDirectory(output)) {
            throw new ParameterException(commandSpec.commandLine(), "-o " + output + " is neither a folder nor a file ending "
                    + ".pptx; name the deck, such as -o charts.pptx");
        }
        if (namedDeck) {
            OutputOptions.checkTarget(output, input, "charts.pptx");
        }
    }

    @Override
    void write(List<Analysis> analyses, Terminal terminal) {
        if (analyses.isEmpty()) {
            throw DataException.atFile(input.file, "there are no metrics to draw", "Check the file");
        }
        if (deck) {
            writeDeck(analyses, terminal);
            return;
        }
        if (singleFile && !smallMultiples && analyses.size() > 1) {
            throw new ParameterException(commandSpec.commandLine(), "the data hold " + analyses.size()
                    + " metrics but -o names one file; give a folder, or add --small-multiples");
        }
        if (smallMultiples && analyses.stream().anyMatch(a -> a.chart().isSensitive())) {
            throw new ParameterException(commandSpec.commandLine(), "small multiples draw Making Data Count charts; draw CUSUM "
                    + "and EWMA charts one per metric (leave out --small-multiples)");
        }
        // Every picture is drawn aside first, and all are moved in together only when all are done: a failure
        // leaves the folder as it was (and takes away a folder this run made).
        boolean folderMade = !singleFile && !Files.exists(output);
        if (folderMade) {
            Cleanup.registerMade(output);
        }
        boolean done = false;
        try (OutputBatch batch = new OutputBatch()) {
            if (smallMultiples) {
                SmallMultiples grid = SmallMultiples.of(analyses, options,
                        yAxes == YAxes.shared ? SmallMultiples.Axes.SHARED : SmallMultiples.Axes.FREE, columns == null ? 0 : columns);
                Path target = singleFile ? output : folder().resolve(new Names(terminal).next("small-multiples"));
                draw(batch, grid, target);
            } else if (singleFile) {
                draw(batch, picture(analyses.get(0)), output);
            } else {
                Path dir = folder();
                Names names = new Names(terminal);
                List<Path> targets = new ArrayList<>(analyses.size());
                for (Analysis a : analyses) {
                    targets.add(dir.resolve(names.next(a.metric())));
                }
                // Each chart is drawn and encoded on one core, apart from the others: on every core at once.
                batch.addAll(targets, i -> out -> ChartWriter.write(picture(analyses.get(i)), chosenFormat, options, out),
                        Runtime.getRuntime().availableProcessors());
            }
            batch.commit();
            done = true;
            batch.targets().forEach(t -> terminal.out().println(singleFile ? output : output.resolve(t.getFileName())));
        } catch (IOException e) {
            throw DataException.atFile(output.toString(), "cannot be written: " + e.getMessage(),
                    "Check that the folder is writable and the disk is not full; nothing was changed");
        } finally {
            // Deleted before it is forgotten: a run stopped in between leaves it to the shutdown hook.
            if (folderMade && !done) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // the folder holds something else now; it is left
                }
            }
            if (folderMade) {
                Cleanup.forget(output);
            }
        }
    }

    /** All the charts as one deck, a slide each, written to -o (or charts.pptx in the -o folder). */
    private void writeDeck(List<Analysis> analyses, Terminal terminal) {
        Path target = Files.isDirectory(output) ? output.resolve(new Names(terminal, PPTX).next("charts")) : output;
        String title = input.path() == null ? "Charts" : "Charts of " + input.path().getFileName();
        ReportDeck slides = ReportDeck.charts(analyses, title, options);
        try {
            AtomicFile.write(target, out -> slides.write(out, analyses));
        } catch (IOException e) {
            throw DataException.atFile(target.toString(), "cannot be written: " + e.getMessage(),
                    "Check that the folder is writable and the disk is not full; nothing was changed");
        }
        terminal.out().println(target);
    }

    @Override
    void writeRiskAdjusted(List<dev.spc.core.riskadjusted.RiskAdjusted> charts, boolean vlad, Terminal terminal) {
        if (deck) {
            throw new ParameterException(commandSpec.commandLine(), "slides hold Making Data Count, CUSUM and EWMA charts; draw "
                    + "risk-adjusted charts as png, svg or pdf");
        }
        if (charts.isEmpty()) {
            throw DataException.atFile(input.file, "there are no cases to draw", "Check the file");
        }
        if (singleFile && charts.size() > 1) {
            throw new ParameterException(commandSpec.commandLine(), "the data hold " + charts.size()
                    + " metrics but -o names one file; give a folder");
        }
        Map<Path, Drawable> pictures = new LinkedHashMap<>();
        FileNames names = new FileNames();
        for (dev.spc.core.riskadjusted.RiskAdjusted r : charts) {
            Path target = singleFile ? output : folder().resolve(names.next(r.metric(), chosenFormat.extension()));
            pictures.put(target, dev.spc.charts.RiskAdjustedChart.of(r, vlad, options));
        }
        Pictures.write(pictures, chosenFormat, options, output, terminal);
    }

    /** The picture of one analysis: a CUSUM or EWMA chart for those, else the MDC-style chart. */
    private Drawable picture(Analysis a) {
        return a.chart().isSensitive() ? SensitiveChart.of(a, options) : SpcChart.of(a, options);
    }

    /**
     * File names of charts in the output folder: never that of an input file (the data or the settings)
     * there, which would be overwritten; such a chart gets the next free name, and a note says so.
     */
    private final class Names {
        private final FileNames names = new FileNames();
        private final FileNames usual = new FileNames();
        private final List<String> inputNames = new ArrayList<>();
        private final Terminal terminal;
        private final String extension;

        Names(Terminal terminal) {
            this(terminal, chosenFormat.extension());
        }

        Names(Terminal terminal, String extension) {
            this.terminal = terminal;
            this.extension = extension;
            for (Path in : inputs()) {
                String name = in.getFileName().toString();
                if (OutputOptions.sameFile(in, output.resolve(name))) {
                    names.reserve(name);
                    inputNames.add(name);
                }
            }
        }

        String next(String metric) {
            String name = names.next(metric, extension);
            String plain = usual.next(metric, extension);
            if (!quiet && !name.equals(plain) && inputNames.stream().anyMatch(plain::equalsIgnoreCase)) {
                terminal.notice("the chart of " + metric + " is written as " + name + ", since " + plain
                        + " is an input file, which is never overwritten");
            }
            return name;
        }
    }

    /** The input files: the data and the settings. */
    private List<Path> inputs() {
        List<Path> in = new ArrayList<>();
        if (input.path() != null) {
            in.add(input.path());
        }
        if (input.settings != null) {
            in.add(input.settings);
        }
        return in;
    }

    private Path folder() {
        try {
            return Files.createDirectories(output);
        } catch (IOException e) {
            throw DataException.atFile(output.toString(), "the folder cannot be made: " + e.getMessage(),
                    "Choose another output folder");
        }
    }

    private void draw(OutputBatch batch, Drawable d, Path target) throws IOException {
        batch.add(target, out -> ChartWriter.write(d, chosenFormat, options, out));
    }

    static final class FormatConverter implements ITypeConverter<ChartFormat> {
        @Override
        public ChartFormat convert(String value) {
            return ChartFormat.parse(value);
        }
    }

    static final class ThemeConverter implements ITypeConverter<Theme> {
        @Override
        public Theme convert(String value) {
            return Theme.parse(value);
        }
    }
}
