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
    // Written out rather than left to the record: the generated methods are made with method handles the first
    // time they run, which costs a short command-line run tens of milliseconds. The same meaning as the record's.
    @Override
    public boolean equals(Object o) {
        return o instanceof Signal s && rule == s.rule && side == s.side && first == s.first && last == s.last
                && length == s.length;
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(rule) * 31 + java.util.Objects.hashCode(side);
        return ((h * 31 + first) * 31 + last) * 31 + length;
    }
}
