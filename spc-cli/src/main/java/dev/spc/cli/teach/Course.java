package dev.spc.cli.teach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order lessons are taught in, and what an exercise may say about its lesson.
 *
 * <p>The order is one list of scenario ids, {@link #ORDER}: it starts from what a board sees today
 * (two-point comparisons, RAG tables), draws the first chart (the run chart), shows that variation is normal
 * (common cause, the red beads), then reads the signals one rule at a time and the patterns that mimic them
 * (seasons, rare events), then what to do with a chart (targets, baselines, recalculation, choosing the
 * chart, a change that worked), then comparing units and small shifts (league tables against funnel
 * plots, the CUSUM) and, last, what reacting to noise does (the funnel). A new lesson is placed by adding its id
 * where it belongs; a lesson the list does not name comes at the end, in the order of {@link Scenario}.
 */
public final class Course {
    /** The teaching order, by scenario id. */
    static final List<String> ORDER = List.of(
            "two-point-comparison",
            "rag-table",
            "run-chart",
            "common-cause",
            "red-bead",
            "astronomical-point",
            "shift",
            "trend",
            "two-in-three",
            "seasonality",
            "rare-events",
            "assurance",
            "baseline",
            "recalculation",
            "when-to-recalculate",
            "choosing-a-chart",
            "pdsa",
            "league-table",
            "cusum",
            "funnel");

    private Course() {
    }

    /** The scenarios in teaching order: those {@link #ORDER} names first, then the others as declared. */
    public static List<Scenario> ordered(Collection<Scenario> scenarios) {
        return ordered(scenarios, ORDER);
    }

    /** The scenarios in the given order of ids: those it names first, then the others as declared. */
    static List<Scenario> ordered(Collection<Scenario> scenarios, List<String> order) {
        Set<Scenario> chosen = new LinkedHashSet<>(scenarios);
        List<Scenario> out = new ArrayList<>(chosen.size());
        for (String id : order) {
            for (Scenario s : chosen) {
                if (s.id().equals(id)) {
                    out.add(s);
                }
            }
        }
        for (Scenario s : Scenario.values()) {
            if (chosen.contains(s) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Every scenario in teaching order. */
    public static List<Scenario> all() {
        return ordered(Arrays.asList(Scenario.values()));
    }

    /**
     * What the lesson's charts show, in words that give nothing of its lesson away: the metric's name
     * ("Patients discharged before noon (%)"), a name the charts share ("Theatre sessions used (%)" for
     * "Theatre sessions used (%): one set of limits" and "...: recalculated from the change"), or the
     * names together ("Funnel Rule 1, 2, 3 and 4"). The chart titles are the lesson's own metric names.
     */
    public static String subject(Lesson lesson) {
        List<String> names = new ArrayList<>();
        for (Lesson.Metric m : lesson.metrics()) {
            String name = m.series().metric();
            int colon = name.indexOf(": ");
            String before = (colon > 0 ? name.substring(0, colon) : name).strip();
            if (!names.contains(before)) {
                names.add(before);
            }
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        // The words every name starts with, said once.
        List<String> first = List.of(names.get(0).split(" "));
        int common = first.size();
        for (String n : names) {
            List<String> words = List.of(n.split(" "));
            int k = 0;
            while (k < common && k < words.size() - 1 && words.get(k).equals(first.get(k))) {
                k++;
            }
            common = k;
        }
        if (common == 0) {
            return join(names);
        }
        List<String> rest = new ArrayList<>();
        for (String n : names) {
            List<String> words = List.of(n.split(" "));
            rest.add(String.join(" ", words.subList(common, words.size())));
        }
        return String.join(" ", first.subList(0, common)) + " " + join(rest);
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
