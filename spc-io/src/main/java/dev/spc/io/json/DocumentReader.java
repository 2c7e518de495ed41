package dev.spc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.InvalidInputException;
import dev.spc.core.series.Period;
import dev.spc.core.series.Bounds;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.ConflictResolution;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.FastInitialResponse;
import dev.spc.core.spec.GLimits;
import dev.spc.core.spec.GapPolicy;
import dev.spc.core.spec.GhostsInRuns;
import dev.spc.core.spec.InvalidParameterException;
import dev.spc.core.spec.MovingRangeScreening;
import dev.spc.core.spec.Parameter;
import dev.spc.core.spec.RuleScope;
import dev.spc.core.spec.RuleSet;
import dev.spc.core.spec.TwoOfThreeCounting;
import dev.spc.core.spec.XmrLimits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the analyses of one document of version 1: for each, makes its series and spec again from the
 * document, analyses them again, and compares every stored result with the recomputed one, field by field
 * and exactly. The prose (the notes and the explanation) is not compared: a version may word it otherwise.
 * Nor is the spec, which is input. Everything else is: the results, and the input as the document gives it
 * (which the recomputed analysis gives back unchanged).
 */
final class DocumentReader {
    /**
     * The fields added within version 1 after its first edition, as paths such as {@code /points/z_score}: a
     * document written before a field was added lacks it, and is compared without it. Every other field the
     * writer writes is required. (The bounds and the bounded limits, added in 0.2.)
     */
    static final Set<String> ADDED_WITHIN_VERSION = Set.of("/bounds", "/points/lower_limit_bounded",
            "/points/upper_limit_bounded", "/summary/lower_limit_bounded", "/summary/upper_limit_bounded");

    private final String writtenBy;

    DocumentReader(String writtenBy) {
        this.writtenBy = writtenBy;
    }

    List<Analysis> analyses(JsonNode root) {
        JsonNode list = root.get("analyses");
        if (list == null || !list.isArray()) {
            throw invalid("/analyses", null, "the document has no \"analyses\" array");
        }
        List<Analysis> out = new ArrayList<>(list.size());
        for (int k = 0; k < list.size(); k++) {
            out.add(analysis(list.get(k), "/analyses/" + k));
        }
        return out;
    }

    /**
     * The analysis' bounds in force: each side a number, or null for none; null for a document written before
     * bounds existed, whose bounds are then those the unit and chart imply.
     */
    private Bounds bounds(JsonNode o, String at, String metric) {
        JsonNode b = o.get("bounds");
        if (b == null || b.isNull()) {
            return null; // written before bounds: as the unit and chart imply
        }
        if (!b.isObject()) {
            throw invalid(at + "/bounds", metric, "bounds are an object with lower and upper, not " + describe(b));
        }
        double lower = bound(b.get("lower"), Double.NEGATIVE_INFINITY, at + "/bounds/lower", metric);
        double upper = bound(b.get("upper"), Double.POSITIVE_INFINITY, at + "/bounds/upper", metric);
        try {
            return new Bounds(lower, upper);
        } catch (IllegalArgumentException e) {
            throw invalid(at + "/bounds", metric, e.getMessage(), e);
        }
    }

    /** The sides of the bounds in force that differ from the implied ones (no bound and NaN alike). */
    private static Bounds given(Bounds inForce, Bounds implied) {
        return new Bounds(same(inForce.lower(), implied.lower()) ? Bounds.NOT_GIVEN : inForce.lower(),
                same(inForce.upper(), implied.upper()) ? Bounds.NOT_GIVEN : inForce.upper());
    }

    private static boolean same(double a, double b) {
        return Double.isFinite(a) ? a == b : !Double.isFinite(b);
    }

    private double bound(JsonNode n, double none, String at, String metric) {
        if (n == null || n.isNull()) {
            return none;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw invalid(at, metric, "a bound is a number or null, not " + describe(n));
        }
        return n.asDouble();
    }

    private Analysis analysis(JsonNode o, String at) {
        if (!o.isObject()) {
            throw invalid(at, null, "an analysis is an object, not " + describe(o));
        }
        String metric = text(o, "metric", at, null);
        String unit = text(o, "unit", at, metric);
        String kindId = text(o, "kind", at, metric);
        SeriesKind kind = SeriesKind.byId(kindId).orElseThrow(() -> invalid(at + "/kind", metric,
                "'" + kindId + "' is not a kind of series; the kinds are values, ratios, rates, subgroups and "
                        + "event_intervals"));
        ChartSpec spec = spec(object(o, "spec", at, metric), at + "/spec", metric);
        JsonNode pointList = field(o, "points", at, metric);
        if (!pointList.isArray()) {
            throw invalid(at + "/points", metric, "expected an array of points, found " + describe(pointList));
        }
        List<Series.Point> points = new ArrayList<>(pointList.size());
        for (int i = 0; i < pointList.size(); i++) {
            points.add(point(pointList.get(i), at + "/points/" + i, metric));
        }
        Period period = null;
        JsonNode periodNode = o.get("period");
        if (periodNode != null && !periodNode.isNull()) {
            try {
                period = Period.ofId(periodNode.asText());
            } catch (IllegalArgumentException e) {
                throw invalid(at + "/period", metric, "'" + periodNode.asText() + "' is not a kind of period; the "
                        + "kinds are " + java.util.Arrays.stream(Period.values()).map(Period::id)
                        .collect(java.util.stream.Collectors.joining(", ")), e);
            }
        }
        Series series;
        try {
            series = kind.series(metric, points).withUnit(unit).withPeriod(period);
        } catch (InvalidInputException e) {
            throw invalid(at + "/points", metric, "the points do not make a series: " + e.getMessage(), e);
        }
        if (SeriesKind.of(series) != kind) {
            throw invalid(at + "/kind", metric, "the kind is '" + kind.id() + "', but the points make a series of "
                    + SeriesKind.of(series).id());
        }
        Analysis a;
        try {
            a = Spc.analyse(series, spec);
            // The document holds the bounds in force; a side that differs from what the unit and chart
            // imply was given.
            Bounds inForce = bounds(o, at, metric);
            Bounds given = inForce == null ? Bounds.NOT_SET : given(inForce, a.bounds());
            if (!given.equals(Bounds.NOT_SET)) {
                a = Spc.analyse(series.withBounds(given), spec);
            }
        } catch (InvalidInputException e) {
            throw invalid(at + "/points", metric, "the points cannot go on the chart: " + e.getMessage(), e);
        }
        JsonNode expected;
        try {
            expected = AnalysisNodes.analysis(a);
        } catch (IllegalArgumentException e) {
            throw invalid(at, metric, "the analysis of these points cannot be written as JSON: " + e.getMessage(), e);
        }
        new Comparison(at, metric, expected).compare(o, expected, "");
        return a;
    }

    // ---- The spec: every parameter under its id, values as the enums' ids. ----

    /** Parameters added to version 1 of the document after its first release, which older documents lack. */
    private static final Set<Parameter> ADDED = EnumSet.of(Parameter.CUSUM_K, Parameter.CUSUM_H, Parameter.CUSUM_FIR,
            Parameter.EWMA_LAMBDA, Parameter.EWMA_L, Parameter.GHOSTS_IN_RUNS);

    private ChartSpec spec(JsonNode o, String at, String metric) {
        ChartSpec.Builder b = ChartSpec.builder();
        for (Parameter p : Parameter.values()) {
            if (ADDED.contains(p) && !o.has(p.id())) {
                // A document written before these parameters were: their defaults.
                continue;
            }
            JsonNode v = field(o, p.id(), at, metric);
            String where = at + "/" + p.id();
            try {
                b = parameter(b, p, v, where, metric);
            } catch (InvalidParameterException e) {
                throw invalid(where, metric, e.getMessage(), e);
            }
        }
        return b.build();
    }

    private ChartSpec.Builder parameter(ChartSpec.Builder b, Parameter p, JsonNode v, String at, String metric) {
        return switch (p) {
            case CHART -> b.chart(id(v, ChartType.values(), ChartType::id, at, metric));
            case DIRECTION -> b.direction(id(v, Direction.values(), Direction::id, at, metric));
            case TARGET -> v.isNull() ? b.noTarget() : b.target(number(v, at, metric));
            case BASELINE_POINTS -> v.isNull() ? b.noBaseline() : b.baselinePoints(integer(v, at, metric));
            case RECALCULATE_FROM -> {
                List<LocalDate> dates = new ArrayList<>();
                for (int i = 0; i < array(v, at, metric).size(); i++) {
                    dates.add(date(v.get(i), at + "/" + i, metric));
                }
                yield b.recalculateFrom(dates);
            }
            case MINIMUM_POINTS -> b.minimumPoints(integer(v, at, metric));
            case XMR_LIMITS -> b.xmrLimits(id(v, XmrLimits.values(), XmrLimits::id, at, metric));
            case SCREENING -> b.screening(id(v, MovingRangeScreening.values(), MovingRangeScreening::id, at, metric));
            case GAPS -> b.gaps(id(v, GapPolicy.values(), GapPolicy::id, at, metric));
            case G_LIMITS -> b.gLimits(id(v, GLimits.values(), GLimits::id, at, metric));
            case RULES -> {
                Set<RuleSet> sets = EnumSet.noneOf(RuleSet.class);
                for (int i = 0; i < array(v, at, metric).size(); i++) {
                    sets.add(id(v.get(i), RuleSet.values(), RuleSet::id, at + "/" + i, metric));
                }
                yield b.rules(sets);
            }
            case SHIFT -> b.shiftLength(integer(v, at, metric));
            case TREND -> b.trendLength(integer(v, at, metric));
            case TWO_OF_THREE -> b.twoOfThree(id(v, TwoOfThreeCounting.values(), TwoOfThreeCounting::id, at, metric));
            case RULE_SCOPE -> b.ruleScope(id(v, RuleScope.values(), RuleScope::id, at, metric));
            case CONFLICT -> b.conflict(id(v, ConflictResolution.values(), ConflictResolution::id, at, metric));
            case GHOSTS_IN_RUNS -> b.ghostsInRuns(id(v, GhostsInRuns.values(), GhostsInRuns::id, at, metric));
            case CUSUM_K -> b.cusumK(number(v, at, metric));
            case CUSUM_H -> b.cusumH(number(v, at, metric));
            case CUSUM_FIR -> b.fastInitialResponse(id(v, FastInitialResponse.values(), FastInitialResponse::id, at, metric));
            case EWMA_LAMBDA -> b.ewmaLambda(number(v, at, metric));
            case EWMA_L -> b.ewmaL(number(v, at, metric));
            case NELSON_K -> {
                if (array(v, at, metric).size() != 8) {
                    throw invalid(at, metric, "Nelson's K is a list of 8 whole numbers, one for each test, not "
                            + v.size());
                }
                for (int test = 1; test <= 8; test++) {
                    b = b.nelsonK(test, integer(v.get(test - 1), at + "/" + (test - 1), metric));
                }
                yield b;
            }
        };
    }

    // ---- A point as the caller supplied it. ----

    private Series.Point point(JsonNode o, String at, String metric) {
        if (!o.isObject()) {
            throw invalid(at, metric, "a point is an object, not " + describe(o));
        }
        LocalDate date = date(field(o, "date", at, metric), at + "/date", metric);
        double value = numberOrNaN(o, "input_value", at, metric);
        double target = numberOrNaN(o, "input_target", at, metric);
        boolean rebase = bool(o, "rebase", at, metric);
        boolean ghost = bool(o, "ghost", at, metric);
        JsonNode note = field(o, "annotation", at, metric);
        if (!note.isNull() && !note.isTextual()) {
            throw invalid(at + "/annotation", metric, "expected text or null, found " + describe(note));
        }
        // The numerator and denominator are there when the series has them, the subgroup when it has subgroups.
        double numerator = o.has("numerator") ? numberOrNaN(o, "numerator", at, metric) : Double.NaN;
        double denominator = o.has("denominator") ? numberOrNaN(o, "denominator", at, metric) : Double.NaN;
        Optional<Subgroup> subgroup = Optional.empty();
        JsonNode size = o.get("subgroup_size");
        if (size != null && !size.isNull()) {
            int n = integer(size, at + "/subgroup_size", metric);
            double mean = numberOrNaN(o, "subgroup_mean", at, metric);
            double sd = numberOrNaN(o, "subgroup_sd", at, metric);
            double range = numberOrNaN(o, "subgroup_range", at, metric);
            try {
                subgroup = Optional.of(new Subgroup(n, mean, sd, range));
            } catch (IllegalArgumentException e) {
                throw invalid(at, metric, "the subgroup cannot be one: " + e.getMessage(), e);
            }
        }
        try {
            return new Series.Point(date, value, Double.isNaN(target) ? OptionalDouble.empty() : OptionalDouble.of(target),
                    rebase, ghost, note.isNull() ? Optional.empty() : Optional.of(note.textValue()), numerator, denominator,
                    subgroup);
        } catch (IllegalArgumentException e) {
            throw invalid(at, metric, "the point cannot be one: " + e.getMessage(), e);
        }
    }

    // ---- Fields, read strictly: the document is made by a program. ----

    private JsonNode field(JsonNode o, String name, String at, String metric) {
        JsonNode v = o.get(name);
        if (v == null) {
            throw invalid(at + "/" + name, metric, "the field \"" + name + "\" is missing");
        }
        return v;
    }

    private JsonNode object(JsonNode o, String name, String at, String metric) {
        JsonNode v = field(o, name, at, metric);
        if (!v.isObject()) {
            throw invalid(at + "/" + name, metric, "expected an object, found " + describe(v));
        }
        return v;
    }

    private JsonNode array(JsonNode v, String at, String metric) {
        if (!v.isArray()) {
            throw invalid(at, metric, "expected an array, found " + describe(v));
        }
        return v;
    }

    private String text(JsonNode o, String name, String at, String metric) {
        JsonNode v = field(o, name, at, metric);
        if (!v.isTextual()) {
            throw invalid(at + "/" + name, metric, "expected text, found " + describe(v));
        }
        return v.textValue();
    }

    private boolean bool(JsonNode o, String name, String at, String metric) {
        JsonNode v = field(o, name, at, metric);
        if (!v.isBoolean()) {
            throw invalid(at + "/" + name, metric, "expected true or false, found " + describe(v));
        }
        return v.booleanValue();
    }

    private double numberOrNaN(JsonNode o, String name, String at, String metric) {
        JsonNode v = field(o, name, at, metric);
        return v.isNull() ? Double.NaN : number(v, at + "/" + name, metric);
    }

    private double number(JsonNode v, String at, String metric) {
        if (!v.isNumber()) {
            throw invalid(at, metric, "expected a number, found " + describe(v));
        }
        double x = v.doubleValue();
        if (!Double.isFinite(x)) {
            throw invalid(at, metric, "the number " + v + " is too large for a double");
        }
        return x;
    }

    private int integer(JsonNode v, String at, String metric) {
        if (!v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue()) || !v.canConvertToInt()) {
            throw invalid(at, metric, "expected a whole number, found " + describe(v));
        }
        return v.intValue();
    }

    private LocalDate date(JsonNode v, String at, String metric) {
        if (v.isTextual()) {
            try {
                return LocalDate.parse(v.textValue());
            } catch (DateTimeParseException e) {
                // said below
            }
        }
        throw invalid(at, metric, "expected an ISO date such as \"2024-01-31\", found " + describe(v));
    }

    private <E> E id(JsonNode v, E[] values, Function<E, String> id, String at, String metric) {
        if (v.isTextual()) {
            for (E e : values) {
                if (id.apply(e).equals(v.textValue())) {
                    return e;
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (E e : values) {
            ids.add(id.apply(e));
        }
        throw invalid(at, metric, "expected one of " + String.join(", ", ids) + ", found " + describe(v));
    }

    static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            case MISSING -> "nothing";
            default -> v.toString();
        };
    }

    private AnalysisJsonException invalid(String at, String metric, String problem) {
        return invalid(at, metric, problem, null);
    }

    private AnalysisJsonException invalid(String at, String metric, String problem, Throwable cause) {
        String whose = metric == null ? "" : " (the analysis of '" + metric + "')";
        return new AnalysisJsonException(AnalysisJsonException.Reason.INVALID, at, writtenBy,
                "The document cannot be read at " + at + whose + ": " + problem + AnalysisJson.by(writtenBy) + ".",
                cause);
    }

    /** The comparison of one stored analysis with the one recomputed from its input. */
    private final class Comparison {
        private final String at;
        private final String metric;
        private final JsonNode recomputed;

        Comparison(String at, String metric, JsonNode recomputed) {
            this.at = at;
            this.metric = metric;
            this.recomputed = recomputed;
        }

        /**
         * Compares a stored node with the recomputed one: objects field by field (the recomputed object's
         * fields; a field the document adds is not this version's to judge), arrays of objects item by item,
         * anything else as a value. Numbers are equal when they are the same double.
         */
        void compare(JsonNode stored, JsonNode expected, String path) {
            if (expected.isObject()) {
                if (!stored.isObject()) {
                    throw differ(path, stored, expected);
                }
                Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    if (prose(path, f.getKey())) {
                        continue;
                    }
                    JsonNode s = stored.get(f.getKey());
                    if (s == null && ADDED_WITHIN_VERSION.contains(path.replaceAll("/[0-9]+", "") + "/" + f.getKey())) {
                        continue;
                    }
                    if (s == null) {
                        throw invalid(at + path + "/" + f.getKey(), metric, "the field \"" + f.getKey() + "\" is missing");
                    }
                    compare(s, f.getValue(), path + "/" + f.getKey());
                }
            } else if (expected.isArray() && (holdsContainers(expected) || holdsContainers(stored))) {
                if (!stored.isArray()) {
                    throw differ(path, stored, expected);
                }
                int n = Math.min(stored.size(), expected.size());
                for (int i = 0; i < n; i++) {
                    compare(stored.get(i), expected.get(i), path + "/" + i);
                }
                if (stored.size() != expected.size()) {
                    String extra = stored.size() > expected.size()
                            ? "the document has " + stored.get(n) + " more"
                            : "the analysis has " + expected.get(n) + " more";
                    throw differ(path, stored.size() + " items", expected.size() + " items (" + extra + ")");
                }
            } else if (!same(stored, expected)) {
                throw differ(path, stored, expected);
            }
        }

        /** The notes, the explanation and the spec (input, read above) are not compared. */
        private boolean prose(String path, String field) {
            return path.isEmpty() && (field.equals("notes") || field.equals("spec"))
                    || path.equals("/summary") && field.equals("explanation");
        }

        private boolean holdsContainers(JsonNode array) {
            if (!array.isArray()) {
                return false;
            }
            for (JsonNode item : array) {
                if (item.isContainerNode()) {
                    return true;
                }
            }
            return false;
        }

        private boolean same(JsonNode s, JsonNode e) {
            if (s.isNumber() && e.isNumber()) {
                return Double.doubleToLongBits(s.doubleValue()) == Double.doubleToLongBits(e.doubleValue());
            }
            if (s.isArray() && e.isArray()) {
                if (s.size() != e.size()) {
                    return false;
                }
                for (int i = 0; i < s.size(); i++) {
                    if (!same(s.get(i), e.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return s.getNodeType() == e.getNodeType() && (s.getNodeType() == JsonNodeType.NULL || s.equals(e));
        }

        private AnalysisMismatchException differ(String path, JsonNode stored, JsonNode expected) {
            return differ(path, AnalysisJson.text(stored), AnalysisJson.text(expected));
        }

        private AnalysisMismatchException differ(String path, String stored, String expected) {
            String[] parts = path.isEmpty() ? new String[0] : path.substring(1).split("/");
            int point = -1;
            LocalDate date = null;
            String where;
            if (parts.length >= 2 && parts[0].equals("points")) {
                point = Integer.parseInt(parts[1]);
                date = LocalDate.parse(recomputed.get("points").get(point).get("date").textValue());
                where = "point " + point + " (" + date + ")";
            } else if (parts.length >= 2 && parts[0].equals("phases")) {
                where = "phase " + (Integer.parseInt(parts[1]) + 1);
            } else if (parts.length >= 2 && parts[0].equals("signals")) {
                where = "signal " + (Integer.parseInt(parts[1]) + 1) + " (in the order rule, first point)";
            } else if (parts.length >= 1 && parts[0].equals("summary")) {
                where = "the summary";
            } else {
                where = "the analysis";
            }
            String field = fieldName(parts);
            String message = "The document's analysis of '" + metric + "' differs from the one this library computes "
                    + "from its data: at " + where + ", " + field + " is " + stored + " in the document but "
                    + expected + " here (" + at + path + "). The document was written by "
                    + (writtenBy == null ? "an unknown version of spc" : writtenBy) + "; this is "
                    + AnalysisJson.writtenBy() + ". A document is read only when its results are this version's: "
                    + "analyse the data again.";
            return new AnalysisMismatchException(at + path, writtenBy, metric, point, date, field, stored, expected,
                    message);
        }

        /** The last field name of a path (skipping the index of an item in a list). */
        private String fieldName(String[] parts) {
            for (int i = parts.length - 1; i >= 0; i--) {
                if (!parts[i].chars().allMatch(Character::isDigit)) {
                    return parts[i];
                }
            }
            return "the analysis";
        }
    }
}
