package dev.spc.core.riskadjusted;

/**
 * The log-likelihood-ratio weight of one case for a risk-adjusted CUSUM (Steiner, Cook, Farewell and
 * Treasure, "Monitoring surgical performance using risk-adjusted cumulative sum charts", Biostatistics 1,
 * 2000; docs/risk-adjusted.md): testing odds of the adverse outcome multiplied by {@code R} against the odds
 * the risk model predicts,
 *
 * <pre>
 *   W = y log(R) - log(1 - p + R p)
 * </pre>
 *
 * so that an adverse outcome adds {@code log(R / (1 - p + R p))} and a good one {@code -log(1 - p + R p)}.
 */
final class SteinerWeights {
    private SteinerWeights() {
    }

    static double weight(int outcome, double risk, double oddsRatio) {
        return outcome * Math.log(oddsRatio) - Math.log(1 - risk + oddsRatio * risk);
    }
}
