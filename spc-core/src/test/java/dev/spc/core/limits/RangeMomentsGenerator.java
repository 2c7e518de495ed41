package dev.spc.core.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the source of {@code SubgroupConstantsTable}, which {@link RangeMoments} and {@link C4} read: d2 and
 * d3 from {@link RangeIntegrator} for every n to the table's end and at the knots beyond it, and c4 below its
 * series from the exact recurrence of its square in 40 digits. From the repository's root (about a minute):
 *
 * <pre>
 *   mvn -B -q -pl spc-core test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=dev.spc.core.limits.RangeMomentsGenerator \
 *       -Dexec.args="table spc-core/src/main/java/dev/spc/core/limits/SubgroupConstantsTable.java"
 * </pre>
 *
 * Without a file it prints to standard output, into which Maven may write terminal escapes, hence the file.
 * {@code check} (under a minute) compares {@link SubgroupConstants} with the integrator over every tabled n
 * and at 400 sizes between the knots, and prints the worst relative errors.
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
            case "table" -> source(out);
            case "check" -> check(out);
            default -> {
                System.err.println("usage: RangeMomentsGenerator table|check [file]");
                System.exit(2);
            }
        }
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), out, StandardCharsets.US_ASCII);
        } else {
            System.out.print(out);
        }
    }

    /** The source of the table class. */
    static void source(StringBuilder out) {
        int[] sizes = new int[TABLE_MAX - 1];
        double[] d2 = new double[sizes.length];
        double[] d3 = new double[sizes.length];
        for (int n = 2; n <= TABLE_MAX; n++) {
            RangeIntegrator.Moments m = RangeIntegrator.STANDARD.moments(n);
            d2[n - 2] = m.d2();
            d3[n - 2] = m.d3();
        }
        double[] knots = knotSizes();
        double[] knotD2 = new double[KNOTS];
        double[] knotD3 = new double[KNOTS];
        for (int j = 0; j < KNOTS; j++) {
            RangeIntegrator.Moments m = RangeIntegrator.STANDARD.moments(knots[j]);
            knotD2[j] = m.d2();
            knotD3[j] = m.d3();
        }
        out.append("package dev.spc.core.limits;\n\n")
                .append("/**\n")
                .append(" * The constants of subgroups of n normal observations that {@link SubgroupConstants} reads: d2 and d3\n")
                .append(" * (the mean and standard deviation of the range) for every n from 2 to ").append(TABLE_MAX)
                .append(" and at\n")
                .append(" * ").append(KNOTS).append(" knots from n = ").append(TABLE_MAX)
                .append(" to 2^31 (the Chebyshev points in ln ln n), from the Gauss-Legendre\n")
                .append(" * integrator of the tests (about 1e-14); and c4 for n below its series, from the exact recurrence of its\n")
                .append(" * square. Written by RangeMomentsGenerator (spc-core/src/test). Do not edit: regenerate.\n")
                .append(" */\n")
                .append("final class SubgroupConstantsTable {\n")
                .append("    private SubgroupConstantsTable() {\n    }\n\n");
        array(out, "d2(n) for n = 2.." + TABLE_MAX + ", at index n - 2.", "D2", d2);
        array(out, "d3(n) for n = 2.." + TABLE_MAX + ", at index n - 2.", "D3", d3);
        array(out, "The sizes of the knots beyond the table.", "KNOT_N", knots);
        array(out, "d2 at the knots.", "KNOT_D2", knotD2);
        array(out, "d3 at the knots.", "KNOT_D3", knotD3);
        array(out, "c4(n) for n = 2.." + (C4.SERIES_FROM - 1) + ", at index n - 2.", "C4", c4BelowSeries());
        out.setLength(out.length() - 1); // no blank line before the class's end
        out.append("}\n");
    }

    /** c4 from c4(n + 2)^2 = c4(n)^2 n^2 / ((n + 1)(n - 1)) in 40 digits, from c4(2)^2 = 2 / pi and c4(3)^2 = pi / 4. */
    static double[] c4BelowSeries() {
        java.math.MathContext digits = new java.math.MathContext(40);
        java.math.BigDecimal pi = new java.math.BigDecimal("3.14159265358979323846264338327950288419716939937510");
        java.math.BigDecimal[] square = {java.math.BigDecimal.valueOf(2).divide(pi, digits),
            pi.divide(java.math.BigDecimal.valueOf(4), digits)};
        double[] c4 = new double[C4.SERIES_FROM - 2];
        for (int n = 2; n < C4.SERIES_FROM; n++) {
            c4[n - 2] = square[n % 2].sqrt(digits).doubleValue();
            java.math.BigDecimal size = java.math.BigDecimal.valueOf(n);
            square[n % 2] = square[n % 2].multiply(size.multiply(size))
                    .divide(java.math.BigDecimal.valueOf((long) (n + 1) * (n - 1)), digits);
        }
        return c4;
    }

    private static void array(StringBuilder out, String doc, String name, double[] values) {
        out.append("    /** ").append(doc).append(" */\n")
                .append("    static final double[] ").append(name).append(" = {");
        for (int i = 0; i < values.length; i++) {
            out.append(i % 4 == 0 ? "\n        " : " ").append(values[i]).append(i + 1 < values.length ? "," : "");
        }
        out.append("\n    };\n\n");
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

}
