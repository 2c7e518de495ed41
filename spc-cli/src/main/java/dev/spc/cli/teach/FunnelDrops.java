package dev.spc.cli.teach;

import dev.spc.core.Analysis;
import dev.spc.core.result.RuleId;
import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.NamedColumns;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A workshop's own funnel drops ({@code rule,drop,x} and optionally {@code y}: where each marble landed,
 * measured from the target), charted as the funnel lesson charts its own: every rule's panel starts with
 * Rule 1's drops, the funnel left alone, whose limits are extended over the rule's drops.
 */
final class FunnelDrops {
    private FunnelDrops() {
    }

    /** One drop: the rule it was made under, its number, and where it landed (y NaN when not measured). */
    record Drop(int rule, int drop, double x, double y) {
    }

    /** The drops of a file, by rule and then by number. */
    static List<Drop> read(Path file) {
        NamedColumns t = NamedColumns.read(file, "one row per drop: rule,drop,x (and y, if measured)");
        t.require("rule", "drop", "x");
        boolean ys = t.has("y");
        Set<String> seen = new HashSet<>();
        List<Drop> drops = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            int rule = t.whole(k, "rule", 1, 4, "Give Deming's rule the drop was made under: 1, 2, 3 or 4");
            int drop = t.whole(k, "drop", 1, 100_000, "Number each rule's drops 1, 2, 3...");
            String hint = "Give where the marble landed, measured from the target (negative on the other side)";
            double x = t.number(k, "x", hint);
            double y = ys ? t.number(k, "y", hint) : Double.NaN;
            if (!seen.add(rule + "/" + drop)) {
                throw t.refuse(k, "drop", "rule " + rule + " has a second drop " + drop, "Number each rule's drops once");
            }
            drops.add(new Drop(rule, drop, x, y));
        }
        if (drops.stream().noneMatch(d -> d.rule() == 1)) {
            throw t.refuse(0, "rule", "there are no drops under rule 1", "The limits come from rule 1's drops, the "
                    + "funnel left alone: give them (rule 1) as well as the other rules' drops");
        }
        drops.sort(Comparator.comparingInt(Drop::rule).thenComparingInt(Drop::drop));
        return drops;
    }

    /** The lesson of a workshop's drops. */
    static Lesson lesson(Scenario scenario, List<Drop> drops, String metric) {
        boolean ys = !Double.isNaN(drops.get(0).y());
        List<Drop> alone = drops.stream().filter(d -> d.rule() == 1).toList();
        ChartSpec spec = ChartSpec.builder().baselinePoints(alone.size()).build();
        List<Lesson.Metric> metrics = new ArrayList<>();
        List<Integer> rules = new ArrayList<>();
        for (int rule = 1; rule <= 4; rule++) {
            int r = rule;
            List<Drop> under = drops.stream().filter(d -> d.rule() == r).toList();
            if (under.isEmpty()) {
                continue;
            }
            rules.add(rule);
            for (int axis = 0; axis < (ys ? 2 : 1); axis++) {
                List<Drop> panel = new ArrayList<>(alone);
                if (rule > 1) {
                    panel.addAll(under);
                }
                double[] v = new double[panel.size()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = axis == 0 ? panel.get(k).x() : panel.get(k).y();
                }
                String name = (metric == null ? "" : metric + ": ") + Scenario.FUNNEL_RULES[rule - 1]
                        + (ys ? (axis == 0 ? " (x, from the target)" : " (y, from the target)") : " (distance from target)");
                LocalDate[] dates = new LocalDate[v.length];
                for (int k = 0; k < v.length; k++) {
                    dates[k] = Period.dateOf(k + 1L);
                }
                metrics.add(new Lesson.Metric(Series.of(name, dates, v).withPeriod(Period.SEQUENCE), spec));
            }
        }
        List<String> text = new ArrayList<>();
        Analysis first = metrics.get(0).analyse();
        text.add("The room's own funnel: " + drops.size() + " drops under " + rules.size() + (rules.size() == 1
                ? " rule" : " rules") + ". Every panel starts with Rule 1's " + alone.size() + " drops, the funnel "
                + "left alone, and the limits come from them (" + Scenario.n(first.lowerLimit(0)) + " to "
                + Scenario.n(first.upperLimit(0)) + (ys ? " across" : "") + "): they say what the untouched "
                + "process does. Each rule's own drops follow, from drop " + (alone.size() + 1) + "."
                + (ys ? " Each rule has two panels: x (across) and y (along)." : ""));
        StringBuilder judged = new StringBuilder();
        for (int k = 0; k < metrics.size(); k++) {
            Analysis a = metrics.get(k).analyse();
            Set<RuleId> flagged = Scenario.rulesFlagged(a);
            judged.append(k == 0 ? "" : " ").append("Rule ").append(rules.get(ys ? k / 2 : k))
                    .append(ys ? (k % 2 == 0 ? " across" : " along") : "").append(": ")
                    .append(flagged.isEmpty() ? "no signal, a stable process." : Scenario.signalWords(a) + ".");
        }
        text.add(judged.toString());
        text.add("Adjusting a stable process after every result (tampering) makes it worse. React to special causes; "
                + "improve the system for common cause variation.");
        return new Lesson(scenario, 0, metrics, text);
    }
}
