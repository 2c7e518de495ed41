package dev.spc.core.riskadjusted;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How to draw a risk-adjusted CUSUM (docs/risk-adjusted.md).
 *
 * @param oddsRatioUp the odds ratio of deterioration the upper CUSUM looks for (Steiner et al.: 2)
 * @param oddsRatioDown the odds ratio of improvement the lower CUSUM looks for (0.5)
 * @param hUpper the upper decision interval; empty to find it by simulation
 * @param hLower the lower decision interval (as a positive number); empty to find it by simulation
 * @param targetArl the in-control average run length, in cases, that a simulated h is chosen to give
 * @param seed the seed of the simulation
 * @param runs the number of simulated in-control runs
 */
public record RiskAdjustedSpec(double oddsRatioUp, double oddsRatioDown, OptionalDouble hUpper, OptionalDouble hLower,
        double targetArl, long seed, int runs) {
    /** Odds ratios 2 and 0.5, h by simulation for an in-control ARL of 5,000 cases from 1,000 runs, seed 1. */
    public static final RiskAdjustedSpec DEFAULT = new RiskAdjustedSpec(2, 0.5, OptionalDouble.empty(),
            OptionalDouble.empty(), 5000, 1, 1000);

    /** @throws IllegalArgumentException for an odds ratio on the wrong side of 1, or an h, ARL or run count not above 0 */
    public RiskAdjustedSpec {
        Objects.requireNonNull(hUpper, "hUpper");
        Objects.requireNonNull(hLower, "hLower");
        if (!(oddsRatioUp > 1) || !Double.isFinite(oddsRatioUp)) {
            throw new IllegalArgumentException("the odds ratio of deterioration must be above 1, not " + oddsRatioUp);
        }
        if (!(oddsRatioDown > 0 && oddsRatioDown < 1)) {
            throw new IllegalArgumentException("the odds ratio of improvement must be between 0 and 1, not "
                    + oddsRatioDown);
        }
        for (OptionalDouble h : new OptionalDouble[] {hUpper, hLower}) {
            if (h.isPresent() && !(h.getAsDouble() > 0 && Double.isFinite(h.getAsDouble()))) {
                throw new IllegalArgumentException("a decision interval h must be above 0, not " + h.getAsDouble());
            }
        }
        if (!(targetArl >= 10) || !Double.isFinite(targetArl)) {
            throw new IllegalArgumentException("the target in-control run length must be at least 10 cases, not "
                    + targetArl);
        }
        if (runs < 10) {
            throw new IllegalArgumentException("the simulation needs at least 10 runs, not " + runs);
        }
    }

    public RiskAdjustedSpec withOddsRatios(double up, double down) {
        return new RiskAdjustedSpec(up, down, hUpper, hLower, targetArl, seed, runs);
    }

    public RiskAdjustedSpec withH(double upper, double lower) {
        return new RiskAdjustedSpec(oddsRatioUp, oddsRatioDown, OptionalDouble.of(upper), OptionalDouble.of(lower),
                targetArl, seed, runs);
    }

    public RiskAdjustedSpec withSimulation(double arl, long seedValue, int runCount) {
        return new RiskAdjustedSpec(oddsRatioUp, oddsRatioDown, hUpper, hLower, arl, seedValue, runCount);
    }
}
