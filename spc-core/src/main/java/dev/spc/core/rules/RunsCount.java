package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;
import org.apache.commons.numbers.combinatorics.LogBinomialCoefficient;

/**
 * The IHI run-chart rule of too few or too many runs: in each phase, with n1 useful points above the
 * centre line and n2 below, the number of runs r is compared with its exact distribution when the order
 * is random (Swed and Eisenhart, Annals of Mathematical Statistics 14, 1943):
 *
 * <pre>
 *   P(R = 2k)     = 2 C(n1-1, k-1) C(n2-1, k-1) / C(n1+n2, n1)
 *   P(R = 2k + 1) = [C(n1-1, k-1) C(n2-1, k) + C(n1-1, k) C(n2-1, k-1)] / C(n1+n2, n1)
 *   too few runs:  P(R &lt;= r) &lt;= 0.025        too many runs: P(R &gt;= r) &lt;= 0.025
 * </pre>
 *
 * The IHI's run-chart guidance (Perla, Provost and Murray, BMJ Quality and Safety 20, 2011) reads such
 * limits from a table by the number of useful points; this rule computes them exactly, from the
 * Swed-Eisenhart distribution at 2.5% in each tail, for the actual numbers above and below the centre
 * line, so near a table's edge it may differ from it by one run. The signal belongs to the phase, so every
 * judged point of it is flagged, with no side.
 *
 * @param id {@link RuleId#IHI_FEW_RUNS} or {@link RuleId#IHI_MANY_RUNS}
 */
public record RunsCount(RuleId id) implements Rule {
    /** The probability in each tail below which a number of runs is a signal. */
    public static final double TAIL = 0.025;

    public RunsCount {
        if (id != RuleId.IHI_FEW_RUNS && id != RuleId.IHI_MANY_RUNS) {
            throw new IllegalArgumentException("the runs count rule is " + RuleId.IHI_FEW_RUNS + " or "
                    + RuleId.IHI_MANY_RUNS + ", not " + id);
        }
    }

    @Override
    public Scanner scanner() {
        return new GroupScanner(id, (v, findings, start, end) -> {
            Runs runs = Runs.of(v, start, end);
            int n1 = runs.above;
            int n2 = runs.n - runs.above;
            if (n1 > 0 && n2 > 0) {
                double tail = id == RuleId.IHI_FEW_RUNS ? atMost(n1, n2, runs.runs) : 1 - atMost(n1, n2, runs.runs - 1);
                if (tail <= TAIL) {
                    findings.flagRun(v, id, Side.NONE, start, end - 1);
                }
            }
        });
    }

    /** P(R = r) for n1 and n2 points on the two sides, in random order. */
    public static double probability(int n1, int n2, int r) {
        if (r < 2 || r > n1 + n2) {
            return 0;
        }
        double total = LogBinomialCoefficient.value(n1 + n2, n1);
        int k = r / 2;
        if (r % 2 == 0) {
            return 2 * Math.exp(logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k - 1) - total);
        }
        return Math.exp(logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k) - total)
                + Math.exp(logChoose(n1 - 1, k) + logChoose(n2 - 1, k - 1) - total);
    }

    /** P(R &lt;= r). */
    public static double atMost(int n1, int n2, int r) {
        double sum = 0;
        for (int x = 2; x <= r; x++) {
            sum += probability(n1, n2, x);
        }
        return Math.min(1, sum);
    }

    private static double logChoose(int n, int k) {
        return k < 0 || k > n ? Double.NEGATIVE_INFINITY : LogBinomialCoefficient.value(n, k);
    }
}
