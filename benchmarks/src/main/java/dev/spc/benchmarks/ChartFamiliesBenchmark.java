package dev.spc.benchmarks;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
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

/**
 * {@link Spc#analyse} for the charts whose limits vary point by point, with the MDC rules and icons, on one
 * thread. Scores are in points per second: each operation is one point.
 *
 * <ul>
 *   <li>{@code pChart}: one P chart of 1,000,000 points, denominators varying from 50 to 5,000;
 *   <li>{@code laneyPChart}: the same points as a Laney P' chart;
 *   <li>{@code xbarSChart}: one Xbar-S chart of 1,000,000 subgroups of 2 to 25 measurements (sizes varying, so
 *       the standard deviations are pooled and the constants looked up per size);
 *   <li>{@code manyShortPCharts}: 10,000 P charts of 60 monthly points.
 * </ul>
 *
 * Run with {@code java -jar benchmarks/target/benchmarks.jar ChartFamiliesBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ChartFamiliesBenchmark {
    static final int LONG = 1_000_000;
    static final int SHORT_SERIES = 10_000;
    static final int SHORT = 60;

    @State(Scope.Benchmark)
    public static class Data {
        Series proportions;
        Series subgroups;
        List<Series> shortProportions;
        ChartSpec p;
        ChartSpec laney;
        ChartSpec xbarS;

        @Setup(Level.Trial)
        public void setUp() {
            Random r = new Random(42);
            proportions = proportions("p", LONG, r);
            shortProportions = new ArrayList<>(SHORT_SERIES);
            for (int k = 0; k < SHORT_SERIES; k++) {
                shortProportions.add(proportions("metric " + k, SHORT, r));
            }
            List<Series.Point> points = new ArrayList<>(LONG);
            LocalDate start = LocalDate.of(1000, 1, 1);
            for (int i = 0; i < LONG; i++) {
                int n = 2 + r.nextInt(24);
                // A normal subgroup's mean and sd, drawn without making n measurements.
                double mean = 50 + r.nextGaussian() * 5 / Math.sqrt(n) + (i % 400 < 20 ? 4 : 0);
                double sd = 5 * Math.sqrt(chiSquare(n - 1, r) / (n - 1));
                points.add(Series.Point.subgroup(start.plusDays(i), Subgroup.summary(n, mean, sd)));
            }
            subgroups = Series.of("xbar", points);
            ChartSpec base = ChartSpec.builder().direction(Direction.DECREASE).target(0.1).build();
            p = base.toBuilder().chart(ChartType.P).build();
            laney = base.toBuilder().chart(ChartType.PP).build();
            xbarS = base.toBuilder().chart(ChartType.XBAR_S).target(52).build();
        }

        static double chiSquare(int k, Random r) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double z = r.nextGaussian();
                sum += z * z;
            }
            return sum;
        }

        /** Proportions near 0.1 out of 50 to 5,000, with an occasional shift up to 0.13. */
        static Series proportions(String name, int n, Random r) {
            List<Series.Point> points = new ArrayList<>(n);
            LocalDate start = LocalDate.of(1000, 1, 1);
            for (int i = 0; i < n; i++) {
                int den = 50 + r.nextInt(4951);
                double p = i % 300 < 15 ? 0.13 : 0.1;
                double num = Math.max(0, Math.min(den, Math.round(den * p + r.nextGaussian() * Math.sqrt(den * p * (1 - p)))));
                points.add(Series.Point.ratio(start.plusDays(i), num, den));
            }
            return Series.of(name, points);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LONG)
    public Analysis pChart(Data d) {
        return Spc.analyse(d.proportions, d.p);
    }

    @Benchmark
    @OperationsPerInvocation(LONG)
    public Analysis laneyPChart(Data d) {
        return Spc.analyse(d.proportions, d.laney);
    }

    @Benchmark
    @OperationsPerInvocation(LONG)
    public Analysis xbarSChart(Data d) {
        return Spc.analyse(d.subgroups, d.xbarS);
    }

    @Benchmark
    @OperationsPerInvocation(SHORT_SERIES * SHORT)
    public int manyShortPCharts(Data d) {
        int signals = 0;
        for (Series s : d.shortProportions) {
            signals += Spc.analyse(s, d.p).signals().size();
        }
        return signals;
    }
}
