package dev.spc.core.rules;

import dev.spc.core.result.RuleId;

/**
 * The progress of a rule that judges a group (one phase within one segment) as a whole: runs analysis,
 * whose limits depend on how many points the group has. A group that is complete is judged once; the last
 * group may still grow, so each time points are added its findings are forgotten and it is judged again.
 */
final class GroupScanner implements Rule.Scanner {
    /** Judges one group of a view. */
    @FunctionalInterface
    interface GroupRule {
        /** Judges the view's points {@code from..to-1}, which form one group. */
        void judge(ChartView v, Findings findings, int from, int to);
    }

    private final RuleId id;
    private final GroupRule rule;
    /** The first point of the last group judged, which may have grown since. */
    private int open;
    /** True once a group has been judged (and may have findings to forget). */
    private boolean judged;

    GroupScanner(RuleId id, GroupRule rule) {
        this.id = id;
        this.rule = rule;
    }

    @Override
    public void scan(ChartView v, Findings findings) {
        if (open >= v.size) {
            return;
        }
        if (judged) {
            findings.forget(id, v.index[open]);
        }
        judged = true;
        for (int start = open; start < v.size; ) {
            int end = v.groupEnd(start);
            rule.judge(v, findings, start, end);
            open = start;
            start = end;
        }
    }
}
