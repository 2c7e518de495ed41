package dev.spc.core.limits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * d2(n) and d3(n), the mean and standard deviation of the range of n standard normal observations, read
 * once from two resources that the integrator in the tests wrote (see {@link SubgroupConstants}): a table
 * with a row for every n up to {@link #TABLE_MAX}, and knots from there to 2^31 through which the values
 * beyond the table are interpolated in ln ln n.
 */
final class RangeMoments {
    private static final String TABLE_RESOURCE = "range-moments-table.txt";
    private static final String KNOTS_RESOURCE = "range-moments-knots.txt";
    private static final Rows TABLE = Rows.read(TABLE_RESOURCE);
    private static final Rows KNOTS = Rows.read(KNOTS_RESOURCE);

    /** The largest tabled n. */
    static final int TABLE_MAX = checkedTableMax();

    private static final Barycentric BEYOND = new Barycentric(lnLn(KNOTS.n));

    private RangeMoments() {
    }

    /** d2 = E[R] / sigma, for n from 2 to Integer.MAX_VALUE. */
    static double d2(int n) {
        return n <= TABLE_MAX ? TABLE.d2[n - 2] : BEYOND.value(lnLn(n), KNOTS.d2);
    }

    /** d3 = sd(R) / sigma, for n from 2 to Integer.MAX_VALUE. */
    static double d3(int n) {
        return n <= TABLE_MAX ? TABLE.d3[n - 2] : BEYOND.value(lnLn(n), KNOTS.d3);
    }

    /**
     * The variable of the interpolation: d2 grows like sqrt(2 ln n), so in ln ln n it and d3 are nearly
     * linear, and 24 Chebyshev knots reach the integrator's own accuracy.
     */
    private static double lnLn(double n) {
        return Math.log(Math.log(n));
    }

    private static double[] lnLn(double[] n) {
        double[] u = new double[n.length];
        for (int j = 0; j < n.length; j++) {
            u[j] = lnLn(n[j]);
        }
        return u;
    }

    /** A wrong or hand-edited resource fails the class's loading rather than giving wrong limits later. */
    private static int checkedTableMax() {
        for (int i = 0; i < TABLE.n.length; i++) {
            if (TABLE.n[i] != i + 2) {
                throw new IllegalStateException(TABLE_RESOURCE + ": row " + (i + 1) + " is for n = " + TABLE.n[i]
                        + ", not " + (i + 2));
            }
        }
        int max = TABLE.n.length + 1;
        if (KNOTS.n[0] != max || KNOTS.n[KNOTS.n.length - 1] < Integer.MAX_VALUE) {
            throw new IllegalStateException(KNOTS_RESOURCE + ": the knots run from " + KNOTS.n[0] + " to "
                    + KNOTS.n[KNOTS.n.length - 1] + ", not from the table's end " + max + " to 2^31 - 1 or beyond");
        }
        for (int j = 1; j < KNOTS.n.length; j++) {
            if (!(KNOTS.n[j] > KNOTS.n[j - 1])) {
                throw new IllegalStateException(KNOTS_RESOURCE + ": the knots are not in increasing order at row "
                        + (j + 1));
            }
        }
        return max;
    }

    /** Columns n, d2, d3 of a resource: a row per line, separated by single spaces; '#' starts a comment line. */
    private record Rows(double[] n, double[] d2, double[] d3) {
        static Rows read(String resource) {
            List<double[]> rows = new ArrayList<>();
            try (InputStream in = RangeMoments.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the resource " + resource + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    int first = trimmed.indexOf(' ');
                    int second = trimmed.indexOf(' ', first + 1);
                    if (first < 0 || second < 0 || trimmed.indexOf(' ', second + 1) >= 0) {
                        throw new IllegalStateException(resource + ": '" + line + "' is not n, d2, d3");
                    }
                    rows.add(new double[] {Double.parseDouble(trimmed.substring(0, first)),
                        Double.parseDouble(trimmed.substring(first + 1, second)),
                        Double.parseDouble(trimmed.substring(second + 1))});
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the resource " + resource, e);
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException(resource + " has no rows");
            }
            Rows columns = new Rows(new double[rows.size()], new double[rows.size()], new double[rows.size()]);
            for (int i = 0; i < rows.size(); i++) {
                columns.n[i] = rows.get(i)[0];
                columns.d2[i] = rows.get(i)[1];
                columns.d3[i] = rows.get(i)[2];
            }
            return columns;
        }
    }
}
