package dev.spc.core.capability;

import dev.spc.core.Analysis;
import dev.spc.core.Phase;
import dev.spc.core.result.PointClass;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartType;
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * How well a process meets its specification: the capability indices of qcc's {@code process.capability}
 * with their confidence intervals (docs/capability.md; Montgomery, <i>Introduction to Statistical Quality
 * Control</i>, chapter 8), from the latest phase of an XmR, Xbar-R or Xbar-S analysis.
 *
 * <pre>
 *   sigma_within:  AMR / 1.128 (XmR), R-bar / d2 (Xbar-R), s-bar / c4 (Xbar-S; pooled when sizes vary)
 *   sigma_overall: the sample standard deviation of every measurement
 *   Cp  = (USL - LSL) / (6 sigma_within)        Cpk = min(USL - mean, mean - LSL) / (3 sigma_within)
 *   Cpm = (USL - LSL) / (6 sqrt(sigma_within^2 + (mean - T)^2))
 *   Pp, Ppk: Cp and Cpk with sigma_overall
 *   intervals (level 1 - a, n measurements, as qcc):
 *     Cp, Pp:   index * sqrt(qchisq(a/2, n - 1) / (n - 1))  to  index * sqrt(qchisq(1 - a/2, n - 1) / (n - 1))
 *     Cpk, Ppk: index -+ z_{1 - a/2} sqrt(1 / (9n) + index^2 / (2 (n - 1)))
 *     Cpm:      Cpm * sqrt(qchisq(a/2, v) / v) to Cpm * sqrt(qchisq(1 - a/2, v) / v),
 *               v = n (1 + d^2)^2 / (1 + 2 d^2), d = (mean - T) / sigma_within
 * </pre>
 *
 * With one specification limit, Cp, Cpm and Pp do not exist ({@code NaN}) and Cpk, Ppk are the one side's.
 * The indices mean something only for a process in statistical control: {@link #control()} says whether the
 * phase the indices come from shows special causes.
 */
public final class Capability {
    /** Whether the points the indices come from are in statistical control. */
    public enum Control {
        /** The points are judged and none shows special cause variation. */
        IN_CONTROL("in_control"),
        /** Some point shows special cause variation: the indices describe no stable process. */
        SPECIAL_CAUSE("special_cause"),
        /** Too few points for process limits, so control cannot be judged. */
        NOT_JUDGED("not_judged");

        private final String id;

        Control(String id) {
            this.id = id;
        }

        /** The id the output gives. */
        public String id() {
            return id;
        }
    }

    /**
     * An index and its confidence interval.
     *
     * @param value the index ({@code NaN} where it does not exist)
     * @param lower the lower confidence limit
     * @param upper the upper confidence limit
     */
    public record Index(double value, double lower, double upper) {
        static final Index NONE = new Index(Double.NaN, Double.NaN, Double.NaN);
    }

    private static final double D2 = 1.128;

    private final Analysis analysis;
    private final SpecificationLimits limits;
    private final double confidence;
    private final int n;
    private final double mean;
    private final double sigmaWithin;
    private final double sigmaOverall;
    private final Index cp;
    private final Index cpk;
    private final Index cpm;
    private final Index pp;
    private final Index ppk;
    private final Control control;
    private final int specialCauses;

    private Capability(Analysis a, SpecificationLimits limits, double confidence) {
        this.analysis = a;
        this.limits = limits;
        this.confidence = confidence;
        Phase phase = a.phases().get(a.phases().size() - 1);
        Series s = a.series();
        boolean subgroups = a.chart() != ChartType.XMR;
        // The points that fed the latest phase's lines: the first phase.points() with a value and not ghosted.
        int count = 0;
        double total = 0;
        double squares = 0;
        double pooledSquares = 0;
        double pooledDegrees = 0;
        int taken = 0;
        double first = Double.NaN;
        for (int i = phase.first(); i <= phase.last() && taken < phase.points(); i++) {
            if (s.isGap(i) || s.isGhost(i)) {
                continue;
            }
            taken++;
            if (subgroups) {
                Subgroup g = s.subgroup(i).orElseThrow();
                if (count == 0) {
                    first = g.mean();
                }
                double d = g.mean() - first;
                // Sums about the first mean, of every measurement: n (xbar - x0) and (n - 1) s^2 + n (xbar - x0)^2.
                total += g.size() * d;
                squares += (g.size() - 1) * g.standardDeviation() * g.standardDeviation() + g.size() * d * d;
                pooledSquares += (g.size() - 1) * g.standardDeviation() * g.standardDeviation();
                pooledDegrees += g.size() - 1;
                count += g.size();
            } else {
                double v = s.value(i);
                if (count == 0) {
                    first = v;
                }
                total += v - first;
                squares += (v - first) * (v - first);
                count++;
            }
        }
        this.n = count;
        this.mean = count == 0 ? Double.NaN : first + total / count;
        double shift = total / count;
        this.sigmaOverall = count < 2 ? Double.NaN : Math.sqrt((squares - count * shift * shift) / (count - 1));
        if (a.chart() == ChartType.XMR) {
            this.sigmaWithin = phase.averageMovingRange() / D2;
        } else if (Double.isNaN(phase.sigma()) && pooledDegrees > 0) {
            this.sigmaWithin = Math.sqrt(pooledSquares / pooledDegrees);
        } else {
            this.sigmaWithin = phase.sigma();
        }
        double alpha = 1 - confidence;
        double lsl = limits.lower().orElse(Double.NaN);
        double usl = limits.upper().orElse(Double.NaN);
        boolean both = limits.lower().isPresent() && limits.upper().isPresent();
        this.cp = both ? chiSquared((usl - lsl) / (6 * sigmaWithin), n - 1, alpha) : Index.NONE;
        this.pp = both ? chiSquared((usl - lsl) / (6 * sigmaOverall), n - 1, alpha) : Index.NONE;
        this.cpk = normal(k(mean, lsl, usl, sigmaWithin), n, alpha);
        this.ppk = normal(k(mean, lsl, usl, sigmaOverall), n, alpha);
        if (both && limits.effectiveTarget().isPresent()) {
            double t = limits.effectiveTarget().getAsDouble();
            double value = (usl - lsl) / (6 * Math.sqrt(sigmaWithin * sigmaWithin + (mean - t) * (mean - t)));
            double d = (mean - t) / sigmaWithin;
            double v = n * Math.pow(1 + d * d, 2) / (1 + 2 * d * d);
            this.cpm = chiSquared(value, v, alpha);
        } else {
            this.cpm = Index.NONE;
        }
        int special = 0;
        boolean judged = false;
        for (int i = phase.first(); i <= phase.last(); i++) {
            if (a.isJudged(i)) {
                judged = true;
                PointClass c = a.pointClass(i);
                if (c != PointClass.COMMON_CAUSE) {
                    special++;
                }
            }
        }
        this.specialCauses = special;
        this.control = !judged ? Control.NOT_JUDGED : special > 0 ? Control.SPECIAL_CAUSE : Control.IN_CONTROL;
    }

    /**
     * The capability of the latest phase of an analysis.
     *
     * @param confidence the level of the confidence intervals, such as 0.95
     * @throws IllegalArgumentException for a chart other than XmR, Xbar-R or Xbar-S, or a level outside (0, 1)
     */
    public static Capability of(Analysis a, SpecificationLimits limits, double confidence) {
        Objects.requireNonNull(a, "analysis");
        Objects.requireNonNull(limits, "limits");
        if (a.chart() != ChartType.XMR && a.chart() != ChartType.XBAR_R && a.chart() != ChartType.XBAR_S) {
            throw new IllegalArgumentException("capability needs an XmR, Xbar-R or Xbar-S chart for its sigma, not a "
                    + a.chart().title());
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("the confidence level must be between 0 and 1, not " + confidence);
        }
        return new Capability(a, limits, confidence);
    }

    private static double k(double mean, double lsl, double usl, double sigma) {
        double upper = Double.isNaN(usl) ? Double.POSITIVE_INFINITY : (usl - mean) / (3 * sigma);
        double lower = Double.isNaN(lsl) ? Double.POSITIVE_INFINITY : (mean - lsl) / (3 * sigma);
        return Math.min(upper, lower);
    }

    private static Index chiSquared(double value, double degrees, double alpha) {
        if (!Double.isFinite(value) || !(degrees > 0)) {
            return new Index(value, Double.NaN, Double.NaN);
        }
        ChiSquaredDistribution chi = ChiSquaredDistribution.of(degrees);
        return new Index(value, value * Math.sqrt(chi.inverseCumulativeProbability(alpha / 2) / degrees),
                value * Math.sqrt(chi.inverseCumulativeProbability(1 - alpha / 2) / degrees));
    }

    private static Index normal(double value, int n, double alpha) {
        if (!Double.isFinite(value) || n < 2) {
            return new Index(value, Double.NaN, Double.NaN);
        }
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - alpha / 2);
        double half = z * Math.sqrt(1.0 / (9 * n) + value * value / (2.0 * (n - 1)));
        return new Index(value, value - half, value + half);
    }

    public Analysis analysis() {
        return analysis;
    }

    public SpecificationLimits limits() {
        return limits;
    }

    /** The level of the confidence intervals. */
    public double confidence() {
        return confidence;
    }

    /** The number of measurements (values, or every measurement of the subgroups). */
    public int n() {
        return n;
    }

    public double mean() {
        return mean;
    }

    public double sigmaWithin() {
        return sigmaWithin;
    }

    public double sigmaOverall() {
        return sigmaOverall;
    }

    public Index cp() {
        return cp;
    }

    public Index cpk() {
        return cpk;
    }

    public Index cpm() {
        return cpm;
    }

    public Index pp() {
        return pp;
    }

    public Index ppk() {
        return ppk;
    }

    /** Whether the latest phase is in statistical control. */
    public Control control() {
        return control;
    }

    /** The number of points of the latest phase that show special cause variation. */
    public int specialCauses() {
        return specialCauses;
    }
}
