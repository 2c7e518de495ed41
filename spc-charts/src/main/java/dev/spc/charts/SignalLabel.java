package dev.spc.charts;

import dev.spc.core.Analysis;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;
import dev.spc.core.result.Signal;
import dev.spc.core.spec.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A label naming the rule behind a signal, for the teaching theme. Signals of one rule on one side that
 * touch or overlap (a run of points beyond a limit, overlapping two-in-three windows) share one label,
 * placed at their last point; so do points beyond a limit one after another on either side, on a chart
 * where neither direction is better.
 *
 * @param at the index of the point the label stands by
 * @param high true for a signal above the centre line or rising
 * @param text the label
 * @param points how many points the signal covers (longer signals win when labels are too many)
 */
record SignalLabel(int at, boolean high, String text, int points) {

    /** The labels of an analysis's signals, at most {@code max} of them (the longest), in time order. */
    static List<SignalLabel> of(Analysis a, int max) {
        List<SignalLabel> labels = new ArrayList<>();
        List<Signal> signals = new ArrayList<>(a.signals());
        // Where neither direction is better (every signal one colour), points beyond a limit are grouped across
        // both sides: a process swinging from one limit to the other (over-adjustment) gets one label for its
        // run, not one per swing.
        boolean acrossSides = a.spec().direction() == Direction.NEITHER;
        signals.sort(Comparator.comparing(Signal::rule).thenComparing(s -> acrossSides && s.rule() == RuleId.ASTRONOMICAL
                ? Side.NONE : s.side()).thenComparingInt(Signal::first));
        int k = 0;
        while (k < signals.size()) {
            Signal s = signals.get(k);
            int first = s.first();
            int last = s.last();
            int count = s.length();
            boolean bothSides = false;
            int j = k + 1;
            while (j < signals.size() && signals.get(j).rule() == s.rule() && (signals.get(j).side() == s.side()
                    || acrossSides && s.rule() == RuleId.ASTRONOMICAL) && signals.get(j).first() <= nextJudged(a, last)) {
                Signal t = signals.get(j);
                bothSides |= t.side() != s.side();
                count += s.rule() == RuleId.ASTRONOMICAL ? 1 : Math.max(0, t.last() - last);
                last = Math.max(last, t.last());
                j++;
            }
            boolean high = s.side() == Side.HIGH;
            String text = switch (s.rule()) {
                case ASTRONOMICAL -> bothSides ? count + " beyond limits, both sides"
                        : (count > 1 ? count + " " : "") + (high ? "above limit" : "below limit");
                case SHIFT -> "shift: " + count + (high ? " above mean" : " below mean");
                case TREND -> "trend: " + count + (high ? " rising" : " falling");
                case TWO_OF_THREE -> "2 of 3 near " + (high ? "upper" : "lower") + " limit";
                case LONG_RUN -> "long run: " + count + (high ? " above" : " below");
                case FEW_CROSSINGS -> "too few crossings";
                default -> s.rule().id() + (s.side() == Side.NONE ? "" : high ? " (high)" : " (low)");
            };
            labels.add(new SignalLabel(last, high, text, last - first + 1));
            k = j;
        }
        if (labels.size() > max) {
            labels.sort(Comparator.comparingInt(SignalLabel::points).reversed());
            labels = new ArrayList<>(labels.subList(0, max));
        }
        labels.sort(Comparator.comparingInt(SignalLabel::at));
        return labels;
    }

    /** The index of the next point after i with a value (gaps skipped), or i + 1 at the end. */
    private static int nextJudged(Analysis a, int i) {
        int j = i + 1;
        while (j < a.size() && a.series().isGap(j)) {
            j++;
        }
        return j;
    }
}
