package dev.spc.cli.teach;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario made with one seed: the data set, how each metric is analysed, and the words a trainer
 * can read aloud.
 *
 * @param scenario the scenario
 * @param seed the seed the data came from
 * @param metrics each metric's data and spec, in the order they are shown
 * @param text the explanation, as paragraphs
 * @param from the name of the file of the room's own results the lesson was made from, or null for seeded data
 */
public record Lesson(Scenario scenario, long seed, List<Metric> metrics, List<String> text, String from) {

    /** A lesson of seeded data. */
    public Lesson(Scenario scenario, long seed, List<Metric> metrics, List<String> text) {
        this(scenario, seed, metrics, text, null);
    }

    /** One metric of a lesson: its data and how it is analysed. */
    public record Metric(Series series, ChartSpec spec) {
        public Analysis analyse() {
            return Spc.analyse(series, spec);
        }
    }

    public Lesson {
        metrics = List.copyOf(metrics);
        text = List.copyOf(text);
    }

    /**
     * The lesson retitled with a trust's own name for its metric: a lesson of one metric takes the name; of
     * several, each keeps what tells it apart (after the name they share, or its whole name) after the new one.
     */
    public Lesson retitled(String name) {
        String shared = null;
        for (Metric m : metrics) {
            String metric = m.series().metric();
            String base = metric.contains(": ") ? metric.substring(0, metric.indexOf(": ")) : metric;
            shared = shared == null || shared.equals(base) ? base : "";
        }
        List<Metric> renamed = new ArrayList<>(metrics.size());
        for (Metric m : metrics) {
            Series s = m.series();
            String metric = s.metric();
            String title = metrics.size() == 1 ? name
                    : name + ": " + (!shared.isEmpty() && metric.startsWith(shared + ": ")
                    ? metric.substring(shared.length() + 2) : metric);
            renamed.add(new Metric(Series.of(title, s.points()).withUnit(s.unit()).withPeriod(s.period().orElse(null)),
                    m.spec()));
        }
        return new Lesson(scenario, seed, renamed, text, from);
    }

    /** Every metric analysed. */
    public List<Analysis> analyses() {
        List<Analysis> list = new ArrayList<>(metrics.size());
        for (Metric m : metrics) {
            list.add(m.analyse());
        }
        return list;
    }
}
