package dev.spc.cli;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.Drawable;
import dev.spc.charts.Icons;
import dev.spc.charts.SensitiveChart;
import dev.spc.charts.SpcChart;
import dev.spc.charts.Theme;
import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import dev.spc.core.result.Action;
import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.VariationIcon;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The slides of a report (a title slide, the Making Data Count grid, a section slide per group, and a
 * slide per metric with its chart, the explanation and the suggested action) or of charts alone (a slide
 * per metric).
 */
final class ReportDeck {
    /**
     * The chart's size, in points of 1/96 inch, and its resolution: it is shown about 1.15 times as large
     * (so that its words read from the back of a room), and at 3 pixels a point it has more pixels than a
     * projector or screen of 1920 pixels across shows in its place.
     */
    static final int CHART_WIDTH = 560;
    static final int CHART_HEIGHT = 340;
    static final int CHART_DPI = 288;
    /** The most metric names a section slide lists. */
    static final int SECTION_NAMES = 8;

    private final Deck deck;
    private final ChartOptions charts;
    private final Theme theme;

    private ReportDeck(String title, ChartOptions options) {
        this.deck = new Deck(title);
        this.charts = options.toBuilder().width(CHART_WIDTH).height(CHART_HEIGHT).dpi(CHART_DPI)
                .subtitle(ChartOptions.Parts.HIDDEN).build();
        this.theme = options.theme();
    }

    /**
     * The slides of a report.
     *
     * @param analyses in the report's order (each group's metrics together)
     * @param group each metric's group, or null
     */
    static ReportDeck report(List<Analysis> analyses, Function<String, String> group, String title, String subtitle,
            ChartOptions options) {
        ReportDeck slides = new ReportDeck(title, options);
        List<String> lines = new ArrayList<>();
        if (subtitle != null && !subtitle.isBlank()) {
            lines.add(subtitle);
        }
        String period = period(analyses, options);
        if (period != null) {
            lines.add(period);
        }
        lines.add(analyses.size() == 1 ? "1 metric" : Formats.number(analyses.size()) + " metrics");
        slides.deck.addTitle(title, lines);
        slides.grid(analyses);
        boolean grouped = analyses.stream().anyMatch(a -> group.apply(a.metric()) != null);
        String previous = null;
        for (int i = 0; i < analyses.size(); i++) {
            Analysis a = analyses.get(i);
            String g = grouped ? Objects.requireNonNullElse(group.apply(a.metric()), "No group") : null;
            if (grouped && (i == 0 || !g.equals(previous))) {
                List<String> names = new ArrayList<>();
                for (int k = i; k < analyses.size()
                        && g.equals(Objects.requireNonNullElse(group.apply(analyses.get(k).metric()), "No group")); k++) {
                    names.add(analyses.get(k).metric());
                }
                slides.deck.addSection(g, sectionLines(names));
            }
            previous = g;
            slides.metric(a);
        }
        return slides;
    }

    /** The lines under a group's heading: how many metrics, and their names (the first few of many). */
    static List<String> sectionLines(List<String> names) {
        List<String> lines = new ArrayList<>();
        lines.add(names.size() == 1 ? "1 metric" : Formats.number(names.size()) + " metrics");
        int shown = names.size() <= SECTION_NAMES ? names.size() : SECTION_NAMES - 1;
        for (int k = 0; k < shown; k++) {
            lines.add(names.get(k));
        }
        if (shown < names.size()) {
            lines.add("and " + Formats.number(names.size() - shown) + " more");
        }
        return lines;
    }

    /** A slide per metric, in the order given. */
    static ReportDeck charts(List<Analysis> analyses, String title, ChartOptions options) {
        ReportDeck slides = new ReportDeck(title, options);
        analyses.forEach(slides::metric);
        return slides;
    }

    /** The number of slides. */
    int size() {
        return deck.size();
    }

    /** Writes the deck, dated by the latest date of the data (so that the same data give the same bytes). */
    void write(OutputStream out, List<Analysis> analyses) throws IOException {
        LocalDate latest = LocalDate.of(1980, 1, 1);
        for (Analysis a : analyses) {
            if (a.size() > 0 && a.date(a.size() - 1).isAfter(latest)) {
                latest = a.date(a.size() - 1);
            }
        }
        deck.write(out, latest);
    }

    /** "Data from Apr 2022 to Mar 2025", in the words of the metrics' own periods; null without dates. */
    private static String period(List<Analysis> analyses, ChartOptions options) {
        Analysis first = null;
        Analysis last = null;
        for (Analysis a : analyses) {
            if (a.size() == 0) {
                continue;
            }
            if (first == null || a.date(0).isBefore(first.date(0))) {
                first = a;
            }
            if (last == null || a.date(a.size() - 1).isAfter(last.date(last.size() - 1))) {
                last = a;
            }
        }
        if (first == null) {
            return null;
        }
        String from = first.formats(options.locale()).when(0);
        String to = last.formats(options.locale()).when(last.size() - 1);
        return from.equals(to) ? "Data for " + from : "Data from " + from + " to " + to;
    }

    /** The metric's slide: the chart on the left; the latest point, the icons in words, the explanation and the action. */
    private void metric(Analysis a) {
        Formats formats = a.formats(charts.locale());
        List<Deck.Paragraph> facts = new ArrayList<>();
        OptionalInt latest = a.latestIndex();
        if (latest.isPresent()) {
            int i = latest.getAsInt();
            OptionalDouble target = a.target(i);
            Deck.Paragraph line = new Deck.Paragraph("Latest", formats.when(i) + ": " + formats.value(a.value(i)));
            facts.add(target.isPresent() ? line.then(new Deck.Paragraph("Target", formats.value(target.getAsDouble())))
                    : line);
        } else {
            facts.add(new Deck.Paragraph("Latest", "no value yet"));
        }
        Deck.Paragraph icons = new Deck.Paragraph("Variation", a.variation().words());
        facts.add(a.assurance() == AssuranceIcon.NONE ? icons
                : icons.then(new Deck.Paragraph("Assurance", a.assurance().words())));
        List<Deck.Paragraph> words = List.of(Deck.Paragraph.of(a.explanation(charts.locale())),
                new Deck.Paragraph("Suggested action", Action.suggested(a.variation(), a.assurance())));
        Drawable chart = a.chart().isSensitive() ? SensitiveChart.of(a, charts) : SpcChart.of(a, charts);
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 17);
        try {
            ChartWriter.write(chart, ChartFormat.PNG, charts, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deck.addSlide(a.metric(), new Deck.Picture(png.toByteArray(), (double) CHART_WIDTH / CHART_HEIGHT,
                chart.title() + ". " + chart.description()), facts, words);
    }

    /**
     * The Making Data Count grid: a row per variation icon and a column per assurance icon, each with its
     * icon and its words, and in each cell the number of metrics showing that pair.
     */
    private void grid(List<Analysis> analyses) {
        VariationIcon[] rows = VariationIcon.values();
        AssuranceIcon[] columns = AssuranceIcon.values();
        int[][] counts = new int[rows.length][columns.length];
        for (Analysis a : analyses) {
            counts[a.variation().ordinal()][a.assurance().ordinal()]++;
        }
        Deck.Slide slide = deck.addSlide("Summary: " + (analyses.size() == 1 ? "1 metric" : Formats.number(analyses.size())
                + " metrics") + " by variation and assurance");
        double left = Deck.MARGIN - 12;
        double top = 84;
        double labelWidth = 330;
        double totalWidth = 76;
        double columnWidth = (Deck.WIDTH - 2 * left - labelWidth - totalWidth) / columns.length;
        double headHeight = 86;
        double rowHeight = 40;
        double icon = 28;
        Color head = new Color(0xE8, 0xED, 0xEE);
        Color quiet = new Color(0x76, 0x86, 0x92);
        slide.label(new Rectangle2D.Double(left, top, labelWidth, headHeight), "Variation (rows), assurance (columns)", 14, true,
                Deck.INK, head);
        for (int c = 0; c < columns.length; c++) {
            double x = left + labelWidth + c * columnWidth;
            slide.label(new Rectangle2D.Double(x, top, columnWidth, headHeight), "", 14, false, Deck.INK, head);
            if (columns[c] != AssuranceIcon.NONE) {
                slide.picture(icon(columns[c], null), new Rectangle2D.Double(x + (columnWidth - icon) / 2, top + 3, icon, icon));
            }
            slide.label(new Rectangle2D.Double(x, top + icon + 4, columnWidth, headHeight - icon - 6),
                    columns[c] == AssuranceIcon.NONE ? "No target" : columns[c].words(), 12, true, Deck.INK, null);
        }
        double totalX = left + labelWidth + columns.length * columnWidth;
        slide.label(new Rectangle2D.Double(totalX, top, totalWidth, headHeight), "Total", 14, true, Deck.INK, head);
        int[] columnTotals = new int[columns.length];
        for (int r = 0; r < rows.length; r++) {
            double y = top + headHeight + r * rowHeight;
            slide.label(new Rectangle2D.Double(left, y, labelWidth, rowHeight), "", 14, false, Deck.INK, Color.WHITE);
            if (rows[r] != VariationIcon.NONE) {
                slide.picture(icon(null, rows[r]), new Rectangle2D.Double(left + 6, y + (rowHeight - icon) / 2, icon, icon));
            }
            slide.label(new Rectangle2D.Double(left + icon + 8, y, labelWidth - icon - 10, rowHeight),
                    rows[r] == VariationIcon.NONE ? "Too few points for an icon" : rows[r].words(), 14, false, Deck.INK,
                    null, org.apache.poi.sl.usermodel.TextParagraph.TextAlign.LEFT);
            int total = 0;
            for (int c = 0; c < columns.length; c++) {
                int n = counts[r][c];
                total += n;
                columnTotals[c] += n;
                slide.label(new Rectangle2D.Double(left + labelWidth + c * columnWidth, y, columnWidth, rowHeight),
                        n == 0 ? "–" : Formats.number(n), n == 0 ? 14 : 20, n > 0, n == 0 ? quiet : Deck.INK, Color.WHITE);
            }
            slide.label(new Rectangle2D.Double(totalX, y, totalWidth, rowHeight), Formats.number(total), 16, true,
                    Deck.INK, head);
        }
        double y = top + headHeight + rows.length * rowHeight;
        slide.label(new Rectangle2D.Double(left, y, labelWidth, rowHeight * 0.8), "Total", 14, true, Deck.INK, head);
        for (int c = 0; c < columns.length; c++) {
            slide.label(new Rectangle2D.Double(left + labelWidth + c * columnWidth, y, columnWidth, rowHeight * 0.8),
                    Formats.number(columnTotals[c]), 16, true, Deck.INK, head);
        }
        slide.label(new Rectangle2D.Double(totalX, y, totalWidth, rowHeight * 0.8), Formats.number(analyses.size()), 16,
                true, Deck.INK, head);
    }

    /** One icon (assurance when given, else variation) as a PNG picture with its words as the text alternative. */
    private Deck.Picture icon(AssuranceIcon assurance, VariationIcon variation) {
        int pixels = 128;
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (assurance != null) {
                Icons.assurance(g, assurance, theme, 0, 0, pixels);
            } else {
                Icons.variation(g, variation, theme, 0, 0, pixels);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Deck.Picture(png.toByteArray(), 1, assurance != null ? assurance.words() : variation.words());
    }
}
