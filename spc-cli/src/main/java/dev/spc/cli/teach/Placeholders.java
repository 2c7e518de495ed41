package dev.spc.cli.teach;

import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.Signal;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a workshop answer may quote from its lesson's chart, written {@code {name}} for the first
 * chart or {@code {name:N}} for the N-th chart of a lesson with several, and filled as the chart and its
 * report write them (units, decimals and dates as {@link Formats} gives them):
 *
 * <ul>
 *   <li>{@code centre}, {@code limit.lower}, {@code limit.upper}: the centre line and process limits at the
 *       last point (its phase's); {@code centre.first}, {@code limit.lower.first}, {@code limit.upper.first}:
 *       at the first point (the first phase's);
 *   <li>{@code highest}, {@code lowest}: the highest and lowest value; {@code highest.when},
 *       {@code lowest.when}: when the first of them was;
 *   <li>{@code points}: how many points the chart has; {@code target}: the target at the last point;
 *   <li>{@code rule.ID}: how many points the rule flags, ID as the {@code rules} column writes it
 *       ({@code astronomical}, {@code shift}, {@code trend}, {@code two_of_three}, ...);
 *       {@code rule.ID.first} and {@code rule.ID.last}: when the first and last of them are;
 *       {@code rule.ID.from} and {@code rule.ID.run}: where the rule's last finding (its last run of
 *       points, on one side) starts, and how many points it flags.
 * </ul>
 *
 * A placeholder that the chart cannot fill (a rule that flags nothing, a target or limits the chart lacks) is an
 * error, not a blank: the workshop test makes every lesson with many seeds, so an answer that would not
 * fit its chart fails there.
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern NAME = Pattern.compile("(centre|limit\\.lower|limit\\.upper)(\\.first)?|highest|lowest"
            + "|highest\\.when|lowest\\.when|points|target|rule\\.([a-z0-9_]+)(\\.(?:first|last|from|run))?");

    private final List<Analysis> analyses;

    Placeholders(List<Analysis> analyses) {
        this.analyses = analyses;
    }

    /**
     * Checks that every placeholder in the text is one this class knows, whatever its lesson.
     *
     * @throws IllegalArgumentException naming the first unknown placeholder
     */
    static void check(String text) {
        if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        int end = 0;
        while (m.find()) {
            if (text.substring(end, m.start()).indexOf('}') >= 0) {
                throw new IllegalArgumentException("a '}' without its '{' in '" + text + "'");
            }
            parse(m.group(1));
            end = m.end();
        }
        if (text.substring(end).indexOf('{') >= 0 || text.substring(end).indexOf('}') >= 0) {
            throw new IllegalArgumentException("a '{' or '}' without its partner in '" + text + "'");
        }
    }

    /** A placeholder's name and chart (0 for the first). */
    private record Key(String name, int chart, Matcher parts) {
    }

    private static Key parse(String body) {
        String name = body;
        int chart = 0;
        int colon = body.indexOf(':');
        if (colon >= 0) {
            name = body.substring(0, colon);
            String n = body.substring(colon + 1);
            if (!n.matches("[1-9][0-9]?")) {
                throw new IllegalArgumentException("'{" + body + "}': the chart's number after ':' counts from 1");
            }
            chart = Integer.parseInt(n) - 1;
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("'{" + body + "}' is not a placeholder; use centre, limit.lower, "
                    + "limit.upper (each optionally .first), highest, lowest, highest.when, lowest.when, points, "
                    + "target, or rule.ID with .first, .last, .from or .run");
        }
        if (m.group(3) != null) {
            rule(m.group(3), body);
        }
        return new Key(name, chart, m);
    }

    private static RuleId rule(String id, String body) {
        for (RuleId r : RuleId.values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'{" + body + "}': " + id + " is not a rule's id");
    }

    /**
     * The text with its placeholders filled from the charts.
     *
     * @throws IllegalStateException when a chart cannot fill a placeholder
     */
    String fill(String text) {
        check(text);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String value(String body) {
        Key key = parse(body);
        if (key.chart() >= analyses.size()) {
            throw new IllegalStateException("'{" + body + "}' asks for chart " + (key.chart() + 1) + " of a lesson with "
                    + analyses.size());
        }
        Analysis a = analyses.get(key.chart());
        Formats f = a.formats(Formats.PEOPLE);
        int last = a.size() - 1;
        Matcher parts = key.parts();
        if (parts.group(1) != null) {
            int i = parts.group(2) != null ? 0 : last;
            double line = switch (parts.group(1)) {
                case "centre" -> a.centre(i);
                case "limit.lower" -> a.boundedLowerLimit(i);
                default -> a.boundedUpperLimit(i);
            };
            if (Double.isNaN(line)) {
                throw new IllegalStateException("'{" + body + "}': the chart of " + a.metric() + " has no such line");
            }
            return parts.group(1).equals("centre") ? f.line(line) : f.limit(line);
        }
        if (parts.group(3) != null) {
            return rule(a, rule(parts.group(3), body), parts.group(4), body);
        }
        return switch (key.name()) {
            case "highest" -> f.value(a.value(extreme(a, true)));
            case "lowest" -> f.value(a.value(extreme(a, false)));
            case "highest.when" -> f.when(extreme(a, true));
            case "lowest.when" -> f.when(extreme(a, false));
            case "points" -> Integer.toString(a.pointCount());
            default -> {
                OptionalDouble t = a.target(last);
                if (t.isEmpty()) {
                    throw new IllegalStateException("'{" + body + "}': the chart of " + a.metric() + " has no target");
                }
                yield f.value(t.getAsDouble());
            }
        };
    }

    private static String rule(Analysis a, RuleId rule, String part, String body) {
        int count = 0;
        int first = -1;
        int lastFlagged = -1;
        for (int i = 0; i < a.size(); i++) {
            if (a.rules(i).contains(rule)) {
                count++;
                first = first < 0 ? i : first;
                lastFlagged = i;
            }
        }
        if (part == null) {
            return Integer.toString(count);
        }
        if (count == 0) {
            throw new IllegalStateException("'{" + body + "}': no point of " + a.metric() + " is flagged by "
                    + rule.id());
        }
        // The rule's last finding: its run of points, on one side.
        Signal latest = null;
        for (Signal signal : a.signals()) {
            if (signal.rule() == rule && (latest == null || signal.last() >= latest.last())) {
                latest = signal;
            }
        }
        int from = latest == null ? lastFlagged : latest.first();
        int run = latest == null ? 1 : latest.length();
        Formats f = a.formats(Formats.PEOPLE);
        return switch (part) {
            case ".first" -> f.when(first);
            case ".last" -> f.when(lastFlagged);
            case ".from" -> f.when(from);
            default -> Integer.toString(run);
        };
    }

    /** The first point with the highest (or lowest) value. */
    private static int extreme(Analysis a, boolean highest) {
        int best = -1;
        for (int i = 0; i < a.size(); i++) {
            double v = a.value(i);
            if (Double.isNaN(v)) {
                continue;
            }
            if (best < 0 || (highest ? v > a.value(best) : v < a.value(best))) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("the chart of " + a.metric() + " has no values");
        }
        return best;
    }
}
