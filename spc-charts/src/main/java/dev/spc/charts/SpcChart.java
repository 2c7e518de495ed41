package dev.spc.charts;

import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import dev.spc.core.Phase;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.Side;
import dev.spc.core.series.Period;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TimeZone;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One analysis drawn as an MDC-style chart: the points coloured by class, the process line, the centre
 * line (solid), the process limits (dashed) and optionally the two-sigma lines (faint), each broken at
 * every recalculation; the target or its per-row trajectory; annotations as labelled markers; the
 * variation and assurance icons in the top right; the metric as title and the plain-English
 * explanation as subtitle. Nothing is computed here that the analysis does not already hold.
 */
public final class SpcChart implements Drawable {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final Analysis analysis;
    private final ChartOptions options;
    private final JFreeChart chart;
    private final double iconSize;
    private final LabelLayer labels;
    /** The words of labels with no room on the plot, numbered, under it (attached only when there are some). */
    private final TextTitle notes;

    private SpcChart(Analysis analysis, ChartOptions options, JFreeChart chart, double iconSize, LabelLayer labels,
            TextTitle notes) {
        this.analysis = analysis;
        this.options = options;
        this.chart = chart;
        this.iconSize = iconSize;
        this.labels = labels;
        this.notes = notes;
    }

    /** The chart of an analysis. */
    public static SpcChart of(Analysis analysis, ChartOptions options) {
        return build(analysis, options, null, 1.0, options.width());
    }

    /**
     * @param range the value axis range {lower, upper} to use, or null to fit this analysis
     * @param size the text and icon size relative to a full chart
     * @param width the width the chart will be drawn at (a cell of small multiples is narrower)
     */
    static SpcChart build(Analysis a, ChartOptions options, double[] range, double size, double width) {
        Theme theme = options.theme();
        float text = (float) (theme.textScale() * size);
        int n = a.size();

        XYPlot plot = ChartText.plot();
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        // The plot draws the highest index first: the lines go under the points, which are dataset 0.

        // Dataset 0, drawn last: the process line and the points.
        XYSeries values = new XYSeries("values", false, true);
        for (int i = 0; i < n; i++) {
            values.add(x(a.date(i)), a.value(i));
        }
        plot.setDataset(0, new XYSeriesCollection(values));
        PointRenderer points = options.showsSignals()
                ? new PointRenderer(a, theme, theme.pointRadius() * Math.sqrt(size), options.locale())
                : PointRenderer.plain(a, theme, theme.pointRadius() * Math.sqrt(size), options.locale());
        plot.setRenderer(0, points);

        // The lines of each phase, one series per phase so that they break at recalculations.
        float w = theme.lineWidth();
        int slot = 1;
        slot = lines(plot, slot, a, Line.CENTRE, theme.centreLine(), new BasicStroke(w * 1.2f));
        Stroke dashed = new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
        slot = lines(plot, slot, a, Line.UPPER, theme.limitLine(), dashed);
        slot = lines(plot, slot, a, Line.LOWER, theme.limitLine(), dashed);
        if (options.showsTwoSigma()) {
            Stroke faint = new BasicStroke(w * 0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {2f, 3f}, 0f);
            slot = lines(plot, slot, a, Line.UPPER_TWO_SIGMA, theme.twoSigmaLine(), faint);
            slot = lines(plot, slot, a, Line.LOWER_TWO_SIGMA, theme.twoSigmaLine(), faint);
        }
        boolean labelledTarget = target(plot, slot, a, theme, text);

        // A tick label such as "Sep 24" is about 3.4 ems wide; leave as much again between labels.
        int maxTicks = (int) Math.max(2, Math.min(12, (width - 60) / (10.5 * text * 3.4 * 2)));
        DateAxis dates = dateAxis(a, text, maxTicks);
        xLabel(dates, options, text);
        plot.setDomainAxis(dates);
        // The tick labels are the axis format's (below), in the chart's locale whatever the Java machine's: the
        // standard tick units give the ticks' sizes only.
        NumberAxis axis = new NumberAxis();
        axis.setAutoRangeIncludesZero(false);
        axis.setTickLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
        axis.setTickLabelPaint(new Color(0x404040));
        axis.setAxisLineVisible(false);
        // The gridlines mark the values: tick marks as well would only add ink (and bytes to an SVG).
        axis.setTickMarksVisible(false);
        double[] fitted = range(a, options.showsTwoSigma());
        double[] r = range != null ? range : fitted != null ? fitted : new double[] {0, 1};
        axis.setRange(r[0], r[1]);
        axis.setNumberFormatOverride(new AxisFormat(a, r, options.locale()));
        plot.setRangeAxis(axis);

        LabelLayer labels = labels(plot, a, theme, text, size, labelledTarget, options.showsSignals());

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double iconSize = options.showsIcons() ? 40 * theme.textScale() * size : 0;
        Font titleFont = ChartText.font(Font.BOLD, 15f * text);
        double titleRoom = width - 8 - 14 - 4 - (iconSize > 0 ? 2 * iconSize + 16 : 4) - 4;
        TextTitle title = new TextTitle(titleLines(titleText(a.metric(), width), titleFont, titleRoom), titleFont);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setPaint(new Color(0x262626));
        title.setPadding(new RectangleInsets(2, 4, 2, iconSize > 0 ? 2 * iconSize + 16 : 4));
        title.setMaximumLinesToDisplay(2);
        chart.setTitle(title);
        if (options.showsSubtitle()) {
            TextTitle subtitle = ChartText.subtitle(SafeText.line(a.explanation(options.locale())), text, iconSize > 0 ? 2 * iconSize + 16 : 4);
            chart.addSubtitle(subtitle);
        }
        chart.setPadding(new RectangleInsets(8, 8, 6, 14));
        TextTitle notes = ChartText.notes(text);
        return new SpcChart(a, options, chart, iconSize, labels, notes);
    }

    /**
     * The metric's name as the title shows it: on one line of characters a drawing can hold, cut with an
     * ellipsis to what two lines of the chart's width could show at most (a quarter of the width in points,
     * at least 60 characters). The cut keeps the title's layout time short and linear in the name's length:
     * the chart library measures a long unbroken word once for each character it drops.
     */
    static String titleText(String metric, double width) {
        return SafeText.shorten(SafeText.line(metric), (int) Math.max(60, width / 4));
    }

    /**
     * The title broken into at most two lines of {@code room} points, between words: a name too long for two
     * lines ends its second line with an ellipsis after the last whole word that fits (the picture's title and
     * description keep the whole name). Only a single word longer than a line is broken inside.
     */
    static String titleLines(String title, Font font, double room) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        java.util.function.ToDoubleFunction<String> wide = t -> font.getStringBounds(t, frc).getWidth();
        // A little to spare, so that the chart library, measuring in its own way, never breaks a line again.
        double fits = Math.max(20, room * 0.97);
        if (wide.applyAsDouble(title) <= fits) {
            return title;
        }
        String[] words = title.split(" ");
        java.util.List<String> lines = new java.util.ArrayList<>();
        String line = "";
        int k = 0;
        while (k < words.length && lines.size() < 2) {
            String tried = line.isEmpty() ? words[k] : line + " " + words[k];
            if (wide.applyAsDouble(tried) <= fits) {
                line = tried;
                k++;
            } else if (line.isEmpty()) {
                // One word wider than the line: as much of it as fits, the rest on the next line.
                int cut = words[k].length() - 1;
                while (cut > 1 && wide.applyAsDouble(words[k].substring(0, cut)) > fits) {
                    cut--;
                }
                lines.add(words[k].substring(0, cut));
                words[k] = words[k].substring(cut);
            } else {
                lines.add(line);
                line = "";
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        if (k < words.length || lines.size() > 2) {
            // More than two lines hold: the second ends with an ellipsis, after a whole word where it can.
            String last = lines.get(1);
            while (wide.applyAsDouble(last + SafeText.ELLIPSIS) > fits && last.contains(" ")) {
                last = last.substring(0, last.lastIndexOf(' '));
            }
            while (wide.applyAsDouble(last + SafeText.ELLIPSIS) > fits && last.length() > 1) {
                last = last.substring(0, last.length() - 1);
            }
            lines = java.util.List.of(lines.get(0), last + SafeText.ELLIPSIS);
        }
        return String.join("\n", lines);
    }

    private enum Line { CENTRE, UPPER, LOWER, UPPER_TWO_SIGMA, LOWER_TWO_SIGMA }

    private static double lineValue(Analysis a, int i, Line line) {
        return switch (line) {
            case CENTRE -> a.centre(i);
            case UPPER -> a.boundedUpperLimit(i);
            case LOWER -> a.boundedLowerLimit(i);
            case UPPER_TWO_SIGMA -> a.bounds().clamp(a.upperTwoSigma(i));
            case LOWER_TWO_SIGMA -> a.bounds().clamp(a.lowerTwoSigma(i));
        };
    }

    /**
     * One series per phase: a straight line when the phase's lines are constant, else steps centred on the
     * points (each point's line reaching halfway to its neighbours), as limits that vary with the
     * denominator or subgroup size are drawn.
     */
    private static int lines(XYPlot plot, int slot, Analysis a, Line line, Color colour, Stroke stroke) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Phase p : a.phases()) {
            XYSeries s = new XYSeries(line + "-" + p.number(), false, true);
            if (!a.limitsVary()) {
                double v = lineValue(a, p.first(), line);
                if (!Double.isNaN(v)) {
                    s.add(x(a.date(p.first())), v);
                    s.add(x(a.date(p.last())), v);
                }
            } else {
                for (int i = p.first(); i <= p.last(); i++) {
                    double v = lineValue(a, i, line);
                    double left = i == p.first() ? x(a.date(i)) : (x(a.date(i - 1)) + x(a.date(i))) / 2;
                    double right = i == p.last() ? x(a.date(i)) : (x(a.date(i)) + x(a.date(i + 1))) / 2;
                    s.add(left, v);
                    s.add(right, v);
                }
            }
            if (s.getItemCount() > 0) {
                data.addSeries(s);
            }
        }
        if (data.getSeriesCount() == 0) {
            return slot;
        }
        plot.setDataset(slot, data);
        plot.setRenderer(slot, lineRenderer(colour, stroke));
        return slot + 1;
    }

    private static XYLineAndShapeRenderer lineRenderer(Color colour, Stroke stroke) {
        // Segment by segment, not as one path: a dashed limit that steps with the denominator then starts
        // each step with a dash, so that every point's own limit shows at its x.
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setAutoPopulateSeriesPaint(false);
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultPaint(colour);
        r.setDefaultStroke(stroke);
        return r;
    }

    /** Draws the target; true when it is one line for every point, which the word "target" then labels. */
    private static boolean target(XYPlot plot, int slot, Analysis a, Theme theme, float text) {
        Stroke stroke = new BasicStroke(theme.lineWidth() * 1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {10f, 3f, 2f, 3f}, 0f);
        // The target each point is assured against, as the analysis decides it: one line when it is the same
        // for every point, else a step at each change (a trajectory).
        Double constant = null;
        boolean varies = false;
        for (int i = 0; i < a.size(); i++) {
            OptionalDouble t = a.target(i);
            double v = t.isPresent() ? t.getAsDouble() : Double.NaN;
            if (constant == null) {
                constant = v;
            } else if (Double.compare(constant, v) != 0) {
                varies = true;
            }
        }
        if (varies) {
            XYSeries s = new XYSeries("target", false, true);
            for (int i = 0; i < a.size(); i++) {
                OptionalDouble t = a.target(i);
                double v = t.isPresent() ? t.getAsDouble() : Double.NaN;
                if (i > 0 && !s.isEmpty() && Double.compare(v, s.getY(s.getItemCount() - 1).doubleValue()) != 0) {
                    s.add(x(a.date(i)), s.getY(s.getItemCount() - 1));
                }
                s.add(x(a.date(i)), v);
            }
            plot.setDataset(slot, new XYSeriesCollection(s));
            plot.setRenderer(slot, lineRenderer(theme.targetLine(), stroke));
            // Its word "target" too, by the start of the first step (see labels).
            return true;
        } else if (constant != null && !constant.isNaN()) {
            // Its label "target" is placed with the others (see labels).
            plot.addRangeMarker(new ValueMarker(constant, theme.targetLine(), stroke), Layer.BACKGROUND);
            return true;
        }
        return false;
    }

    /**
     * The labels, all placed by one {@link LabelLayer} added last: each point's annotation (in date order),
     * then, in the teaching theme (unless the chart is plain), each signal's rule, then the word "target" by a
     * target line.
     */
    private static LabelLayer labels(XYPlot plot, Analysis a, Theme theme, float text, double size, boolean target,
            boolean signals) {
        double[] xs = new double[a.size()];
        double[] ys = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            xs[i] = x(a.date(i));
            ys[i] = a.value(i);
        }
        // The largest mark, the diamond, reaches 1.35 radii from its centre.
        LabelLayer layer = new LabelLayer(xs, ys, theme.pointRadius() * Math.sqrt(size) * 1.35 + 0.5,
                ChartText.font(Font.BOLD, 8.5f * text));
        Font font = ChartText.font(Font.PLAIN, 9.5f * text);
        double middle = (plot.getRangeAxis().getLowerBound() + plot.getRangeAxis().getUpperBound()) / 2;
        for (int i = 0; i < a.size(); i++) {
            if (a.series().isGap(i) || Double.isNaN(a.value(i)) || a.series().annotation(i).isEmpty()) {
                continue;
            }
            String label = SafeText.shorten(SafeText.line(a.series().annotation(i).get()), 40);
            // Labels of points in the upper half look below them first, the others above, to stay on the plot.
            layer.add(new LabelLayer.Label(LabelLayer.Kind.ANNOTATION, label, font, new Color(0x262626), xs[i],
                    a.value(i), a.value(i) <= middle ? LabelLayer.Side.ABOVE : LabelLayer.Side.BELOW));
        }
        if (theme.labelsSignals() && signals) {
            Font bold = ChartText.font(Font.BOLD, 9f * text);
            // Labels at the same point and on the same side are joined into one.
            java.util.Map<Long, SignalLabel> joined = new java.util.LinkedHashMap<>();
            for (SignalLabel label : SignalLabel.of(a, 12)) {
                long key = label.at() * 2L + (label.high() ? 1 : 0);
                joined.merge(key, label, (first, second) -> new SignalLabel(first.at(), first.high(),
                        first.text() + "; " + second.text(), first.points() + second.points()));
            }
            for (SignalLabel label : joined.values()) {
                int i = label.at();
                layer.add(new LabelLayer.Label(LabelLayer.Kind.SIGNAL, label.text(), bold,
                        theme.colour(labelClass(a, i, label.high())).darker(), xs[i], a.value(i),
                        label.high() ? LabelLayer.Side.ABOVE : LabelLayer.Side.BELOW));
            }
        }
        if (target) {
            // A level target is named at the plot's left end; a changing one where its first step starts.
            int first = 0;
            while (first < a.size() - 1 && a.target(first).isEmpty()) {
                first++;
            }
            double t = a.target(first).orElse(Double.NaN);
            layer.add(new LabelLayer.Label(LabelLayer.Kind.TARGET, "target", font, theme.targetLine(),
                    first == 0 ? Double.NaN : xs[first], t, LabelLayer.Side.ABOVE));
        }
        plot.addAnnotation(layer);
        return layer;
    }

    /**
     * The class a label's colour shows: that of its own side (a concern shift stays orange even on a point
     * whose trend made it an improvement), or the point's for a pattern with no side.
     */
    private static PointClass labelClass(Analysis a, int i, boolean high) {
        PointClass cls = a.pointClass(i);
        if (cls == PointClass.COMMON_CAUSE || cls == PointClass.NEITHER) {
            return PointClass.NEITHER;
        }
        return PointClass.of(high ? Side.HIGH : Side.LOW, a.spec().direction());
    }

    /** The value range that shows every value, line and target, with a margin; null when there are none. */
    static double[] range(Analysis a, boolean twoSigma) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.size(); i++) {
            double v = a.value(i);
            if (!Double.isNaN(v)) {
                lowest = Math.min(lowest, v);
                highest = Math.max(highest, v);
            }
        }
        for (int i = 0; i < a.size(); i++) {
            double[] vs = {a.value(i), a.centre(i), a.boundedLowerLimit(i), a.boundedUpperLimit(i),
                a.target(i).orElse(Double.NaN)};
            for (double v : vs) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (twoSigma && a.hasLimits(i)) {
                lo = Math.min(lo, a.bounds().clamp(a.lowerTwoSigma(i)));
                hi = Math.max(hi, a.bounds().clamp(a.upperTwoSigma(i)));
            }
        }
        if (lo > hi) {
            return null;
        }
        double span = hi - lo;
        double pad = span > 0 ? span * 0.08 : Math.max(1, Math.abs(hi) * 0.1);
        // Beyond a bound only by enough to show a point on it whole (its tick label is not drawn).
        double edge = span > 0 ? span * 0.03 : pad;
        // Never past a value, though: a value beyond a bound that was given is shown, not cut off.
        double bottom = Math.min(Math.max(lo - pad, a.bounds().lower() - edge), lowest - edge);
        double top = Math.max(Math.min(hi + pad, a.bounds().upper() + edge), highest + edge);
        return new double[] {Double.isNaN(bottom) ? lo - pad : bottom, Double.isNaN(top) ? hi + pad : top};
    }

    static DateAxis dateAxis(Analysis a, float text, int maxTicks) {
        if (a.size() == 0) {
            return new DateAxis(null, UTC, Formats.PEOPLE);
        }
        LocalDate first = a.date(0);
        LocalDate last = a.date(a.size() - 1);
        Period period = a.series().period().orElse(null);
        if (period == Period.SEQUENCE) {
            return sequenceAxis(first, last, text, maxTicks);
        }
        DateAxis axis = new AlignedDateAxis((long) x(first), UTC, Formats.PEOPLE);
        axis.setTickLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
        axis.setTickLabelPaint(new Color(0x404040));
        axis.setTickMarkPosition(DateTickMarkPosition.START);
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        boolean monthly = true;
        for (int i = 0; i < a.size() && monthly; i++) {
            monthly = a.date(i).getDayOfMonth() == 1;
        }
        double pad = Math.max(days * 0.02, monthly ? 15 : 0.6) * 86_400_000.0;
        axis.setRange(x(first) - pad, x(last) + pad);
        if (period != null) {
            // Ticks a whole number of periods apart, labelled as the data name them ("2024/25 M01").
            String widest = period.label(last);
            int ticks = (int) Math.max(2, maxTicks * 6L / Math.max(6, widest.length()));
            if (period == Period.ISO_WEEK || period == Period.WEEK_ENDING) {
                axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, 7 * pick(days / 7, new int[] {1, 2, 4, 8, 13, 26, 52,
                    104, 260}, ticks)));
            } else {
                int length = switch (period) {
                    case FINANCIAL_MONTH -> 1;
                    case FINANCIAL_QUARTER, QUARTER -> 3;
                    default -> 12;
                };
                long periods = Math.max(1, ChronoUnit.MONTHS.between(first, last) / length);
                axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, length * pick(periods, new int[] {1, 2, 3, 4,
                    6, 12, 24, 60, 120}, ticks)));
            }
            axis.setDateFormatOverride(new PeriodFormat(period));
            return axis;
        }
        SimpleDateFormat format;
        if (days > 150 || monthly) {
            long months = Math.max(1, ChronoUnit.MONTHS.between(first, last));
            int step = pick(months, new int[] {1, 2, 3, 4, 6, 12, 24, 36, 60, 120}, maxTicks);
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step));
            format = new SimpleDateFormat("MMM yy", Locale.ENGLISH);
        } else {
            int step = pick(days, new int[] {1, 2, 7, 14, 28}, maxTicks);
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, step));
            format = new SimpleDateFormat("d MMM", Locale.ENGLISH);
        }
        format.setTimeZone(UTC);
        axis.setDateFormatOverride(format);
        return axis;
    }

    /**
     * The axis of points numbered in order (case 1, 2, 3...): whole numbers, ticks on multiples of a round
     * step (1, 2, 5, 10, 20, 25, 50...), labelled with the numbers.
     */
    private static DateAxis sequenceAxis(LocalDate first, LocalDate last, float text, int maxTicks) {
        long from = Period.numberOf(first);
        long span = Math.max(1, Period.numberOf(last) - from);
        int step = pick(span, new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000,
            100_000, 1_000_000}, Math.max(2, maxTicks * 6 / Math.max(6, Long.toString(Period.numberOf(last)).length() + 3)));
        DateAxis axis = new AlignedDateAxis((long) x(Period.dateOf(Math.floorDiv(from, step) * step)), UTC,
                Formats.PEOPLE);
        axis.setTickLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
        axis.setTickLabelPaint(new Color(0x404040));
        axis.setTickMarkPosition(DateTickMarkPosition.START);
        double pad = Math.max(span * 0.02, 0.6) * 86_400_000.0;
        axis.setRange(x(first) - pad, x(last) + pad);
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, step));
        axis.setDateFormatOverride(new PeriodFormat(Period.SEQUENCE));
        return axis;
    }

    /** The words under the horizontal axis, when the options give them. */
    static void xLabel(DateAxis axis, ChartOptions options, float text) {
        if (!options.xLabel().isEmpty()) {
            axis.setLabel(options.xLabel());
            axis.setLabelFont(ChartText.font(Font.PLAIN, 10.5f * text));
            axis.setLabelPaint(new Color(0x404040));
        }
    }

    /** The smallest step that gives at most {@code maxTicks} ticks over the span. */
    private static int pick(long span, int[] steps, int maxTicks) {
        for (int s : steps) {
            if (span / s < maxTicks) {
                return s;
            }
        }
        return steps[steps.length - 1];
    }

    static double x(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The JFreeChart behind the picture, for callers who want to change it or draw it themselves. */
    public JFreeChart chart() {
        return chart;
    }

    public Analysis analysis() {
        return analysis;
    }

    public ChartOptions options() {
        return options;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        draw(g, area, null);
    }

    /** Draws, filling {@code info} with where things were drawn (for tests and image maps). */
    public void draw(Graphics2D g, Rectangle2D area, ChartRenderingInfo info) {
        if (iconSize > 0) {
            labels.block(new Rectangle2D.Double(area.getMaxX() - 14 - 2 * iconSize - 8, area.getY() + 6,
                    2 * iconSize + 12, iconSize + 4));
        }
        labels.layOutNotes(chart, notes, g, area);
        chart.draw(g, area, info);
        if (iconSize > 0) {
            double y = area.getY() + 8;
            double x = area.getMaxX() - 14 - 2 * iconSize - 6;
            Icons.variation(g, analysis.variation(), options.theme(), x, y, iconSize);
            Icons.assurance(g, analysis.assurance(), options.theme(), x + iconSize + 6, y, iconSize);
        }
    }

    /** The layer that placed this chart's labels, with the boxes of its last drawing. */
    LabelLayer labels() {
        return labels;
    }

    /**
     * The boxes the chart's labels (signals, annotations, the target's word, notes' numbers) took when it
     * was last drawn, in the drawing's coordinates; empty before it is drawn. For checking that no two meet.
     */
    public List<Rectangle2D> labelBoxes() {
        return labels.placed().stream().map(LabelLayer.Placed::box).toList();
    }

    /** The plot's area when the chart was last drawn (null before), which every label box lies within. */
    public Rectangle2D plotArea() {
        return labels.area();
    }

    @Override
    public String title() {
        return analysis.metric();
    }

    @Override
    public String description() {
        if (!options.showsSignals()) {
            return "Statistical process control chart of " + analysis.metric() + ": " + analysis.pointCount()
                    + " points with their centre line and process limits.";
        }
        return "Statistical process control chart of " + analysis.metric() + ". " + analysis.explanation(options.locale());
    }
}
