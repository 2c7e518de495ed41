package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;
import dev.spc.core.result.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the rules find: a bit set of (rule, side) per point of the series, and the signals.
 *
 * <p>Bit {@code 2 * rule.ordinal()} of a point's flags is set when the rule flagged the point on the high
 * side (or, for a rule without sides, at all), bit {@code 2 * rule.ordinal() + 1} on the low side.
 */
public final class Findings {
    private static final long HIGH_BITS;
    private static final long LOW_BITS;
    private static final long SIDELESS_BITS;

    static {
        long high = 0;
        long low = 0;
        long sideless = 0;
        for (RuleId r : RuleId.values()) {
            if (r.sided()) {
                high |= bit(r, Side.HIGH);
                low |= bit(r, Side.LOW);
            } else {
                sideless |= bit(r, Side.NONE);
            }
        }
        HIGH_BITS = high;
        LOW_BITS = low;
        SIDELESS_BITS = sideless;
    }

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

    /**
     * Flags single judged points of the view as one signal: {@code points[from..from+count-1]} hold view
     * positions in order.
     */
    void flagPoints(ChartView view, RuleId rule, Side side, int[] points, int from, int count) {
        long bit = bit(rule, side);
        for (int k = from; k < from + count; k++) {
            flags[view.index[points[k]]] |= bit;
        }
        Signal signal = new Signal(rule, side, view.index[points[from]], view.index[points[from + count - 1]], count);
        // Overlapping windows (two in three, K of M) can find the same points twice: one signal is enough.
        if (signals.isEmpty() || !signals.get(signals.size() - 1).equals(signal)) {
            signals.add(signal);
        }
    }

    /** The flag bits of each point of the series (the array itself: the caller takes ownership). */
    public long[] flags() {
        return flags;
    }

    /** The signals in the order the rules found them. */
    public List<Signal> signals() {
        return signals;
    }

    /** The bit of a rule on a side; a rule without sides uses its high bit. */
    public static long bit(RuleId rule, Side side) {
        return 1L << (2 * rule.ordinal() + (side == Side.LOW ? 1 : 0));
    }

    /** True when any rule flagged the point on the high side. */
    public static boolean isHigh(long pointFlags) {
        return (pointFlags & HIGH_BITS) != 0;
    }

    /** True when any rule flagged the point on the low side. */
    public static boolean isLow(long pointFlags) {
        return (pointFlags & LOW_BITS) != 0;
    }

    /** True when a rule without sides flagged the point. */
    public static boolean isSideless(long pointFlags) {
        return (pointFlags & SIDELESS_BITS) != 0;
    }

    /** True when the rule flagged the point on either side. */
    public static boolean has(long pointFlags, RuleId rule) {
        return (pointFlags & (3L << (2 * rule.ordinal()))) != 0;
    }
}
