package dev.spc.charts.report;

import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.SpcChart;
import dev.spc.core.Analysis;
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
    ChartPipeline(List<Analysis> analyses, ChartOptions options, int threads, IntConsumer drawn) {
        this.analyses = List.copyOf(analyses);
        this.draw = i -> {
            String svg = ChartWriter.svgElement(SpcChart.of(this.analyses.get(i), options), options, anchor(i) + "-");
            return svg.replaceFirst("^<svg ", "<svg class=\"chart\" ");
        };
        this.drawn = drawn;
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "spc-report-chart");
            t.setDaemon(true);
            return t;
        });
        this.window = 2 * threads + 2;
        this.futures = new Future<?>[this.analyses.size()];
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
