package dev.spc.cli;

import dev.spc.charts.ChartOptions;
import dev.spc.charts.Theme;
import dev.spc.charts.report.HtmlReport;
import dev.spc.charts.report.ReportOptions;
import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import dev.spc.io.DataException;
import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.FunnelSpec;
import dev.spc.io.MetricSettings;
import dev.spc.io.UnitsReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code spc report}: one self-contained HTML page of every metric, for a board pack; a PDF of it through Chromium. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        header = "Write one self-contained HTML report of every metric (and a PDF of it, and slides).",
        customSynopsis = "spc report [OPTIONS] FILE (-o REPORT.html | --pdf REPORT.pdf | --pptx DECK.pptx)...",
        description = {
            "Writes one HTML file that needs nothing else: at the top the Making Data Count grid (metrics "
                    + "counted by variation and assurance icon, each cell linking to its metrics) and the summary "
                    + "matrix (every metric's latest value, target, icons and explanation, grouped by the settings' "
                    + "group column); then a section per metric with its chart, the explanation, the rules that "
                    + "fired and where, and its data. It reads whole with JavaScript off and prints on A4 "
                    + "landscape a page per metric.",
            "--funnel UNITS.csv adds a part comparing units (wards, sites, trusts) after the metrics: a funnel "
                    + "plot of each metric in the file, as spc funnel reads it, with what it shows in words and the "
                    + "units outside the 95%% and 99.8%% limits named.",
            "--pdf prints it to PDF through headless Chromium (found as chromium, chromium-browser or "
                    + "google-chrome on the PATH, or named by SPC_CHROMIUM). When Chromium is missing or fails, the "
                    + "HTML report is still written (to -o, else beside the PDF) and spc says how to install Chromium "
                    + "(exit status 1).",
            "--pptx writes the same pack as a PowerPoint deck (16:9): a title slide (title, period, number of "
                    + "metrics), the grid in words and icons, a section slide per group, and a slide per metric with "
                    + "its chart, latest value, target, icons in words, explanation and suggested action. Give any "
                    + "of -o, --pdf and --pptx; every file is written only when all are done.",
        },
        footer = {
            "",
            "Examples:",
            "  spc report ipr.csv --settings ipr-settings.csv -o report.html",
            "  spc report ipr.csv --title \"Trust board\" --subtitle \"May 2025\" --pdf b.pdf",
            "  spc report ipr.csv --funnel funnel-wards.csv -o report.html",
            "  spc report ipr.csv --settings ipr-settings.csv -o board.html --pptx board.pptx",
        })
final class ReportCommand extends AnalysisCommand {
    /** How long Chromium may take to print: a report of a thousand metrics prints in well under this. */
    private static final Duration PRINT_TIMEOUT = Duration.ofMinutes(10);

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The HTML file to write (replaced only when the run succeeds).")
    Path output;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Also print the report to this PDF file through headless Chromium.")
    Path pdf;

    @Option(names = "--pptx", paramLabel = "FILE",
            description = "Also write the report as PowerPoint slides (16:9) to this file.")
    Path pptx;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title. Default: SPC report.")
    String title = ReportOptions.DEFAULT_TITLE;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "A line under the title, such as the meeting.")
    String subtitle;

    @Option(names = "--theme", paramLabel = "THEME", converter = ChartCommand.ThemeConverter.class,
            description = "The charts' look: mdc, high-contrast or teaching. Default: mdc.")
    Theme theme = Theme.MDC;

    @Option(names = "--x-label", paramLabel = "TEXT",
            description = "Words under each chart's horizontal axis, such as Day or \"Case number\" for points "
                    + "numbered in sequence (--x sequence). Default: none.")
    String xLabel = "";

    @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class,
            description = "How numbers are written for people, as a language tag: en-GB (13,041.5), de-DE "
                    + "(13.041,5), fr-FR. Words and month names stay English. Default: en-GB, whatever the "
                    + "machine's own locale.")
    Locale locale = Formats.PEOPLE;

    @Option(names = "--funnel", paramLabel = "UNITS",
            description = "Units to compare at one time, as for spc funnel (one row per unit and metric: unit, then "
                    + "numerator and denominator, observed and expected, or numerator and exposure): a funnel plot "
                    + "of each metric after the metrics' sections. May be given more than once.")
    List<Path> funnels = new java.util.ArrayList<>();

    @Option(names = "--funnel-overdispersion", paramLabel = "HOW",
            description = "For the funnel plots: none, multiplicative or additive (as spc funnel --overdispersion). "
                    + "Default: additive.")
    String funnelOverdispersion = "additive";

    @Option(names = "--funnel-ratio-scale", paramLabel = "SCALE",
            description = "For funnel plots of ratios: log (as SHMI) or sqrt (as CQC). Default: log.")
    String funnelRatioScale = "log";

    private Chromium chromium;
    private FunnelSpec funnelSpec;

    private ChartOptions chartOptions;

    /** The options of the report's charts, made once: the styles learned ahead are for this object. */
    private ChartOptions chartOptions() {
        if (chartOptions == null) {
            chartOptions = ChartOptions.builder().theme(theme).locale(locale).xLabel(xLabel)
                    .subtitle(ChartOptions.Parts.HIDDEN).build();
        }
        return chartOptions;
    }

    @Override
    void checkOutput() {
        funnelSpec = FunnelCommand.funnelSpec(commandSpec.commandLine(), "--funnel-", funnelRatioScale, funnelOverdispersion,
                FunnelSpec.DEFAULT_TRIM);
        if (output == null && pdf == null && pptx == null) {
            throw new ParameterException(commandSpec.commandLine(), "Say where to write the report: -o report.html, "
                    + "--pdf report.pdf, --pptx report.pptx, or more than one");
        }
        if (pptx != null) {
            OutputOptions.checkTarget(pptx, input, "report.pptx");
            if (output != null && OutputOptions.sameFile(output, pptx) || pdf != null && OutputOptions.sameFile(pdf, pptx)) {
                throw new ParameterException(commandSpec.commandLine(), "--pptx names the same file as -o or --pdf; give "
                        + "another name");
            }
        }
        if (output != null) {
            OutputOptions.checkTarget(output, input, "report.html");
        }
        if (pdf != null) {
            OutputOptions.checkTarget(pdf, input, "report.pdf");
            if (output != null && OutputOptions.sameFile(output, pdf)) {
                throw new ParameterException(commandSpec.commandLine(), "-o and --pdf name the same file; give two names");
            }
            chromium = Chromium.find(System.getenv()).orElse(null);
        }
        if (output != null || pdf != null) {
            // The page's first work, which needs none of the data, goes on while the data are read.
            HtmlReport.prepare(chartOptions());
        }
    }

    @Override
    void write(List<Analysis> analyses, Terminal terminal) {
        if (analyses.isEmpty()) {
            throw DataException.atFile(input.isStdin() ? "standard input" : input.file, "there are no metrics to report",
                    "Check the file");
        }
        Map<String, String> groups = new HashMap<>();
        for (Analysis a : analyses) {
            settings.of(a.metric()).flatMap(MetricSettings::group).ifPresent(g -> groups.put(a.metric(), g));
        }
        ChartOptions charts = chartOptions();
        ReportOptions.Builder options = ReportOptions.builder().title(title).subtitle(subtitle).groups(groups)
                .chart(charts);
        comparisons().forEach(options::funnel);
        HtmlReport report = HtmlReport.of(analyses, options.build());
        // Every file is written aside first and all are moved in only when all are done: a failed run leaves the
        // earlier files as they were. Without a PDF, the HTML is still written, and the error says where.
        Path work = null;
        Path failing = output != null ? output : pdf != null ? pdf : pptx;
        try (OutputBatch batch = new OutputBatch(); Progress progress = Progress.of("Charts", analyses.size(), quiet)) {
            if (pptx != null) {
                failing = pptx;
                ReportDeck deck = ReportDeck.report(report.analyses(), groups::get, title, subtitle, charts);
                batch.add(pptx, out -> deck.write(out, analyses));
                failing = output != null ? output : pdf != null ? pdf : pptx;
            }
            if (output == null && pdf == null) {
                batch.commit();
                terminal.out().println(pptx);
                return;
            }
            AtomicFile.Content page = out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                report.write(w, progress);
                w.flush();
            };
            if (pdf == null) {
                batch.add(output, page);
                batch.commit();
                terminal.out().println(output);
                printDeck(terminal);
                return;
            }
            // Chromium reads the page from a folder beside the PDF: a sandboxed Chromium (a snap) may not see the
            // system's temporary folder.
            work = Files.createTempDirectory(pdf.toAbsolutePath().getParent(), ".spc-report-");
            Cleanup.register(work);
            Path html = work.resolve("report.html");
            try (OutputStream out = Files.newOutputStream(html)) {
                page.writeTo(out);
            }
            failing = pdf;
            String problem = print(html, work);
            if (problem == null) {
                Path printed = work.resolve("report.pdf");
                batch.add(pdf, out -> Files.copy(printed, out));
            }
            Path kept = output != null ? output : problem == null ? null : beside(pdf);
            if (kept != null) {
                failing = kept;
                batch.add(kept, out -> Files.copy(html, out));
            }
            batch.commit();
            if (problem != null) {
                terminal.out().println(kept);
                throw ChromiumPdf.notPrinted(pdf, problem, kept, "report");
            }
            if (output != null) {
                terminal.out().println(output);
            }
            terminal.out().println(pdf);
            printDeck(terminal);
        } catch (IOException e) {
            throw DataException.atFile(failing.toString(), "cannot be written: " + e.getMessage(),
                    "Check that the folder is writable and the disk is not full", e);
        } finally {
            Cleanup.deleteTree(work);
            if (work != null) {
                Cleanup.forget(work);
            }
        }
    }

    /** The funnel plots of the --funnel files, each file's metrics in order, read before anything is written. */
    private List<ReportOptions.UnitComparison> comparisons() {
        List<ReportOptions.UnitComparison> out = new java.util.ArrayList<>();
        for (Path file : funnels) {
            UnitsReader.Units units = UnitsReader.read(file, UnitsReader.Options.DEFAULTS);
            FunnelSpec resolved = new FunnelSpec(units.type(), funnelSpec.ratioScale(), funnelSpec.overdispersion(),
                    funnelSpec.trim());
            for (UnitsReader.MetricUnits m : units.metrics()) {
                out.add(new ReportOptions.UnitComparison(Funnel.of(m.metric(), m.units(), resolved),
                        units.numeratorColumn(), units.denominatorColumn()));
            }
        }
        return out;
    }

    /**
     * Prints the page to {@code work/report.pdf} through Chromium.
     *
     * @return null when it printed, else what went wrong
     */
    private String print(Path html, Path work) throws IOException {
        return ChromiumPdf.print(chromium, html, work.resolve("report.pdf"), work, PRINT_TIMEOUT, "report");
    }

    /**
     * Where the HTML report goes when only a PDF was asked for and it could not be printed: the PDF's name
     * ending .html, else with -2, -3, ... added, so that no file is overwritten (an input file least of all).
     */
    static Path beside(Path pdf) {
        String name = pdf.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        Path candidate = pdf.resolveSibling(stem + ".html");
        for (int k = 2; Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS); k++) {
            candidate = pdf.resolveSibling(stem + "-" + k + ".html");
        }
        return candidate;
    }

    private void printDeck(Terminal terminal) {
        if (pptx != null) {
            terminal.out().println(pptx);
        }
    }
}
