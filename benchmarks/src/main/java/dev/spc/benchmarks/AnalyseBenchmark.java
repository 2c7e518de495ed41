package dev.spc.benchmarks;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Spc#analyse} for XmR with the MDC rules and icons, on one thread. Scores are in points per
 * second: each operation is one point.
 *
 * <ul>
 *   <li>{@code oneLongSeries}: one series of 1,000,000 points;
 *   <li>{@code manyShortSeries}: 10,000 series of 60 monthly points (a large trust's metrics many times over).
 * </ul>
 *
 * The data are a stable process with occasional shifts and spikes, so that every rule fires. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar AnalyseBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AnalyseBenchmark {
    static final int LONG = 1_000_000;
    static final int SHORT_SERIES = 10_000;
    static final int SHORT = 60;

    @State(Scope.Benchmark)
    public static class Data {
        Series longSeries;
        List<Series> shortSeries;
        ChartSpec spec;

        @Setup(Level.Trial)
        public void setUp() {
            Random r = new Random(42);
            longSeries = series("long", LONG, r);
            shortSeries = new ArrayList<>(SHORT_SERIES);
            for (int k = 0; k < SHORT_SERIES; k++) {
                shortSeries.add(series("metric " + k, SHORT, r));
            }
            spec = ChartSpec.builder().direction(Direction.INCREASE).target(101).build();
        }

        /**
         * A stable process (mean 100, sd 1) with the special causes a real metric shows now and then:
         * a spike in 1 point of 500, and a shift of 2 sd lasting 15 to 30 points starting in 1 point of 300.
         */
        static Series series(String name, int n, Random r) {
            LocalDate[] dates = new LocalDate[n];
            double[] values = new double[n];
            LocalDate start = LocalDate.of(1900, 1, 1);
            int shiftLeft = 0;
            double shift = 0;
            for (int i = 0; i < n; i++) {
                if (shiftLeft == 0 && r.nextInt(300) == 0) {
                    shiftLeft = 15 + r.nextInt(16);
                    shift = r.nextBoolean() ? 2 : -2;
                }
                double offset = shiftLeft > 0 ? shift : 0;
                if (shiftLeft > 0) {
                    shiftLeft--;
                }
                dates[i] = start.plusDays(i);
                values[i] = 100 + offset + r.nextGaussian() + (r.nextInt(500) == 0 ? 6 : 0);
            }
            return Series.of(name, dates, values);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LONG)
    public Analysis oneLongSeries(Data d) {
        return Spc.analyse(d.longSeries, d.spec);
    }

    @Benchmark
    @OperationsPerInvocation(SHORT_SERIES * SHORT)
    public void manyShortSeries(Data d, Blackhole bh) {
        for (Series s : d.shortSeries) {
            Analysis a = Spc.analyse(s, d.spec);
            bh.consume(a.variation());
            bh.consume(a.assurance());
        }
    }
}
