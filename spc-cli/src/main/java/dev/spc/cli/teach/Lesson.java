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
 */
public record Lesson(Scenario scenario, long seed, List<Metric> metrics, List<String> text) {

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

    /** Every metric analysed. */
    public List<Analysis> analyses() {
        List<Analysis> list = new ArrayList<>(metrics.size());
        for (Metric m : metrics) {
            list.add(m.analyse());
        }
        return list;
    }
}
