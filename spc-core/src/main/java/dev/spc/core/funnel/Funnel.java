package dev.spc.core.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * A funnel plot of units at one point in time: each unit's value against limits that narrow as its
 * denominator grows, around a target (docs/funnel.md; Spiegelhalter, "Funnel plots for comparing
 * institutional performance", Statistics in Medicine 24, 2005; the NHS-R community's FunnelPlotR 0.6).
 *
 * <pre>
 *   value   = O / D                       target = 1 for ratios, sum(O) / sum(D) otherwise
 *   z       = (Y - theta) / s             on the type's {@link Scale scale}
 *   limits at denominator D, z_a = 1.959964 (95%) and 3.090232 (99.8%):
 *     ratios, not adjusted: exact Poisson  qchisq(a/2, 2D) / (2D)  and  qchisq(1 - a/2, 2D + 2) / (2D)
 *     otherwise:            back(theta -+ z_a s_D)                    not adjusted
 *                           back(theta -+ z_a s_D sqrt(phi))          multiplicative
 *                           back(theta -+ z_a sqrt(s_D^2 + tau2))     additive
 *   z adjusted: z / sqrt(phi) (multiplicative) or (Y - theta) / sqrt(s^2 + tau2) (additive)
 * </pre>
 *
 * The adjustment applies only when {@link Dispersion phi} exceeds 1; otherwise the limits are those of chance
 * alone. Immutable.
 */
public final class Funnel {
    /** The standard normal quantile at 0.975: the 95% limits. */
    public static final double Z_95 = 1.959964;
    /** The standard normal quantile at 0.999: the 99.8% limits. */
    public static final double Z_998 = 3.090232;
    private static final double ALPHA_95 = 0.05;
    private static final double ALPHA_998 = 0.002;

    private final String metric;
    private final FunnelSpec spec;
    private final List<Unit> units;
    private final Scale scale;
    private final double target;
    private final double theta;
    private final Dispersion dispersion;
    private final boolean adjusted;
    private final double[] z;
    private final double[] zAdjusted;
    private final FunnelLimits[] limits;
    private final Outlier[] outliers;

    private Funnel(String metric, FunnelSpec spec, List<Unit> units) {
        this.metric = metric;
        this.spec = spec;
        this.units = List.copyOf(units);
        this.scale = Scale.of(spec);
        int n = units.size();
        this.target = target(spec.type(), units);
        this.theta = scale.theta(target);
        this.z = new double[n];
        double[] s = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            y[i] = scale.y(u.numerator(), u.denominator());
            s[i] = scale.s(u.numerator(), u.denominator());
            z[i] = (y[i] - theta) / s[i];
        }
        this.dispersion = n == 0 ? Dispersion.NONE : Dispersion.estimate(z, s, spec.truncates(), spec.trim());
        this.adjusted = spec.overdispersion() != Overdispersion.NONE && dispersion.overdispersed();
        this.zAdjusted = new double[n];
        this.limits = new FunnelLimits[n];
        this.outliers = new Outlier[n];
        for (int i = 0; i < n; i++) {
            zAdjusted[i] = !adjusted ? z[i]
                    : spec.overdispersion() == Overdispersion.MULTIPLICATIVE ? z[i] / Math.sqrt(dispersion.phi())
                    : (y[i] - theta) / Math.sqrt(s[i] * s[i] + dispersion.tau2());
            limits[i] = limitsAt(units.get(i).denominator());
            outliers[i] = Outlier.of(units.get(i).value(), limits[i]);
        }
    }

    /**
     * The funnel of a metric's units.
     *
     * @throws IllegalArgumentException for a proportion whose numerator exceeds its denominator
     */
    public static Funnel of(String metric, List<Unit> units, FunnelSpec spec) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(spec, "spec");
        if (spec.type() == FunnelType.PROPORTION) {
            for (Unit u : units) {
                if (u.numerator() > u.denominator()) {
                    throw new IllegalArgumentException(u.name() + ": a proportion's numerator (" + u.numerator()
                            + ") cannot exceed its denominator (" + u.denominator() + ")");
                }
            }
        }
        return new Funnel(metric, spec, units);
    }

    private static double target(FunnelType type, List<Unit> units) {
        if (type == FunnelType.RATIO) {
            return 1;
        }
        double o = 0;
        double d = 0;
        for (Unit u : units) {
            o += u.numerator();
            d += u.denominator();
        }
        return o / d;
    }

    /**
     * The limits at a denominator (for a ratio, an expected count), as they are drawn for every unit: the
     * points of the funnel's curves.
     */
    public FunnelLimits limitsAt(double denominator) {
        if (spec.type() == FunnelType.RATIO && !adjusted) {
            return new FunnelLimits(poissonLower(denominator, ALPHA_95), poissonUpper(denominator, ALPHA_95),
                    poissonLower(denominator, ALPHA_998), poissonUpper(denominator, ALPHA_998));
        }
        double sd = scale.limitS(denominator);
        if (adjusted && spec.overdispersion() == Overdispersion.MULTIPLICATIVE) {
            sd *= Math.sqrt(dispersion.phi());
        } else if (adjusted) {
            sd = Math.sqrt(sd * sd + dispersion.tau2());
        }
        return new FunnelLimits(scale.back(theta - Z_95 * sd), scale.back(theta + Z_95 * sd),
                scale.back(theta - Z_998 * sd), scale.back(theta + Z_998 * sd));
    }

    /** The exact lower Poisson limit of a ratio at expected count e: qchisq(alpha/2, 2e) / (2e). */
    private static double poissonLower(double e, double alpha) {
        return ChiSquaredDistribution.of(2 * e).inverseCumulativeProbability(alpha / 2) / (2 * e);
    }

    /** The exact upper Poisson limit of a ratio at expected count e: qchisq(1 - alpha/2, 2e + 2) / (2e). */
    private static double poissonUpper(double e, double alpha) {
        return ChiSquaredDistribution.of(2 * e + 2).inverseSurvivalProbability(alpha / 2) / (2 * e);
    }

    public String metric() {
        return metric;
    }

    public FunnelSpec spec() {
        return spec;
    }

    /** The units, in the order given. */
    public List<Unit> units() {
        return units;
    }

    /** The number of units. */
    public int size() {
        return units.size();
    }

    /** The centre of the funnel: 1 for ratios, the pooled sum(O) / sum(D) otherwise. */
    public double target() {
        return target;
    }

    /** The dispersion ratio phi of the z-scores (NaN with no units to estimate it from). */
    public double phi() {
        return dispersion.phi();
    }

    /** The DerSimonian-Laird variance between units, on the scale (0 when phi is too small). */
    public double tau2() {
        return dispersion.tau2();
    }

    /** The number of units phi and tau^2 were estimated from (after truncation). */
    public int dispersionUnits() {
        return dispersion.kept();
    }

    /** True when the limits are widened for overdispersion: an adjustment is asked for and phi exceeds 1. */
    public boolean adjusted() {
        return adjusted;
    }

    /** Unit i's value: numerator over denominator. */
    public double value(int i) {
        return units.get(i).value();
    }

    /** Unit i's z-score on the scale, before any adjustment. */
    public double z(int i) {
        return z[i];
    }

    /** Unit i's z-score after the adjustment (the plain z-score when none applies). */
    public double zAdjusted(int i) {
        return zAdjusted[i];
    }

    /** The limits at unit i's denominator. */
    public FunnelLimits limits(int i) {
        return limits[i];
    }

    /** Where unit i lies against its limits. */
    public Outlier outlier(int i) {
        return outliers[i];
    }

    /** The units beyond their 95% limits, in the order given. */
    public List<Unit> outliers() {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (outliers[i].isOutlier()) {
                out.add(units.get(i));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Funnel[" + metric + ", " + spec.type().id() + ", " + units.size() + " units, target=" + target
                + ", phi=" + dispersion.phi() + ", tau2=" + dispersion.tau2() + "]";
    }
}
