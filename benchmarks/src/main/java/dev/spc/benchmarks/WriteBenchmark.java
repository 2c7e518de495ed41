package dev.spc.benchmarks;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.AnalysisCsv;
import dev.spc.io.CsvWriter;
import dev.spc.io.Utf8Writer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing CSV as the command line writes it ({@link AnalysisCsv} through a {@link Utf8Writer}), to a stream that
 * only counts the bytes: the points of one series of 1,000,000 values ({@code analyse}) and the summaries of
 * 10,000 series of 60 ({@code summary}). Scores are milliseconds per write (the points are about 160 MB, the
 * summaries 3.4 MB). {@code bytes} copies as many bytes as {@code analyse} writes through a 64 KB buffer to the
 * same stream: the floor a writer could reach.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class WriteBenchmark {
    @State(Scope.Benchmark)
    public static class Analyses {
        Analysis oneLong;
        List<Analysis> many;

        @Setup(Level.Trial)
        public void setUp() {
            Random r = new Random(5);
            oneLong = Spc.analyse(series("One long series", 1_000_000, r), ChartSpec.mdc());
            many = new ArrayList<>();
            for (int m = 0; m < 10_000; m++) {
                many.add(Spc.analyse(series("Metric " + m, 60, r), ChartSpec.mdc()));
            }
        }

        private static Series series(String name, int n, Random r) {
            LocalDate[] dates = new LocalDate[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                dates[i] = LocalDate.of(2000, 1, 1).plusDays(i);
                values[i] = Math.round((50 + r.nextGaussian() * 5) * 1000) / 1000.0;
            }
            return Series.of(name, dates, values);
        }
    }

    /** Counts the bytes written to it. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** The size of the points table, found once. */
    @State(Scope.Benchmark)
    public static class Size {
        long bytes;

        @Setup(Level.Trial)
        public void setUp(Analyses a) throws IOException {
            bytes = new WriteBenchmark().analyse(a);
        }
    }

    @Benchmark
    public long bytes(Size size) throws IOException {
        Counting out = new Counting();
        byte[] line = "one,2000-01-01,50.123,49.98,35.1,64.9,common_cause,,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[1 << 16];
        int n = 0;
        for (long written = 0; written < size.bytes; written += line.length) {
            if (n + line.length > buffer.length) {
                out.write(buffer, 0, n);
                n = 0;
            }
            System.arraycopy(line, 0, buffer, n, line.length);
            n += line.length;
        }
        out.write(buffer, 0, n);
        return out.bytes;
    }

    @Benchmark
    public long analyse(Analyses a) throws IOException {
        Counting out = new Counting();
        try (Writer w = new Utf8Writer(out)) {
            AnalysisCsv.pointsHeader(w, CsvWriter.Style.PLAIN, false, false);
            AnalysisCsv.points(a.oneLong, w, CsvWriter.Style.PLAIN, false, false);
        }
        return out.bytes;
    }

    @Benchmark
    public long summary(Analyses a) throws IOException {
        Counting out = new Counting();
        try (Writer w = new Utf8Writer(out)) {
            AnalysisCsv.summaryHeader(w, CsvWriter.Style.PLAIN);
            for (Analysis x : a.many) {
                AnalysisCsv.summary(x, w, CsvWriter.Style.PLAIN);
            }
        }
        return out.bytes;
    }
}
