package dev.spc.core.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the resources {@link RangeMoments} reads, from {@link RangeIntegrator}, and checks them. From the
 * repository's root:
 *
 * <pre>
 *   mvn -B -q -pl spc-core test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=dev.spc.core.limits.RangeMomentsGenerator \
 *       -Dexec.args="table spc-core/src/main/resources/dev/spc/core/limits/range-moments-table.txt"
 * </pre>
 *
 * and the same with {@code knots} for range-moments-knots.txt (under half a minute each); without a file it
 * prints to standard output, into which Maven may write terminal escapes, hence the file. {@code check}
 * (under a minute) then compares {@link SubgroupConstants} with the integrator over every tabled n and at
 * 400 sizes between the knots, and prints the worst relative errors.
 */
public final class RangeMomentsGenerator {
    /** The last tabled n: far beyond any chart's subgroups, for 41 KB of text (20 KB compressed in the jar). */
    static final int TABLE_MAX = 1000;
    /** 20 knots already reach the integrator's accuracy (measured); 24 leave a margin. */
    static final int KNOTS = 24;
    /** The knots end at 2^31 so that Integer.MAX_VALUE is inside them. */
    static final double KNOTS_END = 0x1p31;
    private static final int CHECKS = 400;

    private RangeMomentsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        String what = args.length == 0 ? "" : args[0];
        StringBuilder out = new StringBuilder();
        switch (what) {
            case "table" -> table(out);
            case "knots" -> knots(out);
            case "check" -> check(out);
            default -> {
                System.err.println("usage: RangeMomentsGenerator table|knots|check [file]");
                System.exit(2);
            }
        }
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), out, StandardCharsets.US_ASCII);
        } else {
            System.out.print(out);
        }
    }

    static void table(StringBuilder out) {
        header(out, "d2 and d3 for every n from 2 to " + TABLE_MAX + ".");
        for (int n = 2; n <= TABLE_MAX; n++) {
            row(out, n, Integer.toString(n));
        }
    }

    static void knots(StringBuilder out) {
        header(out, "d2 and d3 at the " + KNOTS + " Chebyshev points of ln ln n from n = " + TABLE_MAX + " to 2^31,\n"
                + "# through which SubgroupConstants interpolates beyond its table.");
        for (double n : knotSizes()) {
            row(out, n, Double.toString(n));
        }
    }

    /** Chebyshev points of the second kind in ln ln n, the ends exact. */
    static double[] knotSizes() {
        double a = Math.log(Math.log(TABLE_MAX));
        double b = Math.log(Math.log(KNOTS_END));
        double[] n = new double[KNOTS];
        for (int j = 0; j < KNOTS; j++) {
            n[j] = Math.exp(Math.exp((a + b) / 2 - (b - a) / 2 * Math.cos(Math.PI * j / (KNOTS - 1))));
        }
        n[0] = TABLE_MAX;
        n[KNOTS - 1] = KNOTS_END;
        return n;
    }

    static void check(StringBuilder out) {
        double[] table = worst(tableSizes());
        double[] beyond = worst(beyondSizes());
        out.append(String.format("table (n = 2..%d): worst relative error d2 %.2e, d3 %.2e%n", TABLE_MAX,
                table[0], table[1]));
        out.append(String.format("beyond (%d sizes from %d to 2^31 - 1): worst relative error d2 %.2e, d3 %.2e%n",
                CHECKS, TABLE_MAX + 1, beyond[0], beyond[1]));
    }

    private static int[] tableSizes() {
        int[] n = new int[TABLE_MAX - 1];
        for (int i = 0; i < n.length; i++) {
            n[i] = i + 2;
        }
        return n;
    }

    /** Log-uniform sizes, and the ends of the range. */
    private static int[] beyondSizes() {
        Random random = new Random(20_250_101);
        int[] n = new int[CHECKS];
        n[0] = TABLE_MAX + 1;
        n[1] = Integer.MAX_VALUE;
        for (int i = 2; i < CHECKS; i++) {
            double lnN = Math.log(TABLE_MAX + 1) + random.nextDouble() * Math.log(KNOTS_END / (TABLE_MAX + 1));
            n[i] = (int) Math.exp(lnN);
        }
        return n;
    }

    private static double[] worst(int[] sizes) {
        double[] worst = new double[2];
        for (int n : sizes) {
            RangeIntegrator.Moments m = RangeIntegrator.STANDARD.moments(n);
            SubgroupConstants k = SubgroupConstants.of(n);
            worst[0] = Math.max(worst[0], Math.abs(k.d2() / m.d2() - 1));
            worst[1] = Math.max(worst[1], Math.abs(k.d3() / m.d3() - 1));
        }
        return worst;
    }

    private static void header(StringBuilder out, String what) {
        out.append("# The mean (d2) and standard deviation (d3) of the range of n standard normal observations:\n")
                .append("# ").append(what).append('\n')
                .append("# Written by dev.spc.core.limits.RangeMomentsGenerator from RangeIntegrator")
                .append(" (spc-core/src/test),\n")
                .append("# Gauss-Legendre quadrature good to about 1e-14. Do not edit: regenerate.\n")
                .append("# n d2 d3\n");
    }

    /** A row of the label (n as the reader will parse it) and the integrator's d2 and d3 at n. */
    private static void row(StringBuilder out, double n, String label) {
        RangeIntegrator.Moments m = RangeIntegrator.STANDARD.moments(n);
        out.append(label).append(' ').append(m.d2()).append(' ').append(m.d3()).append('\n');
    }
}
