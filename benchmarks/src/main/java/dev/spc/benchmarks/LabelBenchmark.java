package dev.spc.benchmarks;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.SpcChart;
import dev.spc.charts.Theme;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What placing labels costs: a monthly metric of 36 points with a target and a shift, with no annotation
 * or with six (two of them on neighbouring points), in the MDC theme or the teaching theme (every signal
 * labelled), drawn at 800 x 450 as SVG. A chart with a label by a point is laid out once more on a
 * scratch image to find the labels that need notes. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar LabelBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class LabelBenchmark {
    @State(Scope.Benchmark)
    public static class Charts {
        @Param({"0", "6"})
        public int annotations;

        @Param({"mdc", "teaching"})
        public String theme;

        List<Analysis> analyses;
        ChartOptions options;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            Random r = new Random(11);
            analyses = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                List<Series.Point> points = new ArrayList<>();
                for (int i = 0; i < 36; i++) {
                    double level = i < 20 ? 70 : 74;
                    Series.Point p = Series.Point.of(LocalDate.of(2022, 4, 1).plusMonths(i),
                            level + r.nextGaussian() * 1.5);
                    if (i % 6 == 3 && i / 6 < annotations - 1) {
                        p = p.withAnnotation("Change " + i + ": a new way of working");
                    }
                    if (i == 4 && annotations > 0) {
                        p = p.withAnnotation("Winter plan started");
                    }
                    points.add(p);
                }
                analyses.add(Spc.analyse(Series.of("Metric " + k + " (%)", points).withUnit("%"), ChartSpec.builder()
                        .direction(Direction.INCREASE).target(75).build()));
            }
            options = ChartOptions.builder().theme(Theme.parse(theme)).build();
        }
    }

    @Benchmark
    public int chart(Charts c) throws IOException {
        Analysis a = c.analyses.get(c.next++ % c.analyses.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ChartWriter.write(SpcChart.of(a, c.options), ChartFormat.SVG, c.options, out);
        return out.size();
    }
}
