package dev.spc.core.result;

/**
 * What a board or a team might do about a metric, from its pair of icons: a suggestion in plain words for
 * the report, never an instruction. Special cause asks for understanding (of a concern, to act; of an
 * improvement, to learn and hold on to it); common cause asks for no reaction to single points, and a
 * target the process cannot meet asks for a change to the process, not for more scrutiny of it.
 */
public final class Action {
    private Action() {
    }

    /** The suggestion for a metric whose latest point shows {@code variation} and whose target {@code assurance}. */
    public static String suggested(VariationIcon variation, AssuranceIcon assurance) {
        return switch (variation) {
            case CONCERN_HIGH, CONCERN_LOW -> switch (assurance) {
                case FAIL -> "Escalate: the metric is getting worse and the target will not be met. Find the cause "
                        + "now and agree a recovery plan with a date to review it.";
                case HIT_AND_MISS -> "Investigate the cause of the deterioration before it puts the target further "
                        + "out of reach, and report what was found at the next meeting.";
                case PASS -> "The target is still met consistently, but the metric is getting worse: find the cause "
                        + "before it erodes the margin.";
                case NONE -> "Investigate the cause of the deterioration and decide whether it needs a plan.";
            };
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> switch (assurance) {
                case FAIL -> "Improving, but the target will still not be met: learn what worked, hold on to it, "
                        + "and consider whether the process needs a bigger change.";
                case HIT_AND_MISS -> "Learn from the improvement and embed it; once it has settled, recalculate the "
                        + "limits to see whether the target is now met consistently.";
                case PASS -> "Share the learning behind the improvement; once it has settled, recalculate the limits "
                        + "and consider whether the target still stretches the service.";
                case NONE -> "Understand and sustain the improvement; recalculate the limits once it has settled.";
            };
            case NEITHER_HIGH, NEITHER_LOW -> "Something has changed: find out what, and set an improvement "
                    + "direction for the metric if one applies.";
            case COMMON_CAUSE -> switch (assurance) {
                case FAIL -> "Stable, but the process cannot meet the target: it needs redesigning, not closer "
                        + "watching. Agree a plan to change the system.";
                case HIT_AND_MISS -> "The target will be met and missed by chance alone: reacting to single months "
                        + "will not help. Reduce the variation or move the process to meet it consistently.";
                case PASS -> "Stable and meeting the target consistently: assure by exception, and consider whether "
                        + "the target still stretches the service.";
                case NONE -> "Stable: no change to act on; keep watching for special causes.";
            };
            case NONE -> "Too few points to judge yet: keep collecting data (limits need at least 13 points, and "
                    + "are firmer with 20 or more).";
        };
    }
}
