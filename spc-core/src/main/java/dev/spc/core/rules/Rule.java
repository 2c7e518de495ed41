package dev.spc.core.rules;

import dev.spc.core.result.RuleId;

/**
 * A special-cause rule: looks at a chart's judged points in time order and flags what it finds. Each rule
 * judges through a {@link Scanner} that keeps what it needs of the points it has seen, so that points added
 * later (new data, judged against frozen limits) are judged without going over the earlier ones again.
 */
public sealed interface Rule permits Beyond, Shift, Trend, TwoOfThree, BeyondInWindow, Alternating, ZoneRun, LongRun,
        FewCrossings, RunsCount {

    /** The rule's stable id. */
    RuleId id();

    /** A scanner of this rule that has seen no points yet. */
    Scanner scanner();

    /**
     * True when the rule judges each point alone (a point beyond a line), so that the points before and
     * after it do not matter; false for the rules of runs, trends and windows.
     */
    default boolean judgesPointsAlone() {
        return false;
    }

    /** Judges every point of the view at once. */
    default void apply(ChartView view, Findings findings) {
        scanner().scan(view, findings);
    }

    /** A rule's progress through a view. */
    interface Scanner {
        /** Judges the view's points from the first this scanner has not seen to the last. */
        void scan(ChartView view, Findings findings);
    }
}
