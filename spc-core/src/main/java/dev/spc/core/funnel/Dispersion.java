package dev.spc.core.funnel;

import java.util.Arrays;

/**
 * The overdispersion of a funnel's units (Spiegelhalter 2005, sections 3.2-3.4; FunnelPlotR 0.6), estimated
 * from their unadjusted z-scores with the extreme units set aside first.
 *
 * <pre>
 *   truncation (ratios on the log scale, as SHMI): rank z (ties averaged); sp = floor(rank / trim / (N + 1));
 *       keep the units with 1 &lt;= sp &lt;= 1/trim - 2 (for trim 0.1: 1 to 8)
 *   Winsorisation (the others): z below its trim quantile set to it, above its 1 - trim quantile set to
 *       it (R's type 7 quantiles); every unit kept
 *   phi  = mean over the kept units of z^2
 *   tau2 = 0 when n phi < n - 1, else (n phi - (n - 1)) / (sum w - sum w^2 / sum w), w = 1 / s^2
 *          over the kept units (DerSimonian and Laird)
 * </pre>
 *
 * A z-score that is not finite (no events on the log scale) is left out of the estimate.
 *
 * @param phi the dispersion ratio: above 1 means the units vary more than chance allows
 * @param tau2 the variance between units on the scale
 * @param kept the number of units the estimate came from
 */
record Dispersion(double phi, double tau2, int kept) {

    /** No units to estimate from: no dispersion. */
    static final Dispersion NONE = new Dispersion(Double.NaN, 0, 0);

    /** True when phi exceeds 1, so that an adjustment widens the limits. */
    boolean overdispersed() {
        return phi > 1;
    }

    static Dispersion estimate(double[] z, double[] s, boolean truncate, double trim) {
        int n = z.length;
        double[] used = new double[n];
        double[] usedS = new double[n];
        int k = 0;
        if (truncate) {
            double[] rank = ranks(z);
            double groups = 1 / trim;
            for (int i = 0; i < n; i++) {
                double sp = Math.floor(rank[i] * groups / (n + 1));
                if (sp > 0 && sp < groups - 1 && Double.isFinite(z[i])) {
                    used[k] = z[i];
                    usedS[k++] = s[i];
                }
            }
        } else {
            double[] finite = Arrays.stream(z).filter(Double::isFinite).sorted().toArray();
            if (finite.length == 0) {
                return NONE;
            }
            double low = quantile(finite, trim);
            double high = quantile(finite, 1 - trim);
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(z[i])) {
                    used[k] = Math.max(low, Math.min(high, z[i]));
                    usedS[k++] = s[i];
                }
            }
        }
        if (k == 0) {
            return NONE;
        }
        double squares = 0;
        double w = 0;
        double w2 = 0;
        for (int i = 0; i < k; i++) {
            squares += used[i] * used[i];
            double wi = 1 / (usedS[i] * usedS[i]);
            w += wi;
            w2 += wi * wi;
        }
        double phi = squares / k;
        double tau2 = 0;
        double between = w - w2 / w;
        if (k * phi >= k - 1 && between > 0) {
            tau2 = Math.max(0, (k * phi - (k - 1)) / between);
        }
        return new Dispersion(phi, tau2, k);
    }

    /** R's default (type 7) quantile of sorted values: linear between the order statistics. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Ranks from 1, ties given the mean of the ranks they span (R's {@code ties.method = "average"}). */
    static double[] ranks(double[] z) {
        int n = z.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(z[a], z[b]));
        double[] rank = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Double.compare(z[order[j + 1]], z[order[i]]) == 0) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                rank[order[t]] = average;
            }
            i = j + 1;
        }
        return rank;
    }
}
