package dev.spc.core.limits;

/**
 * The arithmetic P, U and their Laney forms share: the centre line is the pooled ratio of the points that
 * feed the phase, {@code CL = sum(numerators) / sum(denominators)} (not the mean of the ratios, so large
 * denominators weigh more), and each point's sigma depends on its own denominator.
 */
final class Ratios {
    /** The binomial (P) or Poisson (U) model of a point's sigma. */
    enum Model {
        /** sigma_i = sqrt(CL (1 - CL) / n_i); lines clamped to [0, 1]. */
        BINOMIAL(1),
        /** sigma_i = sqrt(CL / n_i); lines clamped at 0. */
        POISSON(Double.POSITIVE_INFINITY);

        final double ceiling;

        Model(double ceiling) {
            this.ceiling = ceiling;
        }

        double sigma(double centre, double denominator) {
            return this == BINOMIAL ? Math.sqrt(centre * (1 - centre) / denominator)
                    : Math.sqrt(centre / denominator);
        }
    }

    /** The pooled centre of a phase and the number of points it came from. */
    record Pooled(int points, double centre) {
    }

    private Ratios() {
    }

    static Pooled pool(Measurements m, int from, int to) {
        double numerators = 0;
        double denominators = 0;
        int points = 0;
        for (int i = from; i < to; i++) {
            if (m.contributes(i)) {
                numerators += m.numerators()[i];
                denominators += m.denominators()[i];
                points++;
            }
        }
        return new Pooled(points, points == 0 ? Double.NaN : numerators / denominators);
    }

    /** A P or U phase: the pooled centre and each point's lines, or the centre alone when too few points feed it. */
    static PhaseLimits phase(Measurements m, Model model, int from, int calculationEnd, int end, int minimumPoints,
            Lines out) {
        Pooled pooled = pool(m, from, calculationEnd);
        PhaseLimits.PointLines lines = pooled.points() < minimumPoints ? centreOnly(pooled.centre())
                : scaled(model, pooled.centre(), 1);
        return PhaseLimits.varying(pooled.points(), pooled.centre(), Double.NaN, Double.NaN, -1, lines, m, from, end,
                out);
    }

    /** The centre line alone at every point (too few points for limits). */
    static PhaseLimits.PointLines centreOnly(double centre) {
        return (m, i, out) -> out.centreOnly(i, centre);
    }

    /**
     * Each point's lines, {@code CL -+ k * scale * sigma_i} clamped to the model's range, where the point has a
     * denominator (else the centre alone); {@code scale} is 1 for P and U charts and Laney's sigma_z for P' and
     * U'.
     */
    static PhaseLimits.PointLines scaled(Model model, double centre, double scale) {
        return (m, i, out) -> {
            double[] den = m.denominators();
            double n = den == null ? Double.NaN : den[i];
            if (n > 0) {
                out.symmetric(i, centre, scale * model.sigma(centre, n), 0, model.ceiling);
            } else {
                out.centreOnly(i, centre);
            }
        };
    }
}
