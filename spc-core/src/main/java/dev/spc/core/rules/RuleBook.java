package dev.spc.core.rules;

import dev.spc.core.limits.ChartLines;
import dev.spc.core.limits.Lines;
import dev.spc.core.result.RuleId;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.GhostsInRuns;
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

    /**
     * Applies the rules the parameters choose for a chart to its judged points.
     *
     * @param ghost which points are ghosted (null for none)
     */
    public static Findings apply(ChartLines chart, RuleParameters parameters, boolean[] ghost) {
        return judge(chart, parameters, ghost).findings();
    }

    /**
     * Applies the rules to a chart's judged points, keeping what is needed to judge points appended later.
     *
     * @param ghost which points are ghosted (null for none)
     */
    public static Judge judge(ChartLines chart, RuleParameters parameters, boolean[] ghost) {
        return new Judge(chart, parameters, ghost);
    }

    /**
     * The rules of a chart as they have judged it so far: points appended to the chart later are judged one
     * at a time, without going over the earlier ones again (but for runs analysis, which judges the last
     * phase as a whole).
     *
     * <p>When ghosted points are left out of runs ({@link GhostsInRuns#SKIPPED}), the rules that judge a
     * point alone see every judged point and the others a view without the ghosted points, which they pass
     * over as over a gap; otherwise every rule sees every judged point.
     */
    public static final class Judge {
        private final Track[] tracks;
        private final Findings findings;

        private Judge(ChartLines chart, RuleParameters parameters, boolean[] ghost) {
            this.findings = new Findings(chart.size());
            List<Rule> rules = rules(parameters, chart.chart());
            if (parameters.ghosts() == GhostsInRuns.COUNTED) {
                tracks = new Track[] {new Track(chart, parameters.scope(), null, rules, findings)};
            } else {
                List<Rule> alone = new ArrayList<>();
                List<Rule> inRuns = new ArrayList<>();
                for (Rule r : rules) {
                    (r.judgesPointsAlone() ? alone : inRuns).add(r);
                }
                tracks = new Track[] {new Track(chart, parameters.scope(), null, alone, findings),
                        new Track(chart, parameters.scope(), ghost == null ? new boolean[0] : ghost, inRuns, findings)};
            }
        }

        /** What the rules have found. */
        public Findings findings() {
            return findings;
        }

        /**
         * Judges the chart's last point, appended since the chart was last judged.
         *
         * @param ghost true when the point is ghosted
         */
        public void extend(ChartLines chart, boolean ghost) {
            findings.ensureSize(chart.size());
            for (Track t : tracks) {
                t.extend(chart, ghost, findings);
            }
        }
    }

    /** Some of a chart's rules and the view of the points they judge, with what is needed to extend it. */
    private static final class Track {
        private ChartView view;
        private final Rule.Scanner[] scanners;
        private final RuleScope scope;
        /** True when ghosted points are left out of this track's view. */
        private final boolean skipsGhosts;
        /** True when a point that could not be judged came after the last judged point. */
        private boolean broken;
        private int lastPhase = -1;

        /** @param ghost the ghosted points to leave out (indexed by point; shorter when the last are not), or null */
        Track(ChartLines chart, RuleScope scope, boolean[] ghost, List<Rule> rules, Findings findings) {
            this.scope = scope;
            this.skipsGhosts = ghost != null;
            this.view = view(chart, ghost);
            this.scanners = new Rule.Scanner[rules.size()];
            for (int k = 0; k < scanners.length; k++) {
                scanners[k] = rules.get(k).scanner();
                scanners[k].scan(view, findings);
            }
        }

        void extend(ChartLines chart, boolean ghost, Findings findings) {
            int i = chart.size() - 1;
            double v = chart.value(i);
            if (v != v || scanners.length == 0 || ghost && skipsGhosts) {
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
         * rules stop at recalculations. Gaps, and the ghosted points given, are skipped.
         */
        private ChartView view(ChartLines chart, boolean[] ghost) {
            int n = chart.size();
            double[] y = chart.values();
            Lines lines = chart.lines();
            int[] index = new int[n];
            int[] segment = null;
            int m = 0;
            int currentSegment = 0;
            for (int i = 0; i < n; i++) {
                if (y[i] != y[i] || ghost != null && i < ghost.length && ghost[i]) {
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
