package dev.spc.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of an export left out of the analysis, by reason, so that every row read is either used or
 * reported: a notice per reason counts them and names the first few.
 */
final class LeftOut {
    /** Why a row is left out. */
    enum Reason {
        /** A title or note above the header. */
        ABOVE_HEADER,
        /** Every cell blank. */
        BLANK,
        /** One cell filled: a heading or a note. */
        NOTE,
        /** A total, average or year-to-date row. */
        TOTAL,
        /** A metric not chosen. */
        NOT_CHOSEN
    }

    private static final int EXAMPLES = 3;

    private final String source;
    private final Map<Reason, Long> counts = new EnumMap<>(Reason.class);
    private final Map<Reason, List<String>> examples = new EnumMap<>(Reason.class);
    private final Map<Reason, Integer> firstLine = new EnumMap<>(Reason.class);
    private final Map<Reason, Integer> lastLine = new EnumMap<>(Reason.class);
    private String notChosenWhy = "not chosen";
    private int notChosenMetrics;

    LeftOut(String source) {
        this.source = source;
    }

    /** Says why metrics were left out ("not named by --metric"). */
    void notChosenBecause(String why) {
        this.notChosenWhy = why;
    }

    /** Counts one more metric left out as not chosen. */
    void metricNotChosen() {
        notChosenMetrics++;
    }

    /**
     * Records a row left out.
     *
     * @param text what the row says, for the notice (null for none)
     */
    void add(Reason reason, int line, String text) {
        counts.merge(reason, 1L, Long::sum);
        firstLine.putIfAbsent(reason, line);
        lastLine.put(reason, line);
        List<String> list = examples.computeIfAbsent(reason, r -> new ArrayList<>(EXAMPLES));
        if (list.size() < EXAMPLES) {
            list.add(text == null ? "row " + line : "row " + line + " ('" + shorten(text) + "')");
        }
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    /** The rows left out, all reasons. */
    long total() {
        long n = 0;
        for (long c : counts.values()) {
            n += c;
        }
        return n;
    }

    /** The rows left out for a reason. */
    long count(Reason reason) {
        return counts.getOrDefault(reason, 0L);
    }

    /** One notice per reason, in the order of the reasons. */
    List<String> notices() {
        List<String> notices = new ArrayList<>();
        for (Map.Entry<Reason, Long> e : counts.entrySet()) {
            long n = e.getValue();
            Reason r = e.getKey();
            String rows = String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " row" : " rows");
            String more = n > examples.get(r).size() ? ", ..." : "";
            String list = String.join(", ", examples.get(r)) + more;
            notices.add(source + ": " + switch (r) {
                case ABOVE_HEADER -> (n == 1 ? "row " + firstLine.get(r) : "rows " + firstLine.get(r) + "-"
                        + lastLine.get(r)) + " above the header left out (a title or notes): " + list;
                case BLANK -> rows + " with every cell blank left out (" + list + ")";
                case NOTE -> rows + " with only one cell filled (a heading or a note) left out: " + list;
                case TOTAL -> rows + " of totals or averages left out: " + list;
                case NOT_CHOSEN -> rows + " of " + notChosenMetrics + (notChosenMetrics == 1 ? " metric " : " metrics ")
                        + notChosenWhy + " left out";
            });
        }
        return notices;
    }
}
