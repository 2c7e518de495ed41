package dev.spc.cli.teach;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import dev.spc.io.NamedColumns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The red bead experiment as Deming scored it: each scoop's red beads on an NP chart, the scoops numbered
 * in the order they were made (day by day, the workers in turn), the best and the worst named.
 */
public final class RedBeads {
    private RedBeads() {
    }

    /** One worker's scoop on one day: the red beads among the paddle's. */
    public record Scoop(String worker, int day, int red) {
    }

    /** The scoops of workers taking turns, day after day: red[k] is scoop k's red beads. */
    static List<Scoop> scoops(List<String> workers, int[] red, int paddle) {
        List<Scoop> scoops = new ArrayList<>(red.length);
        for (int k = 0; k < red.length; k++) {
            scoops.add(new Scoop(workers.get(k % workers.size()), k / workers.size() + 1, red[k]));
        }
        return scoops;
    }

    /**
     * A workshop's own results: columns {@code worker,day,red}, the red beads each worker drew each day.
     * The scoops are put in the order they were made: day by day, each day's workers in the order the
     * file first names them.
     *
     * @param paddle the beads in the paddle (50 in Deming's experiment): no count may be more
     */
    public static List<Scoop> read(Path file, int paddle) {
        NamedColumns t = NamedColumns.read(file, "one row per worker and day: worker,day,red");
        t.require("worker", "day", "red");
        List<String> workers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Scoop> scoops = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            String worker = t.text(k, "worker");
            if (worker.isEmpty()) {
                throw t.refuse(k, "worker", "the worker's name is blank", "Give every row the name of its worker");
            }
            int day = t.whole(k, "day", 1, 1000, "Number the days of the experiment 1, 2, 3...");
            int red = t.whole(k, "red", 0, paddle, "Give the red beads in the worker's paddle, 0 to " + paddle
                    + " (the paddle holds " + paddle + " beads; --paddle N changes it)");
            Integer before = seen.putIfAbsent(worker + "\u0000" + day, k);
            if (before != null) {
                throw t.refuse(k, "day", "'" + worker + "' has a second row for day " + day,
                        "Give one row per worker and day");
            }
            if (!workers.contains(worker)) {
                workers.add(worker);
            }
            scoops.add(new Scoop(worker, day, red));
        }
        scoops.sort(Comparator.comparingInt(Scoop::day).thenComparingInt(s -> workers.indexOf(s.worker())));
        return scoops;
    }

    /** The metric's name: the red beads in a paddle of so many. */
    static String metric(int paddle) {
        return "Red beads in a paddle of " + paddle;
    }

    /** The series of the scoops, numbered in order, as numerator (red beads) over denominator (the paddle). */
    static Series series(String metric, List<Scoop> scoops, int paddle, int best, int worst) {
        List<Series.Point> points = new ArrayList<>(scoops.size());
        for (int k = 0; k < scoops.size(); k++) {
            Scoop s = scoops.get(k);
            Series.Point p = Series.Point.ratio(Period.dateOf(k + 1L), s.red(), paddle);
            points.add(k == best || k == worst ? p.withAnnotation("Day " + s.day() + ", " + s.worker()) : p);
        }
        return Series.of(metric, points).withPeriod(Period.SEQUENCE);
    }

    static ChartSpec spec() {
        return ChartSpec.builder().chart(ChartType.NP).direction(Direction.DECREASE).build();
    }

    /**
     * The lesson of a set of scoops: simulated ones (one bead in five red) or the room's own.
     *
     * @param metric the metric's name, or null for the usual
     * @param simulated true for the lesson's own draw, whose box is known to hold one red bead in five
     */
    static Lesson lesson(Scenario scenario, long seed, List<Scoop> scoops, int paddle, String metric,
            boolean simulated) {
        int best = 0;
        int worst = 0;
        int days = 0;
        List<String> workers = new ArrayList<>();
        for (int k = 0; k < scoops.size(); k++) {
            Scoop s = scoops.get(k);
            best = s.red() < scoops.get(best).red() ? k : best;
            worst = s.red() > scoops.get(worst).red() ? k : worst;
            days = Math.max(days, s.day());
            if (!workers.contains(s.worker())) {
                workers.add(s.worker());
            }
        }
        Series series = series(metric == null ? metric(paddle) : metric, scoops, paddle, best, worst);
        Analysis a = Spc.analyse(series, spec());
        Scoop b = scoops.get(best);
        Scoop w = scoops.get(worst);
        List<String> text = new ArrayList<>();
        text.add(Scenario.count(workers.size()) + " willing workers each scoop " + paddle + " beads from a box"
                + (simulated ? " in which one bead in five is red" : "") + "; red beads are defects. Over "
                + days + (days == 1 ? " day" : " days") + " they make " + scoops.size() + " scoops, numbered 1 to "
                + scoops.size() + " along the chart in the order they were made (each day's workers in turn). The "
                + "best and the worst scoops are labelled with their day and worker.");
        String limits = "The NP chart's limits, " + Scenario.n(a.lowerLimit(0)) + " to " + Scenario.n(a.upperLimit(0))
                + " red beads around an average of " + Scenario.n(a.centre(0)) + ", are what this system gives";
        if (Scenario.allCommonCause(a)) {
            text.add("Day " + b.day() + "'s " + b.worker() + " scooped only " + b.red() + " red beads and Day "
                    + w.day() + "'s " + w.worker() + " " + w.red() + ". Praise for the one and blame for the other "
                    + "would be wrong: every point is common cause, and the workers cannot change the share of red "
                    + "beads. " + limits + ".");
        } else {
            text.add(limits + " while nothing changes; here the chart flags " + Scenario.signalWords(a)
                    + ": something about those scoops differed (another paddle, a new box, a change in how beads "
                    + "were counted) and is worth asking about, not the worker's effort.");
        }
        text.add("The results belong to the system (the box, the beads, the paddle), which only management can "
                + "change.");
        return new Lesson(scenario, seed, List.of(new Lesson.Metric(series, spec())), text);
    }
}
