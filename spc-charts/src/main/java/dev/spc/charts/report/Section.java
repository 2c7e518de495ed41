package dev.spc.charts.report;

import dev.spc.core.Analysis;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One metric's section of the report: the facts of its matrix row, the chart, the explanation, the
 * signals (which rule fired, on which side, from when to when), the notes, and every point as a row.
 *
 * @param chartMarkup the chart as an {@code <svg>} element this program drew
 * @param points the number of points, gaps included
 */
record Section(MetricRow summary, String chartMarkup, List<SignalRow> signals, List<String> notes,
        List<DataRow> rows, int points) {

    /** One signal: a rule that fired and the points it flagged. */
    record SignalRow(String rule, String description, String side, String from, String to, int length) {
    }

    /** One point: its value, lines, class, the rules that flagged it and its annotation. */
    record DataRow(String date, String value, String centre, String lower, String upper, String point,
            String rules, String annotation) {
    }

    /** A point's date as people call it: its period's label ("2024/25 M01") when the data gave periods. */
    static String when(Analysis a, int i) {
        return a.series().label(i).orElse(a.date(i).toString());
    }

    static Section of(Analysis a, MetricRow summary, String chartMarkup) {
        List<SignalRow> signals = new ArrayList<>();
        for (Signal s : a.signals()) {
            signals.add(new SignalRow(s.rule().id(), s.rule().description(), s.side().name().toLowerCase(Locale.ROOT),
                    when(a, s.first()), when(a, s.last()), s.length()));
        }
        Numbers numbers = Numbers.of(a);
        List<DataRow> rows = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            boolean limits = a.hasLimits(i);
            StringJoiner rules = new StringJoiner("; ");
            for (RuleId r : a.rules(i)) {
                rules.add(r.id());
            }
            rows.add(new DataRow(when(a, i), numbers.value(a.value(i)), numbers.line(a.centre(i)),
                    limits ? numbers.line(a.lowerLimit(i)) : "", limits ? numbers.line(a.upperLimit(i)) : "",
                    Double.isNaN(a.value(i)) ? "" : a.pointClass(i).id(), rules.toString(),
                    a.series().annotation(i).orElse("")));
        }
        return new Section(summary, chartMarkup, List.copyOf(signals), a.notes(), rows, a.size());
    }

    public String anchor() {
        return summary.anchor();
    }

    public String metric() {
        return summary.metric();
    }

    public String group() {
        return summary.group();
    }

    /** The latest point with a value, as "2025-03-01: 76.7%". */
    public String latest() {
        return summary.latestDate().isEmpty() ? "no value yet" : summary.latestDate() + ": " + summary.latestValue();
    }

    public String target() {
        return summary.target();
    }

    public IconView variation() {
        return summary.variation();
    }

    public IconView assurance() {
        return summary.assurance();
    }

    public String explanation() {
        return summary.explanation();
    }

    public boolean hasSignals() {
        return !signals.isEmpty();
    }

    public boolean hasNotes() {
        return !notes.isEmpty();
    }
}
