package dev.spc.charts.report;

import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.Drawable;
import dev.spc.charts.SensitiveChart;
import dev.spc.charts.SpcChart;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The charts of a report, drawn on a few threads a little ahead of the page that takes them in order.
 * Drawing the SVG of a chart is most of a report's work; drawing ahead on every core while the page is
 * written keeps the cores busy, and drawing only a window ahead keeps in memory a few charts, not all.
 * The same analyses always give the same charts in the same order, whatever the threads.
 */
final class ChartPipeline implements AutoCloseable {
    private final List<Analysis> analyses;
    private final ChartStyles styles;
    private final Function<Integer, String> draw;
    private final IntConsumer drawn;
    private final ExecutorService executor;
    private final int window;
    private final Future<?>[] futures;
    private int submitted;
    private int taken;

    /**
     * @param analyses the metrics, in page order
     * @param drawn told the number of charts taken so far, after each one
     */
    ChartPipeline(List<Analysis> analyses, ChartOptions chartOptions, int threads, IntConsumer drawn) {
        this.analyses = List.copyOf(analyses);
        ChartOptions options = sectionOptions(chartOptions);
        this.styles = styles(chartOptions);
        this.draw = i -> described(styles.apply(svg(this.analyses.get(i), options, anchor(i) + "-")), anchor(i));
        this.drawn = drawn;
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "spc-report-chart");
            t.setDaemon(true);
            return t;
        });
        this.window = 2 * threads + 2;
        this.futures = new Future<?>[this.analyses.size()];
    }

    /** The options of a section's chart: the icons are the section's, shown with their words just above it. */
    private static ChartOptions sectionOptions(ChartOptions chartOptions) {
        return chartOptions.toBuilder().icons(ChartOptions.Parts.HIDDEN).build();
    }

    /** The styles being learned ahead, and the chart options they are for. */
    private record Ahead(ChartOptions options, Future<ChartStyles> styles) {
    }

    private static volatile Ahead ahead;

    /**
     * Starts learning the styles of charts drawn with these options from the sample charts, on a thread of its
     * own, so that a pipeline made later with the same options object finds them ready: drawing the first
     * charts of a run (the chart library's own start among it) then goes on beside reading the data.
     */
    static void learnAhead(ChartOptions chartOptions) {
        java.util.concurrent.FutureTask<ChartStyles> task = new java.util.concurrent.FutureTask<>(
                () -> learn(chartOptions));
        ahead = new Ahead(chartOptions, task);
        Thread t = new Thread(task, "spc-report-styles");
        t.setDaemon(true);
        t.start();
    }

    /** Whether styles learned ahead wait to be taken. */
    static boolean learningAhead() {
        return ahead != null;
    }

    /** The styles for charts drawn with these options: learned ahead if they were, else learned now. */
    private static ChartStyles styles(ChartOptions chartOptions) {
        Ahead a = ahead;
        if (a != null && a.options() == chartOptions) {
            ahead = null;
            try {
                return a.styles().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // learned again below, where a failure is the caller's to see
            }
        }
        return learn(chartOptions);
    }

    private static ChartStyles learn(ChartOptions chartOptions) {
        ChartOptions options = sectionOptions(chartOptions);
        StringBuilder samples = new StringBuilder();
        for (Analysis a : samples()) {
            samples.append(svg(a, options, "sample-"));
        }
        return ChartStyles.learn(samples.toString());
    }

    private static String svg(Analysis a, ChartOptions options, String idPrefix) {
        // A CUSUM or EWMA analysis is drawn as its own statistic against its own lines.
        Drawable chart = a.chart().isSensitive() ? SensitiveChart.of(a, options) : SpcChart.of(a, options);
        return svg(chart, options, idPrefix);
    }

    /** A chart as an {@code <svg>} element of the page, of class {@code chart}. */
    static String svg(Drawable chart, ChartOptions options, String idPrefix) {
        String svg = ChartWriter.svgElement(chart, options, idPrefix);
        // Inside HTML an svg element needs no namespaces.
        int from = svg.startsWith(NAMESPACES) ? NAMESPACES.length() : svg.startsWith("<svg ") ? "<svg ".length() : -1;
        return from < 0 ? svg : "<svg class=\"chart\" " + svg.substring(from);
    }

    /** The start of an SVG element as the SVG writer writes it, with its namespaces. */
    private static final String NAMESPACES = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
            + "xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg' ";

    /**
     * The chart described by the section's explanation, which the page shows beside it, rather than by a
     * copy of it: the chart's own description goes, and {@code aria-describedby} names the paragraph.
     */
    static String described(String svg, String anchor) {
        int start = svg.indexOf("<desc>");
        int end = svg.indexOf("</desc>");
        if (start < 0 || end < start) {
            return svg;
        }
        String without = svg.substring(0, start) + svg.substring(end + "</desc>".length());
        String role = " role=\"img\"";
        int at = without.indexOf(role);
        return at < 0 ? without : without.substring(0, at + role.length()) + " aria-describedby=\"" + anchor
                + "-explanation\"" + without.substring(at + role.length());
    }

    /**
     * Charts with every kind of mark a report's charts have (points of each class, a shift, a point beyond
     * a limit, a target, an annotation, a recalculation, and each variation and assurance icon), to learn
     * their styles from.
     */
    static List<Analysis> samples() {
        double[] values = {50, 52, 49, 51, 50, 53, 48, 50, 51, 49, 52, 50, 51, 62, 50, 49, 51, 50, 54, 55, 54, 56, 55,
            57, 54, 55, 56, 38};
        List<Analysis> samples = new java.util.ArrayList<>();
        double[][] endings = {{38, 53}, {56, 40}, {51, 70}};
        for (int k = 0; k < endings.length; k++) {
            List<Series.Point> points = new java.util.ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                double v = i == values.length - 1 ? endings[k][0] : values[i];
                Series.Point p = Series.Point.of(LocalDate.of(2022, 1, 1).plusMonths(i), v);
                points.add(i == 13 ? p.withAnnotation("note") : p);
            }
            Direction direction = k == 2 ? Direction.NEITHER : Direction.INCREASE;
            samples.add(Spc.analyse(Series.of("sample", points), ChartSpec.builder().direction(direction)
                    .target(endings[k][1]).recalculateFrom(k == 0 ? LocalDate.of(2023, 7, 1) : LocalDate.of(1999, 1, 1))
                    .build()));
        }
        for (Direction d : new Direction[] {Direction.INCREASE, Direction.DECREASE}) {
            List<Series.Point> flat = new java.util.ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                flat.add(Series.Point.of(LocalDate.of(2022, 1, 1).plusMonths(i), 50 + (i % 3)));
            }
            samples.add(Spc.analyse(Series.of("sample", flat), ChartSpec.builder().direction(d).target(51).build()));
        }
        return samples;
    }

    /** The chart styles' CSS, for the page's {@code <style>} element. */
    String css() {
        return styles.css();
    }

    /** The id of the i-th metric's section (0-based i): {@code m1}, {@code m2}, ... */
    static String anchor(int i) {
        return "m" + (i + 1);
    }

    /** The next chart's {@code <svg>} element, in page order. */
    String next() {
        if (taken >= futures.length) {
            throw new NoSuchElementException("all " + futures.length + " charts have been taken");
        }
        while (submitted < futures.length && submitted < taken + window) {
            int i = submitted++;
            futures[i] = executor.submit(() -> draw.apply(i));
        }
        Future<?> f = futures[taken];
        futures[taken] = null;
        String svg;
        try {
            svg = (String) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the charts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("the chart of " + analyses.get(taken).metric() + " could not be drawn", cause);
        }
        taken++;
        drawn.accept(taken);
        return svg;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
