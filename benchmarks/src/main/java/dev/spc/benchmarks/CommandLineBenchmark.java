package dev.spc.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
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
 * End to end, JVM start included: {@code spc summary} on a CSV of 1,000 metrics x 60 monthly points
 * (60,000 rows), run as a new process each time, the way the {@code ./spc} launcher runs it. Needs the
 * runnable jar: build it first ({@code ./spc --version} or {@code mvn -B package}); the jar is found
 * from the current folder, or at {@code -Dspc.jar=PATH}. Scores are seconds per run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class CommandLineBenchmark {
    @State(Scope.Benchmark)
    public static class Files1000x60 {
        @Param({"summary"})
        public String command;

        Path jar;
        Path csv;
        Path out;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            jar = Paths.get(System.getProperty("spc.jar", "spc-cli/target/spc.jar")).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("no runnable jar at " + jar + "; build it first, or give -Dspc.jar=PATH");
            }
            Path dir = Files.createTempDirectory("spc-bench");
            csv = dir.resolve("metrics-1000x60.csv");
            out = dir.resolve("out.csv");
            Random r = new Random(7);
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("metric,date,value\n");
                for (int m = 0; m < 1000; m++) {
                    double level = 10 + r.nextDouble() * 90;
                    for (int i = 0; i < 60; i++) {
                        double v = Math.round((level + r.nextGaussian() * level * 0.05) * 100) / 100.0;
                        w.write("Metric " + m + "," + LocalDate.of(2020, 1, 1).plusMonths(i) + "," + v + "\n");
                    }
                }
            }
        }
    }

    @Benchmark
    public int endToEnd(Files1000x60 f) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                f.jar.toString(), f.command, f.csv.toString(), "-o", f.out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException("spc exited with " + status);
        }
        return status;
    }
}
