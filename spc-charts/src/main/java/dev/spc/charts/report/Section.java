package dev.spc.charts.report;

import dev.spc.core.Analysis;
import dev.spc.core.Phase;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One metric's section of the report: the facts of its matrix row, the chart, the explanation, the
 * suggested action, the signals (which rule fired, on which side, from when to when), the lines of each
 * phase, the notes, and every point as a row of a table (the chart's text alternative).
 *
 * @param chartMarkup the chart as an {@code <svg>} element this program drew
 * @param groupHeading the group's name when this section is the first of its group, else null
 * @param grouped true when the report's metrics are in groups (its sections under their headings)
 * @param points the number of points, gaps included
 */
record Section(MetricRow summary, String chartMarkup, String groupHeading, boolean grouped, List<SignalRow> signals,
        List<PhaseRow> phases, List<String> notes, List<DataRow> rows, int points) {

    /** One signal: a rule that fired and the points it flagged. */
    record SignalRow(String rule, String id, String description, String side, String from, String to, int length) {
    }

    /** One phase's lines: from when, its centre and its limits (held inside the metric's bounds). */
    record PhaseRow(int number, String from, String centre, String lower, String upper) {
    }

    /**
     * One point: its date, value, class in words (and as an id for styles), the rules that flagged it in
     * words, and its note.
     */
    record DataRow(String date, String value, String point, String pointId, String rules, String annotation) {
        /** True for a point that is not common cause (whose row the page marks; common cause is the default). */
        public boolean special() {
            return !pointId.equals("common_cause");
        }
    }

    static Section of(Analysis a, MetricRow summary, String chartMarkup, String groupHeading, boolean grouped,
            Locale locale) {
        Numbers numbers = Numbers.of(a, locale);
        List<SignalRow> signals = new ArrayList<>();
        for (Signal s : a.signals()) {
            signals.add(new SignalRow(s.rule().words(), s.rule().id(), s.rule().description(),
                    s.side().name().toLowerCase(Locale.ROOT), numbers.when(s.first()), numbers.when(s.last()),
                    s.length()));
        }
        List<PhaseRow> phases = new ArrayList<>();
        for (Phase p : a.phases()) {
            int i = p.first();
            boolean limits = a.hasLimits(i) && !a.limitsVary();
            phases.add(new PhaseRow(p.number(), numbers.when(i), a.limitsVary() ? "" : numbers.line(a.centre(i)),
                    limits ? numbers.limit(a.boundedLowerLimit(i)) : "",
                    limits ? numbers.limit(a.boundedUpperLimit(i)) : ""));
        }
        List<DataRow> rows = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            StringJoiner rules = new StringJoiner(", ");
            for (RuleId r : a.rules(i)) {
                rules.add(r.words());
            }
            boolean gap = Double.isNaN(a.value(i));
            String note = a.series().annotation(i).orElse("");
            if (a.series().isGhost(i)) {
                note = note.isEmpty() ? "Ghosted" : "Ghosted; " + note;
            }
            rows.add(new DataRow(numbers.when(i), gap ? "No value" : numbers.value(a.value(i)),
                    gap ? "" : a.pointClass(i).words(), gap ? "gap" : a.pointClass(i).id(), rules.toString(), note));
        }
        return new Section(summary, chartMarkup, groupHeading, grouped, List.copyOf(signals), List.copyOf(phases), a.notes(),
                rows, a.size());
    }

    /**
     * The rows of the data table as the page's markup, every value made safe and escaped as the template's
     * values are: written here rather than by the template, which looked up six values of every point by
     * reflection (360,000 lookups in a report of 1,000 metrics of 60 points).
     */
    public String rowsHtml() {
        java.io.StringWriter out = new java.io.StringWriter(rows.size() * 100);
        for (DataRow r : rows) {
            out.write("<tr");
            if (r.special()) {
                out.write(" class=\"");
                SafeMustacheFactory.escape(r.pointId(), out);
                out.write('"');
            }
            out.write("><td>");
            SafeMustacheFactory.escape(r.date(), out);
            out.write("<td>");
            SafeMustacheFactory.escape(r.value(), out);
            out.write("<td>");
            SafeMustacheFactory.escape(r.point(), out);
            out.write("<td>");
            SafeMustacheFactory.escape(r.rules(), out);
            out.write("<td>");
            SafeMustacheFactory.escape(r.annotation(), out);
            out.write('\n');
        }
        return out.toString();
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

    /** The latest point with a value, as "Mar 2025: 76.7%". */
    public String latest() {
        return summary.latestDate().isEmpty() ? "No value yet" : summary.latestDate() + ": " + summary.latestValue();
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

    public String action() {
        return summary.action();
    }

    public boolean hasSignals() {
        return !signals.isEmpty();
    }

    public boolean hasNotes() {
        return !notes.isEmpty();
    }

    /** True when the lines are level within each phase, so that a table of phases says them. */
    public boolean hasPhaseLines() {
        return phases.stream().anyMatch(p -> !p.centre().isEmpty());
    }

    /** The heading level of the metric's name: 3 under a group's heading, 2 otherwise. */
    public int level() {
        return grouped ? 3 : 2;
    }

    /** The heading level of the section's own parts. */
    public int subLevel() {
        return level() + 1;
    }
}
