package dev.spc.core.riskadjusted;

import java.util.List;
import java.util.Objects;

/**
 * A risk-adjusted CUSUM and a VLAD of one metric's cases (docs/risk-adjusted.md; Steiner, Cook, Farewell and
 * Treasure, Biostatistics 1, 2000; Lovegrove and others, "Monitoring the results of cardiac surgery by
 * variable life-adjusted display", The Lancet 350, 1997).
 *
 * <pre>
 *   W_t = y_t log(R) - log(1 - p_t + R p_t)                          (Steiner's weight for odds ratio R)
 *   upper (deterioration, R = R_up):  S_t = max(0, S_{t-1} + W_t),  a signal where S_t &gt;= h_up
 *   lower (improvement, R = R_down):  S_t = min(0, S_{t-1} - W_t),  a signal where S_t &lt;= -h_down
 *   after a signal the next case starts that side again from 0
 *   VLAD_t = sum over cases s &lt;= t of (p_s - y_s): lives saved (positive) or lost (negative) against expected
 * </pre>
 *
 * Each h is the one given, or found by simulation so that the in-control average run length reaches the
 * target ({@link DecisionInterval}). Immutable.
 */
public final class RiskAdjusted {
    /** Where a decision interval came from. */
    public enum Source {
        /** Given by the user. */
        GIVEN("given"),
        /** Found by simulation for the target in-control average run length. */
        SIMULATED("simulated");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final String metric;
    private final List<Case> cases;
    private final RiskAdjustedSpec spec;
    private final double hUpper;
    private final double hLower;
    private final double arlUpper;
    private final double arlLower;
    private final Source source;
    private final double[] upper;
    private final double[] lower;
    private final double[] vlad;
    private final boolean[] signalUp;
    private final boolean[] signalDown;

    private RiskAdjusted(String metric, List<Case> cases, RiskAdjustedSpec spec) {
        this.metric = metric;
        this.cases = List.copyOf(cases);
        this.spec = spec;
        int n = cases.size();
        double[] risks = new double[n];
        for (int t = 0; t < n; t++) {
            risks[t] = cases.get(t).risk();
        }
        if (spec.hUpper().isPresent() && spec.hLower().isPresent()) {
            source = Source.GIVEN;
            hUpper = spec.hUpper().getAsDouble();
            hLower = spec.hLower().getAsDouble();
            arlUpper = Double.NaN;
            arlLower = Double.NaN;
        } else {
            source = Source.SIMULATED;
            DecisionInterval up = n == 0 ? new DecisionInterval(Double.NaN, Double.NaN)
                    : DecisionInterval.simulate(risks, spec.oddsRatioUp(), spec.targetArl(), spec.seed(), spec.runs());
            DecisionInterval down = n == 0 ? new DecisionInterval(Double.NaN, Double.NaN)
                    : DecisionInterval.simulate(risks, spec.oddsRatioDown(), spec.targetArl(), spec.seed() + 1,
                            spec.runs());
            hUpper = spec.hUpper().orElse(up.h());
            hLower = spec.hLower().orElse(down.h());
            arlUpper = up.arl();
            arlLower = down.arl();
        }
        upper = new double[n];
        lower = new double[n];
        vlad = new double[n];
        signalUp = new boolean[n];
        signalDown = new boolean[n];
        double su = 0;
        double sd = 0;
        double v = 0;
        for (int t = 0; t < n; t++) {
            Case c = cases.get(t);
            su = Math.max(0, su + SteinerWeights.weight(c.outcome(), c.risk(), spec.oddsRatioUp()));
            sd = Math.min(0, sd - SteinerWeights.weight(c.outcome(), c.risk(), spec.oddsRatioDown()));
            v += c.risk() - c.outcome();
            upper[t] = su;
            lower[t] = sd;
            vlad[t] = v;
            if (su >= hUpper) {
                signalUp[t] = true;
                su = 0;
            }
            if (sd <= -hLower) {
                signalDown[t] = true;
                sd = 0;
            }
        }
    }

    /**
     * The charts of a metric's cases, in the order given.
     *
     * @throws IllegalArgumentException when the dates go backwards
     */
    public static RiskAdjusted of(String metric, List<Case> cases, RiskAdjustedSpec spec) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(spec, "spec");
        for (int t = 1; t < cases.size(); t++) {
            if (cases.get(t).date().isBefore(cases.get(t - 1).date())) {
                throw new IllegalArgumentException("case " + (t + 1) + " (" + cases.get(t).date()
                        + ") comes before the case ahead of it (" + cases.get(t - 1).date() + "): put the cases in date order");
            }
        }
        return new RiskAdjusted(metric, cases, spec);
    }

    public String metric() {
        return metric;
    }

    public List<Case> cases() {
        return cases;
    }

    public RiskAdjustedSpec spec() {
        return spec;
    }

    /** The number of cases. */
    public int size() {
        return cases.size();
    }

    /** The upper decision interval. */
    public double hUpper() {
        return hUpper;
    }

    /** The lower decision interval, as a positive number (the lower CUSUM signals at -h). */
    public double hLower() {
        return hLower;
    }

    /** Whether the decision intervals were given or simulated. */
    public Source source() {
        return source;
    }

    /** The simulated in-control ARL of the upper CUSUM at its h ({@code NaN} when h was given). */
    public double arlUpper() {
        return arlUpper;
    }

    /** The simulated in-control ARL of the lower CUSUM at its h ({@code NaN} when h was given). */
    public double arlLower() {
        return arlLower;
    }

    /** The upper CUSUM after case t (0 or more; shown before any reset that its signal causes). */
    public double upper(int t) {
        return upper[t];
    }

    /** The lower CUSUM after case t (0 or less). */
    public double lower(int t) {
        return lower[t];
    }

    /** The VLAD after case t: expected minus observed adverse outcomes so far. */
    public double vlad(int t) {
        return vlad[t];
    }

    /** True when the upper CUSUM signals deterioration at case t. */
    public boolean signalsDeterioration(int t) {
        return signalUp[t];
    }

    /** True when the lower CUSUM signals improvement at case t. */
    public boolean signalsImprovement(int t) {
        return signalDown[t];
    }

    /** The number of cases at which the upper CUSUM signals. */
    public int deteriorationSignals() {
        int k = 0;
        for (boolean b : signalUp) {
            k += b ? 1 : 0;
        }
        return k;
    }

    /** The number of cases at which the lower CUSUM signals. */
    public int improvementSignals() {
        int k = 0;
        for (boolean b : signalDown) {
            k += b ? 1 : 0;
        }
        return k;
    }
}
