package dev.spc.core.limits;

import dev.spc.core.series.Series;
import dev.spc.core.spec.Phasing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a series into phases (docs/methods.md, section 1). A new phase starts at every point flagged
 * {@code rebase} and at the first point on or after each recalculation date; a recalculation at the
 * first point changes nothing. With a baseline of N points there is one phase whose lines come from
 * its first N points with a value (the baseline wins over recalculations, as in the MDC tools). The
 * baseline is a span of the chart: a ghosted point inside it counts toward the N but, as everywhere,
 * does not feed the lines.
 */
public final class Phases {
    private int size;
    private final int[] starts;
    private final int[] calculationEnds;
    private final List<String> notes;

    private Phases(int size, int[] starts, int[] calculationEnds, List<String> notes) {
        this.size = size;
        this.starts = starts;
        this.calculationEnds = calculationEnds;
        this.notes = notes;
    }

    /** Plans the phases of a series. */
    public static Phases of(Series series, Phasing phasing) {
        return of(series, phasing.recalculateFrom(), phasing.baselinePoints().orElse(0));
    }

    private static Phases of(Series series, List<LocalDate> recalculateFrom, int baselinePoints) {
        int n = series.size();
        List<String> notes = new ArrayList<>();
        if (baselinePoints > 0) {
            if (!recalculateFrom.isEmpty() || series.hasRebase()) {
                notes.add("A baseline of " + baselinePoints
                        + " points is set, so recalculations are ignored: the baseline limits cover the whole series.");
            }
            int end = 0;
            int seen = 0;
            while (end < n && seen < baselinePoints) {
                if (!series.isGap(end)) {
                    seen++;
                }
                end++;
            }
            if (seen < baselinePoints) {
                notes.add("The baseline asks for " + baselinePoints + " points but the series has only " + seen
                        + "; all of them are used.");
            }
            return new Phases(n, new int[] {0}, new int[] {end}, notes);
        }
        if (recalculateFrom.isEmpty() && !series.hasRebase()) {
            return new Phases(n, new int[] {0}, new int[] {n}, notes);
        }
        int[] starts = new int[4];
        int count = 1;
        List<LocalDate> pending = recalculateFrom;
        if (pending.size() > 1) {
            pending = new ArrayList<>(recalculateFrom);
            pending.sort(null);
        }
        int next = 0;
        for (int i = 1; i < n; i++) {
            boolean start = series.isRebase(i);
            LocalDate date = series.date(i);
            while (next < pending.size() && !pending.get(next).isAfter(date)) {
                // A date on or before the first point starts nothing; one between two points starts a phase at the later.
                if (pending.get(next).isAfter(series.date(i - 1))) {
                    start = true;
                }
                next++;
            }
            if (start) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        for (LocalDate d : pending) {
            if (n > 0 && !d.isAfter(series.date(0))) {
                notes.add("The recalculation from " + d + " is on or before the first point and has no effect.");
            }
        }
        for (int k = next; k < pending.size(); k++) {
            if (n > 0 && pending.get(k).isAfter(series.date(n - 1))) {
                notes.add("The recalculation from " + pending.get(k) + " is after the last point and has no effect.");
            }
        }
        int[] trimmed = Arrays.copyOf(starts, count);
        int[] ends = new int[count];
        for (int p = 0; p < count; p++) {
            ends[p] = p + 1 < count ? trimmed[p + 1] : n;
        }
        return new Phases(n, trimmed, ends, notes);
    }


    /** A copy, that a monitor's growing does not change. */
    Phases copy() {
        return new Phases(size, starts, calculationEnds, notes);
    }

    /** Adds a point to the last phase (a monitor's new point: the phases are frozen). */
    void grow() {
        size++;
    }

    /** The number of phases (at least 1). */
    public int count() {
        return starts.length;
    }

    /** The index of the first point of phase p. */
    public int start(int p) {
        return starts[p];
    }

    /** The index after the last point of phase p. */
    public int end(int p) {
        return p + 1 < starts.length ? starts[p + 1] : size;
    }

    /** The index after the last point whose value feeds phase p's lines. */
    public int calculationEnd(int p) {
        return calculationEnds[p];
    }

    /** Plain-English notes on settings that had no effect or were overridden. */
    public List<String> notes() {
        return notes;
    }
}
