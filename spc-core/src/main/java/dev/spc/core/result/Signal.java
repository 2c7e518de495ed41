package dev.spc.core.result;


/**
 * One finding of a rule: the points it flagged, on one side.
 *
 * @param rule the rule that fired
 * @param side HIGH for above the centre line or rising, LOW for below or falling
 * @param first the index in the series of the first point flagged
 * @param last the index in the series of the last point flagged
 * @param length the number of points flagged
 */
public record Signal(RuleId rule, Side side, int first, int last, int length) {
}
