package dev.spc.core.rules;

import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;
import dev.spc.core.result.Signal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects what the rules find: a bit set of (rule, side) per point of the series, and each rule's signals.
 *
 * <p>Bit {@code 2 * rule.ordinal()} of a point's flags is set when the rule flagged the point on the high
 * side (or, for a rule without sides, at all), bit {@code 2 * rule.ordinal() + 1} on the low side. A rule
 * that follows a run as it grows records its signal when the run is long enough and extends it point by
 * point ({@link #extend}), so that what has been found is complete after every point.
 */
public final class Findings {
    private static final long HIGH_BITS;
    private static final long LOW_BITS;
    private static final long SIDELESS_BITS;
    private static final RuleId[] RULES = RuleId.values();

    static {
        long high = 0;
        long low = 0;
        long sideless = 0;
        for (RuleId r : RULES) {
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

    private long[] flags;
    /**
     * The signals of each rule, by the rule's ordinal, in the order found; null for a rule with none yet (and
     * the whole array null until the first signal).
     */
    private ArrayList<Signal>[] signals;
    /**
     * The signal of each rule being extended point by point, by its place among the rule's (-1 for none),
     * with its last point and length so far: kept as numbers, and made a {@link Signal} only when read.
     */
    private int[] open;
    private int[] openLast;
    private int[] openLength;
    private long[] openBit;

    public Findings(int seriesSize) {
        this.flags = new long[seriesSize];
    }

    /** The list of a rule's signals, made when its first is found, with its extended signal brought up to date. */
    @SuppressWarnings("unchecked")
    private List<Signal> listOf(RuleId rule) {
        int r = rule.ordinal();
        if (signals == null) {
            signals = new ArrayList[RULES.length];
        }
        ArrayList<Signal> list = signals[r];
        if (list == null) {
            list = new ArrayList<>(4);
            signals[r] = list;
        }
        if (open != null && open[r] >= 0) {
            Signal s = list.get(open[r]);
            list.set(open[r], new Signal(rule, s.side(), s.first(), openLast[r], openLength[r]));
            open[r] = -1;
        }
        return list;
    }

    /** Makes room for flags of points up to (not including) the given index of the series. */
    void ensureSize(int seriesSize) {
        if (seriesSize > flags.length) {
            flags = Arrays.copyOf(flags, Math.max(seriesSize, flags.length * 2));
        }
    }

    /**
     * Flags the judged points {@code from..to} (inclusive) of the view as one signal.
     *
     * @return the signal's place among its rule's, to {@link #extend} it
     */
    int flagRun(ChartView view, RuleId rule, Side side, int from, int to) {
        long bit = bit(rule, side);
        for (int j = from; j <= to; j++) {
            flags[view.index[j]] |= bit;
        }
        List<Signal> list = listOf(rule);
        list.add(new Signal(rule, side, view.index[from], view.index[to], to - from + 1));
        return list.size() - 1;
    }

    /** Extends a rule's signal (found by {@link #flagRun} or {@link #flagPoints}) to judged point j. */
    void extend(ChartView view, RuleId rule, int signal, int j) {
        int r = rule.ordinal();
        if (open == null) {
            open = new int[RULES.length];
            openLast = new int[RULES.length];
            openLength = new int[RULES.length];
            openBit = new long[RULES.length];
            Arrays.fill(open, -1);
        }
        if (open[r] != signal) {
            Signal s = listOf(rule).get(signal);
            open[r] = signal;
            openLength[r] = s.length();
            openBit[r] = bit(rule, s.side());
        }
        int i = view.index[j];
        flags[i] |= openBit[r];
        openLast[r] = i;
        openLength[r]++;
    }

    /**
     * Flags single judged points of the view as one signal: {@code points[from..from+count-1]} hold view
     * positions in order. A signal equal to the rule's last is not recorded twice (overlapping windows, as in
     * two in three or K of M, can find the same points again).
     *
     * @return the signal's place among its rule's
     */
    int flagPoints(ChartView view, RuleId rule, Side side, int[] points, int from, int count) {
        long bit = bit(rule, side);
        for (int k = from; k < from + count; k++) {
            flags[view.index[points[k]]] |= bit;
        }
        Signal signal = new Signal(rule, side, view.index[points[from]], view.index[points[from + count - 1]], count);
        List<Signal> list = listOf(rule);
        if (list.isEmpty() || !list.get(list.size() - 1).equals(signal)) {
            list.add(signal);
        }
        return list.size() - 1;
    }

    /**
     * Forgets what a rule found from a point of the series on: its flags there and its signals that start
     * there. A rule that judges a whole group at once does so before judging a group that has grown.
     */
    void forget(RuleId rule, int fromSeriesIndex) {
        long mask = ~(3L << (2 * rule.ordinal()));
        for (int i = fromSeriesIndex; i < flags.length; i++) {
            flags[i] &= mask;
        }
        List<Signal> list = signals == null || signals[rule.ordinal()] == null ? null : listOf(rule);
        if (list != null) {
            list.removeIf(s -> s.first() >= fromSeriesIndex);
        }
    }

    /** The flag bits of the first {@code size} points of the series (a copy). */
    public long[] flags(int size) {
        return Arrays.copyOf(flags, size);
    }

    /** The flag bits of each point of the series (the array itself: the caller takes ownership). */
    public long[] flags() {
        return flags;
    }

    /** The signals, by rule (in rule order), each rule's in the order found. */
    public List<Signal> signals() {
        if (signals == null) {
            return List.of();
        }
        List<Signal> all = null;
        for (RuleId rule : RULES) {
            if (signals[rule.ordinal()] != null) {
                if (all == null) {
                    all = new ArrayList<>();
                }
                all.addAll(listOf(rule));
            }
        }
        return all == null ? List.of() : all;
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
