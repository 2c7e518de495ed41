package dev.spc.core.funnel;

/**
 * The scale a funnel's units are judged on: the transformation that makes each unit's value near-normal
 * with a known standard error, and its inverse (docs/funnel.md; Spiegelhalter 2005; FunnelPlotR 0.6).
 *
 * <pre>
 *   ratios, log (SHMI):  Y = ln(O/E)                 theta = 0              s = 1/sqrt(E)
 *   ratios, sqrt (CQC):  Y = sqrt(O/E)               theta = 1              s = 1/(2 sqrt(E))
 *   proportions:         Y = asin(sqrt(O/D))         theta = asin(sqrt(t))  s = 1/(2 sqrt(D))
 *   rates:               Y = ln((O+0.5)/(D+0.5))     theta = ln(t)          s = sqrt(O/(O+0.5)^2 + D/(D+0.5)^2)
 * </pre>
 *
 * where t is the target (1 for ratios, sum(O)/sum(D) otherwise). The limits use s at the denominator alone:
 * as above for ratios and proportions, and 1/(2 sqrt(D)) for rates (as FunnelPlotR draws them).
 */
enum Scale {
    LOG_RATIO {
        @Override
        double y(double o, double d) {
            return Math.log(o / d);
        }

        @Override
        double theta(double target) {
            return 0;
        }

        @Override
        double s(double o, double d) {
            return 1 / Math.sqrt(d);
        }

        @Override
        double limitS(double d) {
            return 1 / Math.sqrt(d);
        }

        @Override
        double back(double x) {
            return Math.exp(x);
        }
    },
    SQRT_RATIO {
        @Override
        double y(double o, double d) {
            return Math.sqrt(o / d);
        }

        @Override
        double theta(double target) {
            return 1;
        }

        @Override
        double s(double o, double d) {
            return limitS(d);
        }

        @Override
        double limitS(double d) {
            return 1 / (2 * Math.sqrt(d));
        }

        @Override
        double back(double x) {
            // FunnelPlotR 0.6 leaves these limits unsquared; on this scale they must be squared to be ratios.
            return x <= 0 ? 0 : x * x;
        }
    },
    PROPORTION {
        @Override
        double y(double o, double d) {
            return Math.asin(Math.sqrt(o / d));
        }

        @Override
        double theta(double target) {
            return Math.asin(Math.sqrt(target));
        }

        @Override
        double s(double o, double d) {
            return limitS(d);
        }

        @Override
        double limitS(double d) {
            return 1 / (2 * Math.sqrt(d));
        }

        @Override
        double back(double x) {
            // Beyond 0 or pi/2 the sine would fold back into [0, 1]: clip instead.
            if (x <= 0) {
                return 0;
            }
            if (x >= Math.PI / 2) {
                return 1;
            }
            double sin = Math.sin(x);
            return sin * sin;
        }
    },
    RATE {
        @Override
        double y(double o, double d) {
            return Math.log((o + 0.5) / (d + 0.5));
        }

        @Override
        double theta(double target) {
            return Math.log(target);
        }

        @Override
        double s(double o, double d) {
            return Math.sqrt(o / ((o + 0.5) * (o + 0.5)) + d / ((d + 0.5) * (d + 0.5)));
        }

        @Override
        double limitS(double d) {
            return 1 / (2 * Math.sqrt(d));
        }

        @Override
        double back(double x) {
            return Math.exp(x);
        }
    };

    /** The scale of a spec's data type. */
    static Scale of(FunnelSpec spec) {
        return switch (spec.type()) {
            case PROPORTION -> PROPORTION;
            case RATE -> RATE;
            case RATIO -> spec.ratioScale() == RatioScale.LOG ? LOG_RATIO : SQRT_RATIO;
        };
    }

    /** The unit's value on the scale. */
    abstract double y(double o, double d);

    /** The target on the scale. */
    abstract double theta(double target);

    /** The standard error of the unit's value on the scale, for its z-score. */
    abstract double s(double o, double d);

    /** The standard error at a denominator, for the limits. */
    abstract double limitS(double d);

    /** A point of the scale as a value (a proportion, ratio or rate). */
    abstract double back(double x);
}
