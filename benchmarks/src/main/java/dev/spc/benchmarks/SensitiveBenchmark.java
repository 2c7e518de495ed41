package dev.spc.benchmarks;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.FunnelSpec;
import dev.spc.core.funnel.FunnelType;
import dev.spc.core.funnel.Overdispersion;
import dev.spc.core.funnel.Unit;
import dev.spc.core.riskadjusted.Case;
import dev.spc.core.riskadjusted.RiskAdjusted;
import dev.spc.core.riskadjusted.RiskAdjustedSpec;
import dev.spc.core.series.Series;
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
 * The charts of small shifts and of comparison, on one thread. Scores are in points (or cases, or units)
 * per second: each operation is one.
 *
 * <ul>
 *   <li>{@code cusum}, {@code ewma}: one series of 1,000,000 values with a 20-point baseline, MDC rules and
 *       icons, as {@code AnalyseBenchmark.oneLongSeries} does for the XmR chart;
 *   <li>{@code raCusum}: a risk-adjusted CUSUM and VLAD of 1,000,000 cases with h given;
 *   <li>{@code raCusumSimulated}: 10,000 cases with h simulated for an in-control ARL of 5,000 (1,000 runs,
 *       both sides): the simulation dominates;
 *   <li>{@code funnel}, {@code funnelRatios}: funnels of 10,000 units (proportions with the additive
 *       adjustment; ratios with exact Poisson limits, which need four chi-squared quantiles a unit).
 * </ul>
 *
 * Run with {@code java -jar benchmarks/target/benchmarks.jar SensitiveBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SensitiveBenchmark {
    static final int LONG = 1_000_000;
    static final int UNITS = 10_000;
    static final int SIMULATED_CASES = 10_000;

    @State(Scope.Benchmark)
    public static class Data {
        Series values;
        ChartSpec cusum;
        ChartSpec ewma;
        List<Case> cases;
        List<Case> fewCases;
        List<Unit> proportions;
        List<Unit> ratios;

        @Setup(Level.Trial)
        public void setUp() {
            Random r = new Random(42);
            double[] v = new double[LONG];
            LocalDate[] d = new LocalDate[LONG];
            LocalDate start = LocalDate.of(1900, 1, 1);
            for (int i = 0; i < LONG; i++) {
                v[i] = 50 + 5 * r.nextGaussian() + (i > LONG / 2 ? 1 : 0);
                d[i] = start.plusDays(i);
            }
            values = Series.of("long", d, v);
            ChartSpec base = ChartSpec.builder().direction(Direction.INCREASE).baselinePoints(20).build();
            cusum = base.withChart(ChartType.CUSUM);
            ewma = base.withChart(ChartType.EWMA);
            cases = new ArrayList<>(LONG);
            for (int i = 0; i < LONG; i++) {
                double p = 0.01 + 0.3 * r.nextDouble();
                cases.add(new Case(start.plusDays(i / 10), r.nextDouble() < p ? 1 : 0, p));
            }
            fewCases = cases.subList(0, SIMULATED_CASES);
            proportions = new ArrayList<>(UNITS);
            ratios = new ArrayList<>(UNITS);
            for (int i = 0; i < UNITS; i++) {
                double n = 20 + r.nextInt(5000);
                double p = Math.min(1, Math.max(0, 0.1 * Math.exp(0.2 * r.nextGaussian())));
                proportions.add(new Unit("u" + i, Math.round(n * p), n));
                double e = 1 + r.nextDouble() * 2000;
                ratios.add(new Unit("t" + i, Math.round(e * Math.exp(0.1 * r.nextGaussian())), e));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(LONG)
    public Analysis cusum(Data d) {
        return Spc.analyse(d.values, d.cusum);
    }

    @Benchmark
    @OperationsPerInvocation(LONG)
    public Analysis ewma(Data d) {
        return Spc.analyse(d.values, d.ewma);
    }

    @Benchmark
    @OperationsPerInvocation(LONG)
    public RiskAdjusted raCusum(Data d) {
        return RiskAdjusted.of("cases", d.cases, RiskAdjustedSpec.DEFAULT.withH(4.5, 4));
    }

    @Benchmark
    @OperationsPerInvocation(SIMULATED_CASES)
    public RiskAdjusted raCusumSimulated(Data d) {
        return RiskAdjusted.of("cases", d.fewCases, RiskAdjustedSpec.DEFAULT);
    }

    @Benchmark
    @OperationsPerInvocation(UNITS)
    public Funnel funnel(Data d) {
        return Funnel.of("units", d.proportions, FunnelSpec.of(FunnelType.PROPORTION));
    }

    @Benchmark
    @OperationsPerInvocation(UNITS)
    public Funnel funnelRatios(Data d) {
        return Funnel.of("trusts", d.ratios, FunnelSpec.of(FunnelType.RATIO).withOverdispersion(Overdispersion.NONE));
    }
}
