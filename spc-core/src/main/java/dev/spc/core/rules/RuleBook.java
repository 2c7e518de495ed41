package dev.spc.core.rules;

import dev.spc.core.limits.ChartLines;
import dev.spc.core.limits.Lines;
import dev.spc.core.result.RuleId;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.RuleParameters;
import dev.spc.core.spec.RuleScope;
import dev.spc.core.spec.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The registry of rule sets, each with its rules in the order their ids appear in the output, and the step
 * of the method that applies them to a chart (docs/methods.md, sections 3, 5 and 9).
 */
public final class RuleBook {
    private static final RuleSet[] RULE_SETS = RuleSet.values();

    private RuleBook() {
    }

    /** Applies the rules the parameters choose for a chart to its judged points. */
    public static Findings apply(ChartLines chart, RuleParameters parameters) {
        return judge(chart, parameters).findings();
    }

    /** Applies the rules to a chart's judged points, keeping what is needed to judge points appended later. */
    public static Judge judge(ChartLines chart, RuleParameters parameters) {
        return new Judge(chart, parameters);
    }

    /**
     * The rules of a chart as they have judged it so far: points appended to the chart later are judged one
     * at a time, without going over the earlier ones again (but for runs analysis, which judges the last
     * phase as a whole).
     */
    public static final class Judge {
        private ChartView view;
        private final Rule.Scanner[] scanners;
        private final Findings findings;
        private final RuleScope scope;
        /** True when a point that could not be judged came after the last judged point. */
        private boolean broken;
        private int lastPhase = -1;

        private Judge(ChartLines chart, RuleParameters parameters) {
            this.scope = parameters.scope();
            this.findings = new Findings(chart.size());
            this.view = view(chart);
            List<Rule> rules = rules(parameters, chart.chart());
            this.scanners = new Rule.Scanner[rules.size()];
            for (int k = 0; k < scanners.length; k++) {
                scanners[k] = rules.get(k).scanner();
                scanners[k].scan(view, findings);
            }
        }

        /** What the rules have found. */
        public Findings findings() {
            return findings;
        }

        /** Judges the chart's last point, appended since the chart was last judged. */
        public void extend(ChartLines chart) {
            int i = chart.size() - 1;
            findings.ensureSize(chart.size());
            double v = chart.value(i);
            if (v != v) {
                return;
            }
            if (!chart.isJudged(i)) {
                broken = true;
                return;
            }
            int p = chart.phaseOf(i);
            boolean breaks = broken || scope == RuleScope.WITHIN_PHASE && lastPhase >= 0 && p != lastPhase;
            view = view.appended(i, v, chart.slot(i), breaks, chart.lines().perPoint() ? chart.phaseOfPoints() : null);
            broken = false;
            lastPhase = p;
            for (Rule.Scanner scanner : scanners) {
                scanner.scan(view, findings);
            }
        }

        /**
         * The judged points: every point with a value and limits (for a run chart, a centre line), each judged
         * by its own lines. A point with a value that cannot be judged breaks the runs; so does a new phase when
         * rules stop at recalculations. Gaps are skipped.
         */
        private ChartView view(ChartLines chart) {
            int n = chart.size();
            double[] y = chart.values();
            Lines lines = chart.lines();
            int[] index = new int[n];
            int[] segment = null;
            int m = 0;
            int currentSegment = 0;
            for (int i = 0; i < n; i++) {
                if (y[i] != y[i]) {
                    continue;
                }
                int p = chart.phaseOf(i);
                if (!chart.isJudged(i)) {
                    broken = true;
                    continue;
                }
                if (scope == RuleScope.WITHIN_PHASE && lastPhase >= 0 && p != lastPhase) {
                    broken = true;
                }
                if (broken && m > 0) {
                    if (segment == null) {
                        segment = new int[n];
                    }
                    currentSegment++;
                }
                broken = false;
                lastPhase = p;
                index[m] = i;
                if (segment != null) {
                    segment[m] = currentSegment;
                }
                m++;
            }
            int[] slotOfPoint = lines.perPoint() ? index : chart.phaseOfPoints();
            int[] phaseOfPoint = lines.perPoint() ? chart.phaseOfPoints() : null;
            if (m == n) {
                return new ChartView(m, index, y, slotOfPoint, phaseOfPoint, lines, segment);
            }
            double[] judged = new double[m];
            int[] slot = new int[m];
            for (int j = 0; j < m; j++) {
                judged[j] = y[index[j]];
                slot[j] = chart.slot(index[j]);
            }
            return new ChartView(m, index, judged, slot, phaseOfPoint, lines, segment);
        }
    }

    /** The rules of the chosen rule sets for a chart, in the order their ids appear in the output. */
    static List<Rule> rules(RuleParameters p, ChartType chart) {
        List<Rule> rules = new ArrayList<>();
        if (chart == ChartType.MR && p.ruleSets().isEmpty()) {
            // Moving ranges are skewed and each shares a point with the next, so runs of them mean little;
            // by default only a range beyond the limit is a signal (as qicharts2).
            rules.add(new Beyond(RuleId.ASTRONOMICAL, 3));
            return rules;
        }
        if (chart.isSensitive() && p.ruleSets().isEmpty()) {
            // A CUSUM or EWMA signals when its statistic passes its decision interval or limits (qcc); its
            // points are not independent, so runs of them are no signal by default.
            rules.add(new Beyond(RuleId.ASTRONOMICAL, 3));
            return rules;
        }
        Set<RuleSet> sets = p.ruleSetsFor(chart);
        if (sets.size() == 1) {
            return rulesOf(sets.iterator().next(), p);
        }
        for (RuleSet set : RULE_SETS) {
            if (sets.contains(set)) {
                rules.addAll(rulesOf(set, p));
            }
        }
        return rules;
    }

    /** The rules of one rule set, with the parameters' lengths and K. */
    static List<Rule> rulesOf(RuleSet set, RuleParameters p) {
        return switch (set) {
            case MDC -> List.of(new Beyond(RuleId.ASTRONOMICAL, 3), new Shift(p.shiftLength()),
                    new Trend(p.trendLength()), new TwoOfThree(p.twoOfThree()));
            case ANHOEJ -> List.of(new LongRun(), new FewCrossings());
            case IHI -> List.of(new Shift(RuleId.IHI_SHIFT, 6, Shift.OnCentre.SKIPPED),
                    new Trend(RuleId.IHI_TREND, 5, Trend.Ties.SKIP), new RunsCount(RuleId.IHI_FEW_RUNS),
                    new RunsCount(RuleId.IHI_MANY_RUNS));
            case WESTERN_ELECTRIC -> List.of(new Beyond(RuleId.WE1, 3), new BeyondInWindow(RuleId.WE2, 2, 3, 2),
                    new BeyondInWindow(RuleId.WE3, 4, 5, 1), new Shift(RuleId.WE4, 8, Shift.OnCentre.BREAKS));
            case NELSON -> List.of(new Beyond(RuleId.NELSON1, p.nelsonK(1)),
                    new Shift(RuleId.NELSON2, p.nelsonK(2), Shift.OnCentre.BREAKS),
                    new Trend(RuleId.NELSON3, p.nelsonK(3), Trend.Ties.BREAK),
                    new Alternating(RuleId.NELSON4, p.nelsonK(4)),
                    new BeyondInWindow(RuleId.NELSON5, p.nelsonK(5), p.nelsonK(5) + 1, 2),
                    new BeyondInWindow(RuleId.NELSON6, p.nelsonK(6), p.nelsonK(6) + 1, 1),
                    new ZoneRun(RuleId.NELSON7, p.nelsonK(7), ZoneRun.Zone.WITHIN_ONE_SIGMA),
                    new ZoneRun(RuleId.NELSON8, p.nelsonK(8), ZoneRun.Zone.BEYOND_ONE_SIGMA));
        };
    }
}
