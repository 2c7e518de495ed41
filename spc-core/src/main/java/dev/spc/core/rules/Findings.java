package dev.spc.core.rules;

import dev.spc.core.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the rules find: a bit set of (rule, side) per point of the series, and the signals.
 *
 * <p>Bit {@code 2 * rule.ordinal() + side.ordinal()} of a point's flags is set when that rule flagged
 * the point on that side.
 */
public final class Findings {
    private static final long HIGH_BITS = 0x5555_5555_5555_5555L;
    private static final long LOW_BITS = 0xAAAA_AAAA_AAAA_AAAAL;

    private final long[] flags;
    private final List<Signal> signals = new ArrayList<>();

    public Findings(int seriesSize) {
        this.flags = new long[seriesSize];
    }

    /** Flags the judged points {@code from..to} (inclusive) of the view as one signal. */
    void flagRun(ChartView view, RuleId rule, Side side, int from, int to) {
        long bit = bit(rule, side);
        for (int j = from; j <= to; j++) {
            flags[view.index[j]] |= bit;
        }
        signals.add(new Signal(rule, side, view.index[from], view.index[to], to - from + 1));
    }

    /** Flags single judged points of the view as one signal; {@code points} holds view positions in order. */
    void flagPoints(ChartView view, RuleId rule, Side side, int[] points, int count) {
        long bit = bit(rule, side);
        for (int k = 0; k < count; k++) {
            flags[view.index[points[k]]] |= bit;
        }
        signals.add(new Signal(rule, side, view.index[points[0]], view.index[points[count - 1]], count));
    }

    /** The flag bits of each point of the series (the array itself: the caller takes ownership). */
    public long[] flags() {
        return flags;
    }

    /** The signals in the order the rules found them. */
    public List<Signal> signals() {
        return signals;
    }

    public static long bit(RuleId rule, Side side) {
        return 1L << (2 * rule.ordinal() + side.ordinal());
    }

    /** True when any rule flagged the point on the high side. */
    public static boolean isHigh(long pointFlags) {
        return (pointFlags & HIGH_BITS) != 0;
    }

    /** True when any rule flagged the point on the low side. */
    public static boolean isLow(long pointFlags) {
        return (pointFlags & LOW_BITS) != 0;
    }

    /** True when the rule flagged the point on either side. */
    public static boolean has(long pointFlags, RuleId rule) {
        return (pointFlags & (3L << (2 * rule.ordinal()))) != 0;
    }
}
