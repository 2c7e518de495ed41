package dev.spc.core.spec;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which special-cause rules judge a chart, and their parameters (docs/methods.md, sections 3, 5 and 9).
 *
 * @param ruleSets the rule sets chosen; empty for the chart's default ({@link #ruleSetsFor})
 * @param shiftLength the run length of the MDC shift (Making Data Count v5.0: 6; older guidance 7 or 8)
 * @param trendLength the number of points in an MDC trend (6)
 * @param twoOfThree which points the MDC two-in-three rule counts
 * @param scope whether runs, trends and windows cross recalculations
 * @param conflict which class a point flagged as both improvement and concern takes
 * @param ghosts whether ghosted points take part in the rules that look at several points in a row
 * @param nelsonK Nelson's K for tests 1 to 8, in order (Minitab's defaults: 3, 9, 6, 14, 2, 4, 15, 8)
 */
public record RuleParameters(Set<RuleSet> ruleSets, int shiftLength, int trendLength, TwoOfThreeCounting twoOfThree,
        RuleScope scope, ConflictResolution conflict, GhostsInRuns ghosts, List<Integer> nelsonK) {
    /** The Making Data Count v5.0 run length for a shift. */
    public static final int DEFAULT_SHIFT = 6;
    /** The Making Data Count v5.0 run length for a trend. */
    public static final int DEFAULT_TREND = 6;
    /** Nelson's K for tests 1 to 8, as Minitab sets them by default. */
    public static final List<Integer> DEFAULT_NELSON_K = List.of(3, 9, 6, 14, 2, 4, 15, 8);
    /** The largest K a Nelson test takes: longer runs than this are beyond any real series. */
    public static final int LARGEST_NELSON_K = 1_000_000;

    /**
     * The defaults: the chart's own rule sets, the Making Data Count parameters (shift and trend of 6,
     * two in three ignoring points beyond the limits, rules across recalculations, improvement winning
     * conflicts, ghosted points judged by every rule) and Minitab's K for Nelson's tests.
     */
    public static final RuleParameters DEFAULT = new RuleParameters(Set.of(), DEFAULT_SHIFT, DEFAULT_TREND,
            TwoOfThreeCounting.WITHIN_LIMITS, RuleScope.ACROSS_RECALCULATIONS, ConflictResolution.IMPROVEMENT_WINS,
            GhostsInRuns.COUNTED, DEFAULT_NELSON_K);

    /** @throws InvalidParameterException for a run or K a rule cannot take */
    public RuleParameters {
        ruleSets = ruleSets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(ruleSets));
        Objects.requireNonNull(twoOfThree, "twoOfThree");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(conflict, "conflict");
        Objects.requireNonNull(ghosts, "ghosts");
        nelsonK = List.copyOf(nelsonK);
        if (shiftLength < 3) {
            throw new InvalidParameterException(Parameter.SHIFT, shiftLength,
                    "a shift needs at least 3 points, not " + shiftLength);
        }
        if (trendLength < 3) {
            throw new InvalidParameterException(Parameter.TREND, trendLength,
                    "a trend needs at least 3 points, not " + trendLength);
        }
        if (nelsonK.size() != 8) {
            throw new InvalidParameterException(Parameter.NELSON_K, nelsonK,
                    "Nelson's tests are 8, so K has 8 values, not " + nelsonK.size());
        }
        for (int test = 1; test <= 8; test++) {
            int k = nelsonK.get(test - 1);
            int least = leastNelsonK(test);
            if (k < least || k > LARGEST_NELSON_K) {
                throw new InvalidParameterException(Parameter.NELSON_K, test + "=" + k, "Nelson test " + test
                        + " needs K from " + least + " to " + LARGEST_NELSON_K + ", not " + k);
            }
        }
    }

    /** The smallest K of a Nelson test: 1 for tests 1, 5 and 6 (sigmas, or K of K + 1), else 2 (points in a row). */
    private static int leastNelsonK(int test) {
        return switch (test) {
            case 1, 5, 6 -> 1;
            default -> 2;
        };
    }

    private static final Set<RuleSet> ANHOEJ_ONLY = Set.of(RuleSet.ANHOEJ);
    private static final Set<RuleSet> MDC_ONLY = Set.of(RuleSet.MDC);

    /** The rule sets a chart is judged by: those chosen, else Anhøj for a run chart and MDC for the rest. */
    public Set<RuleSet> ruleSetsFor(ChartType chart) {
        if (!ruleSets.isEmpty()) {
            return ruleSets;
        }
        return chart == ChartType.RUN ? ANHOEJ_ONLY : MDC_ONLY;
    }

    /**
     * Nelson's K for a test: the sigmas for test 1; the points in a row for tests 2, 3, 4, 7 and 8; the
     * count of K of K + 1 for tests 5 and 6.
     *
     * @param test the test, 1 to 8
     */
    public int nelsonK(int test) {
        if (test < 1 || test > 8) {
            throw new InvalidParameterException(Parameter.NELSON_K, test, "Nelson's tests are numbered 1 to 8, not " + test);
        }
        return nelsonK.get(test - 1);
    }

    public RuleParameters withRuleSets(Set<RuleSet> sets) {
        return new RuleParameters(sets, shiftLength, trendLength, twoOfThree, scope, conflict, ghosts, nelsonK);
    }

    public RuleParameters withShiftLength(int points) {
        return new RuleParameters(ruleSets, points, trendLength, twoOfThree, scope, conflict, ghosts, nelsonK);
    }

    public RuleParameters withTrendLength(int points) {
        return new RuleParameters(ruleSets, shiftLength, points, twoOfThree, scope, conflict, ghosts, nelsonK);
    }

    public RuleParameters withTwoOfThree(TwoOfThreeCounting value) {
        return new RuleParameters(ruleSets, shiftLength, trendLength, value, scope, conflict, ghosts, nelsonK);
    }

    public RuleParameters withScope(RuleScope value) {
        return new RuleParameters(ruleSets, shiftLength, trendLength, twoOfThree, value, conflict, ghosts, nelsonK);
    }

    public RuleParameters withConflict(ConflictResolution value) {
        return new RuleParameters(ruleSets, shiftLength, trendLength, twoOfThree, scope, value, ghosts, nelsonK);
    }

    public RuleParameters withGhosts(GhostsInRuns value) {
        return new RuleParameters(ruleSets, shiftLength, trendLength, twoOfThree, scope, conflict, value, nelsonK);
    }

    /** These parameters with Nelson's K for one test changed. */
    public RuleParameters withNelsonK(int test, int k) {
        if (test < 1 || test > 8) {
            throw new InvalidParameterException(Parameter.NELSON_K, test + "=" + k,
                    "Nelson's tests are numbered 1 to 8, not " + test);
        }
        Integer[] ks = nelsonK.toArray(new Integer[0]);
        ks[test - 1] = k;
        return new RuleParameters(ruleSets, shiftLength, trendLength, twoOfThree, scope, conflict, ghosts, List.of(ks));
    }
}
