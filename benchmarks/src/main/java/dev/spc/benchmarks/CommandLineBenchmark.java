package dev.spc.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end, as a user waits for it: the {@code ./spc} launcher (JVM start, class-data sharing archive and
 * all) run as a new process each time on {@code summary} or {@code analyse -o} of a CSV of 1,000 metrics x 60
 * monthly points (60,000 rows), or of one series of 100,000 or 1,000,000 daily points; and {@code report} of
 * the 1,000 metrics (a page with 1,000 charts) and {@code chart} of them (a folder of 1,000 PNG files at
 * 800 x 450). Needs the checkout's
 * launcher and its built jar: run {@code ./spc --version} first; the checkout is found from the current folder,
 * or at {@code -Dspc.root=PATH}. Scores are milliseconds per run; each trial also prints its runs' peak
 * resident memory, as GNU time measures it (where there is a {@code /usr/bin/time}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class CommandLineBenchmark {
    @State(Scope.Benchmark)
    public static class Files {
        @Param({"summary", "analyse"})
        public String command;

        @Param({"1000x60", "one-100000", "one-1000000"})
        public String data;

        Path launcher;
        Path csv;
        Path out;
        /** Each run's peak resident memory, in megabytes. */
        final List<Double> peaks = new ArrayList<>();

        @TearDown(Level.Trial)
        public void printPeaks() {
            CommandLineBenchmark.printPeaks(command, data, peaks);
        }

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            launcher = launcher();
            Path dir = java.nio.file.Files.createTempDirectory("spc-bench");
            csv = dir.resolve(data + ".csv");
            out = dir.resolve("out.csv");
            if (data.equals("1000x60")) {
                writeMetrics(csv);
                return;
            }
            Random r = new Random(7);
            int n = Integer.parseInt(data.substring("one-".length()));
            try (Writer w = java.nio.file.Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("date,value\n");
                LocalDate d = LocalDate.of(2000, 1, 1);
                for (int i = 0; i < n; i++, d = d.plusDays(1)) {
                    w.write(d + "," + Math.round((50 + r.nextGaussian() * 5) * 1000) / 1000.0 + "\n");
                }
            }
        }
    }

    /** The report of 1,000 metrics x 60 months: a page with 1,000 charts. */
    /** The pictures of the 1,000 metrics: a report (one page), or a folder of PNG charts. */
    @State(Scope.Benchmark)
    public static class Pictures {
        @Param({"report", "chart"})
        String command;

        Path launcher;
        Path csv;
        Path out;
        final List<Double> peaks = new ArrayList<>();

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            launcher = launcher();
            Path dir = java.nio.file.Files.createTempDirectory("spc-bench");
            csv = dir.resolve("1000x60.csv");
            out = dir.resolve(command.equals("report") ? "report.html" : "charts");
            writeMetrics(csv);
        }

        @TearDown(Level.Trial)
        public void printPeaks() {
            CommandLineBenchmark.printPeaks(command, "1000x60", peaks);
        }
    }

    /** The checkout's launcher, with its jar built. */
    static Path launcher() {
        Path root = Paths.get(System.getProperty("spc.root", ".")).toAbsolutePath();
        Path launcher = root.resolve("spc");
        if (!java.nio.file.Files.isExecutable(launcher)
                || !java.nio.file.Files.isRegularFile(root.resolve("spc-cli/target/spc.jar"))) {
            throw new IllegalStateException("no launcher and built jar under " + root
                    + "; run ./spc --version there first, or give -Dspc.root=PATH");
        }
        return launcher;
    }

    /** 1,000 metrics x 60 monthly points, each metric about a level of its own. */
    static void writeMetrics(Path csv) throws IOException {
        Random r = new Random(7);
        try (Writer w = java.nio.file.Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
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

    static void printPeaks(String command, String data, List<Double> peaks) {
        if (!peaks.isEmpty()) {
            List<Double> sorted = new ArrayList<>(peaks);
            java.util.Collections.sort(sorted);
            System.out.printf(java.util.Locale.ROOT, "%n%s %s: peak resident memory %.0f MB (median of %d runs, "
                    + "highest %.0f MB)%n", command, data, sorted.get(sorted.size() / 2), sorted.size(),
                    sorted.get(sorted.size() - 1));
        }
    }

    private static final Path GNU_TIME = Paths.get("/usr/bin/time");

    @Benchmark
    public int endToEnd(Files f) throws IOException, InterruptedException {
        return run(f.launcher, f.command, f.csv, f.out, f.peaks);
    }

    @Benchmark
    public int pictures(Pictures p) throws IOException, InterruptedException {
        return run(p.launcher, p.command, p.csv, p.out, p.peaks);
    }

    /** One run of the launcher, its peak resident memory added to {@code peaks}: the exit status (0). */
    private static int run(Path launcher, String commandName, Path csv, Path out, List<Double> peaks)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path peak = null;
        if (java.nio.file.Files.isExecutable(GNU_TIME)) {
            peak = java.nio.file.Files.createTempFile("spc-peak", ".txt");
            command.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", peak.toString()));
        }
        command.addAll(List.of("bash", launcher.toString(), commandName, csv.toString(), "-o", out.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException("spc exited with " + status);
        }
        if (peak != null) {
            // GNU time writes the peak in kilobytes.
            String kb = java.nio.file.Files.readString(peak).trim();
            peaks.add(Long.parseLong(kb.substring(kb.lastIndexOf('\n') + 1).trim()) / 1024.0);
            java.nio.file.Files.delete(peak);
        }
        return status;
    }
}
