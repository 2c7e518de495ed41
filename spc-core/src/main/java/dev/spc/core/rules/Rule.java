package dev.spc.core.rules;

import dev.spc.core.result.RuleId;

/** A special-cause rule: looks at a chart and flags the points it finds. */
public sealed interface Rule permits Beyond, Shift, Trend, TwoOfThree, BeyondInWindow, Alternating, ZoneRun, LongRun,
        FewCrossings, RunsCount {

    /** The rule's stable id. */
    RuleId id();

    /** Looks at every judged point of the view and records what it finds. */
    void apply(ChartView view, Findings findings);
}
