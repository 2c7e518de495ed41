package dev.spc.charts.report;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.FunnelChart;
import dev.spc.core.Analysis;
import dev.spc.core.series.Period;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * The HTML report of many analyses: one self-contained page for a board pack. At the top the summary:
 * the Making Data Count grid (metrics counted by variation and assurance icon, each cell linking to its
 * metrics) and the matrix (every metric's latest value, target, icons and explanation, by group); then a
 * section per metric with its chart as inline SVG, the explanation, the signals and the data.
 *
 * <p>The page fetches nothing (its content security policy forbids it), reads whole with JavaScript off
 * (a small script only sorts and filters the matrix), and prints on A4 landscape a page per metric. All
 * text from the data goes through the template engine (mustache.java), which escapes it for HTML; the
 * charts escape their own text. The same analyses and options always give the same bytes: the page
 * carries no date or time of its making.
 */
public final class HtmlReport {
    private static final String TEMPLATES = "dev/spc/charts/report";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** The group of the metrics that have none, when others have one. */
    static final String NO_GROUP = "No group";

    private final List<Analysis> analyses;
    private final ReportOptions options;

    private HtmlReport(List<Analysis> analyses, ReportOptions options) {
        this.analyses = inGroupOrder(analyses, options);
        this.options = options;
    }

    /**
     * The report of the analyses, in their order within each group; groups in the order of their first
     * metric, and the metrics without a group last. The sections follow the matrix, so that a printed
     * board pack reads in one order.
     */
    public static HtmlReport of(List<Analysis> analyses, ReportOptions options) {
        return new HtmlReport(analyses, options);
    }

    /** The analyses in the report's order: each group's metrics together, the groups in order of their first metric. */
    public List<Analysis> analyses() {
        return analyses;
    }

    /**
     * Starts, on a thread of its own, the work every report with these chart options begins with (drawing the
     * sample charts its styles are learned from), so that a report written later with the same options object
     * finds it done: a caller that knows the options before it has read the data lets the two go on side by side.
     */
    public static void prepare(ChartOptions chartOptions) {
        ChartPipeline.learnAhead(chartOptions);
    }

    /** Writes the page. */
    public void write(Writer out) throws IOException {
        write(out, drawn -> { });
    }

    /**
     * Writes the page, telling {@code chartsDrawn} the number of charts written so far after each one
     * (for a progress bar).
     */
    public void write(Writer out, IntConsumer chartsDrawn) throws IOException {
        List<MetricRow> rows = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            Analysis a = analyses.get(i);
            rows.add(MetricRow.of(a, ChartPipeline.anchor(i), options.group(a.metric()).orElse(null),
                    options.chart().locale()));
        }
        String script = resource("report.js");
        Mustache template = new SafeMustacheFactory(TEMPLATES).compile("report.mustache");
        try (ChartPipeline charts = new ChartPipeline(analyses, options.chart(), options.threads(), chartsDrawn)) {
            LocalDate latest = latestDate();
            Page page = new Page(policy(script), options.title(), options.subtitle().orElse(null),
                    latest == null ? null : (allMonthly() ? MONTH : DAY).format(latest),
                    latest == null ? null : latest.toString(), analyses.size(), Grid.of(rows), groups(rows),
                    sections(rows, charts), IconSymbols.markup(options.chart().theme()), script, charts.css(),
                    Filter.variations(rows), Filter.assurances(rows), funnels());
            template.execute(out, page);
            out.flush();
        } catch (MustacheException e) {
            throw unwrap(e);
        }
    }

    private Iterable<Section> sections(List<MetricRow> rows, ChartPipeline charts) {
        boolean grouped = rows.stream().anyMatch(r -> r.group() != null);
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < analyses.size();
            }

            @Override
            public Section next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                String group = grouped ? Objects.requireNonNullElse(rows.get(i).group(), NO_GROUP) : null;
                boolean first = grouped && (i == 0 || !Objects.equals(rows.get(i).group(), rows.get(i - 1).group()));
                return Section.of(analyses.get(i), rows.get(i), charts.next(), first ? group : null, grouped,
                        options.chart().locale());
            }
        };
    }

    /**
     * The funnel plots, each drawn as the metrics' charts are (with the icons and subtitle left out: the words
     * beside it say what the subtitle would) and described by its section's words.
     */
    private List<FunnelSection> funnels() {
        ChartOptions chart = options.chart().toBuilder().icons(ChartOptions.Parts.HIDDEN)
                .subtitle(ChartOptions.Parts.HIDDEN).build();
        List<FunnelSection> sections = new ArrayList<>(options.funnels().size());
        for (int k = 0; k < options.funnels().size(); k++) {
            ReportOptions.UnitComparison u = options.funnels().get(k);
            String anchor = "u" + (k + 1);
            String svg = ChartPipeline.described(ChartPipeline.svg(FunnelChart.of(u.funnel(), u.denominatorLabel(), chart),
                    chart, anchor + "-"), anchor);
            sections.add(FunnelSection.of(u.funnel(), u.numeratorLabel(), u.denominatorLabel(), anchor, svg,
                    options.chart().locale()));
        }
        return List.copyOf(sections);
    }

    /** The metrics by group (the rows are in group order: each group is one run); one unnamed group when none has a group. */
    private static List<Page.Group> groups(List<MetricRow> rows) {
        if (rows.stream().allMatch(r -> r.group() == null)) {
            return List.of(new Page.Group(null, rows));
        }
        List<Page.Group> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !Objects.equals(rows.get(i).group(), rows.get(start).group())) {
                String name = rows.get(start).group();
                groups.add(new Page.Group(name == null ? NO_GROUP : name, List.copyOf(rows.subList(start, i))));
                start = i;
            }
        }
        return groups;
    }

    private static List<Analysis> inGroupOrder(List<Analysis> analyses, ReportOptions options) {
        Map<String, List<Analysis>> byGroup = new LinkedHashMap<>();
        List<Analysis> ungrouped = new ArrayList<>();
        for (Analysis a : analyses) {
            options.group(a.metric()).ifPresentOrElse(g -> byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(a),
                    () -> ungrouped.add(a));
        }
        List<Analysis> ordered = new ArrayList<>(analyses.size());
        byGroup.values().forEach(ordered::addAll);
        ordered.addAll(ungrouped);
        return List.copyOf(ordered);
    }

    /** The latest date of any metric's latest point with a value, or null (points numbered in sequence have none). */
    private LocalDate latestDate() {
        LocalDate latest = null;
        for (Analysis a : analyses) {
            if (a.series().period().orElse(null) == Period.SEQUENCE) {
                continue;
            }
            OptionalInt i = a.latestIndex();
            if (i.isPresent() && (latest == null || a.date(i.getAsInt()).isAfter(latest))) {
                latest = a.date(i.getAsInt());
            }
        }
        return latest;
    }

    /** True when every date is the first of a month: monthly data, whose latest date reads as a month. */
    private boolean allMonthly() {
        for (Analysis a : analyses) {
            for (int i = 0; i < a.size(); i++) {
                if (a.date(i).getDayOfMonth() != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Nothing may be fetched, styles only from the page, and only the page's own script may run: its hash
     * is in the policy, so a script that came in with the data would not run even if it escaped escaping.
     */
    static String policy(String script) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
                    + Base64.getEncoder().encodeToString(hash) + "'; base-uri 'none'; form-action 'none'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/" + TEMPLATES + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the spc-charts jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The failure behind the template engine's wrapper: a write error, or a failure drawing a chart. */
    private static IOException unwrap(MustacheException e) throws IOException {
        Throwable t = e;
        while (t instanceof MustacheException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r && !(t instanceof MustacheException)) {
            throw r;
        }
        throw e;
    }
}
