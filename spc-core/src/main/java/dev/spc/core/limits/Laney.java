package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.LimitConventions;
import dev.spc.core.spec.MovingRangeScreening;

/**
 * Laney's P' and U' charts: P and U charts whose limits are widened (or narrowed) by the variation
 * between points that the binomial or Poisson model leaves out (docs/methods.md, section 6; Laney, "Improved
 * control charts for attributes", Quality Engineering 14(4), 2002). With very large denominators the P
 * and U limits hug the centre line and nearly every point looks special; P' and U' judge each point
 * against the point-to-point variation actually seen.
 *
 * <pre>
 *   CL and sigma_i as the P (or U) chart
 *   z_i = (y_i - CL) / sigma_i                  over the points that feed the phase
 *   sigma_z = mean(|z_i - z_prev|) / 1.128      the moving ranges of z, as an XmR chart's
 *   limits CL -+ 3 sigma_i sigma_z, clamped as the P (or U) chart's
 * </pre>
 *
 * With sigma_z = 1 the chart is the P (or U) chart. The moving ranges of z skip ghosted points, break at
 * gaps unless bridged, and are screened at 3.267 times their mean when screening is chosen.
 */
public final class Laney implements ChartFamily {
    static final Laney PROPORTIONS = new Laney(ChartType.PP, Ratios.Model.BINOMIAL);
    static final Laney RATES = new Laney(ChartType.UP, Ratios.Model.POISSON);

    private final ChartType type;
    private final Ratios.Model model;

    private Laney(ChartType type, Ratios.Model model) {
        this.type = type;
        this.model = model;
    }

    @Override
    public ChartType type() {
        return type;
    }

    @Override
    public boolean checksPoints() {
        return true;
    }

    @Override
    public InputProblem check(Measurements m, int i) {
        return Checks.ratio(m, i, type, model == Ratios.Model.BINOMIAL);
    }

    @Override
    public boolean perPoint() {
        return true;
    }

    @Override
    public PhaseLimits phase(Measurements m, double[] y, int phase, int from, int calculationEnd, int end,
            LimitConventions conventions, Lines out) {
        Ratios.Pooled pooled = Ratios.pool(m, from, calculationEnd);
        double centre = pooled.centre();
        if (pooled.points() >= conventions.minimumPoints() && (centre == 0 || centre >= ceiling())) {
            // Every point 0% (or 100%): no spread at all, so z is undefined; the P (or U) chart's lines, all on
            // the centre, say all there is to say.
            return PhaseLimits.varying(pooled.points(), centre, Double.NaN, Double.NaN, -1,
                    Ratios.scaled(model, centre, 1), m, from, end, out);
        }
        double[] z = new double[calculationEnd - from];
        for (int i = from; i < calculationEnd; i++) {
            z[i - from] = m.denominators() == null ? Double.NaN
                    : (y[i] - centre) / model.sigma(centre, m.denominators()[i]);
        }
        boolean[] ghost = m.ghostSlice(from, calculationEnd);
        Individuals.Pass all = Individuals.pass(z, ghost, 0, z.length, conventions.gaps(), Double.POSITIVE_INFINITY);
        if (pooled.points() < conventions.minimumPoints() || all.ranges() == 0) {
            return PhaseLimits.varying(pooled.points(), centre, Double.NaN, Double.NaN, all.ranges(),
                    Ratios.centreOnly(centre), m, from, end, out);
        }
        double amr = all.rangeSum() / all.ranges();
        if (conventions.screening() == MovingRangeScreening.SCREEN) {
            Individuals.Pass screened = Individuals.pass(z, ghost, 0, z.length, conventions.gaps(), Individuals.D4 * amr);
            if (screened.ranges() > 0) {
                amr = screened.rangeSum() / screened.ranges();
            }
        }
        double sigmaZ = amr / Individuals.D2;
        return PhaseLimits.varying(pooled.points(), centre, sigmaZ, amr, all.ranges(),
                Ratios.scaled(model, centre, sigmaZ), m, from, end, out);
    }

    /** A P' chart whose centre is 0 or 1 has no spread at all, and z is undefined. */
    private double ceiling() {
        return model == Ratios.Model.BINOMIAL ? 1 : Double.POSITIVE_INFINITY;
    }
}
