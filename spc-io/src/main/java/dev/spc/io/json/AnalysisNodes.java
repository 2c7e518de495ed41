package dev.spc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spc.core.Analysis;
import dev.spc.core.Phase;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.result.Signal;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Parameter;
import dev.spc.core.spec.RuleSet;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One analysis as the object the document holds for it: the one place the fields of version 1 are named
 * and filled (docs/json.md; the schema {@code spc-analysis-1.schema.json} describes the same fields). The
 * writer writes these objects; the reader builds them for the analysis it recomputes and compares them with
 * the document's. A missing number ({@code NaN}) is null.
 *
 * <p>Within version 1 a field may be added, never renamed or removed (docs/json.md): add it here, to the
 * schema, and to {@link DocumentReader#ADDED_WITHIN_VERSION} so that documents written before it still read.
 */
final class AnalysisNodes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnalysisNodes() {
    }

    /** The analysis' object: its chart as used, and its spec as given (whose chart may be {@code auto}). */
    static ObjectNode analysis(Analysis a) {
        ObjectNode o = NODES.objectNode();
        o.put("metric", a.metric());
        o.put("unit", a.series().unit());
        ObjectNode bounds = o.putObject("bounds");
        bound(bounds, "lower", a.bounds().lower());
        bound(bounds, "upper", a.bounds().upper());
        a.series().period().ifPresent(period -> o.put("period", period.id()));
        o.put("chart", a.chart().id());
        o.put("kind", SeriesKind.of(a.series()).id());
        o.set("spec", spec(a.spec()));
        o.set("points", points(a));
        o.set("phases", phases(a));
        o.set("signals", signals(a));
        ArrayNode notes = o.putArray("notes");
        a.notes().forEach(notes::add);
        o.set("summary", summary(a));
        return o;
    }

    /** A side of the bounds: its number, or null for none (not given, or unbounded). */
    private static void bound(ObjectNode o, String name, double x) {
        if (Double.isFinite(x)) {
            o.put(name, x);
        } else {
            o.putNull(name);
        }
    }

    /** Every parameter of the spec under its id, in the order of {@link Parameter}. */
    static ObjectNode spec(ChartSpec spec) {
        ObjectNode o = NODES.objectNode();
        for (Parameter p : Parameter.values()) {
            o.set(p.id(), parameter(spec, p));
        }
        return o;
    }

    private static JsonNode parameter(ChartSpec spec, Parameter p) {
        return switch (p) {
            case CHART -> NODES.textNode(spec.chart().id());
            case DIRECTION -> NODES.textNode(spec.direction().id());
            case TARGET -> number(spec.target());
            case BASELINE_POINTS -> integer(spec.phasing().baselinePoints());
            case RECALCULATE_FROM -> {
                ArrayNode dates = NODES.arrayNode();
                spec.phasing().recalculateFrom().forEach(d -> dates.add(d.toString()));
                yield dates;
            }
            case MINIMUM_POINTS -> NODES.numberNode(spec.limits().minimumPoints());
            case XMR_LIMITS -> NODES.textNode(spec.limits().xmrLimits().id());
            case SCREENING -> NODES.textNode(spec.limits().screening().id());
            case GAPS -> NODES.textNode(spec.limits().gaps().id());
            case G_LIMITS -> NODES.textNode(spec.limits().gLimits().id());
            case RULES -> {
                ArrayNode sets = NODES.arrayNode();
                for (RuleSet r : spec.rules().ruleSets()) {
                    sets.add(r.id());
                }
                yield sets;
            }
            case SHIFT -> NODES.numberNode(spec.rules().shiftLength());
            case TREND -> NODES.numberNode(spec.rules().trendLength());
            case TWO_OF_THREE -> NODES.textNode(spec.rules().twoOfThree().id());
            case RULE_SCOPE -> NODES.textNode(spec.rules().scope().id());
            case CONFLICT -> NODES.textNode(spec.rules().conflict().id());
            case GHOSTS_IN_RUNS -> NODES.textNode(spec.rules().ghosts().id());
            case NELSON_K -> {
                ArrayNode ks = NODES.arrayNode();
                spec.rules().nelsonK().forEach(ks::add);
                yield ks;
            }
            case CUSUM_K -> NODES.numberNode(spec.limits().sensitive().cusumK());
            case CUSUM_H -> NODES.numberNode(spec.limits().sensitive().cusumH());
            case CUSUM_FIR -> NODES.textNode(spec.limits().sensitive().fastInitialResponse().id());
            case EWMA_LAMBDA -> NODES.numberNode(spec.limits().sensitive().ewmaLambda());
            case EWMA_L -> NODES.numberNode(spec.limits().sensitive().ewmaL());
        };
    }

    /**
     * One object per point: first the fields of the {@code analyse} CSV columns in their order, then what
     * makes the series again (the input value and target, the flags, the subgroup) and the one-sigma lines.
     */
    static ArrayNode points(Analysis a) {
        Series s = a.series();
        boolean ratios = s.hasDenominators();
        boolean subgroups = s.hasSubgroups();
        ArrayNode points = NODES.arrayNode(a.size());
        for (int i = 0; i < a.size(); i++) {
            ObjectNode p = points.addObject();
            double value = a.value(i);
            p.put("date", a.date(i).toString());
            number(p, "value", value);
            number(p, "centre", a.centre(i));
            number(p, "lower_limit", a.lowerLimit(i));
            number(p, "upper_limit", a.upperLimit(i));
            // As in the CSV: a point with no value has no class.
            p.put("point", Double.isNaN(value) ? null : a.pointClass(i).id());
            p.set("rules", ruleIds(a.rules(i)));
            p.put("phase", a.phase(i));
            number(p, "lower_two_sigma", a.lowerTwoSigma(i));
            number(p, "upper_two_sigma", a.upperTwoSigma(i));
            number(p, "sigma", a.sigma(i));
            p.put("ghost", s.isGhost(i));
            p.put("gap", s.isGap(i));
            p.set("target", number(a.target(i)));
            p.put("annotation", s.annotation(i).orElse(null));
            Subgroup g = s.subgroup(i).orElse(null);
            if (ratios) {
                number(p, "numerator", s.numerator(i));
                number(p, "denominator", s.denominator(i));
            }
            if (subgroups) {
                p.set("subgroup_size", g == null ? NODES.nullNode() : NODES.numberNode(g.size()));
            }
            number(p, "input_value", s.value(i));
            p.set("input_target", number(s.target(i)));
            p.put("rebase", s.isRebase(i));
            if (subgroups) {
                number(p, "subgroup_mean", g == null ? Double.NaN : g.mean());
                number(p, "subgroup_sd", g == null ? Double.NaN : g.standardDeviation());
                number(p, "subgroup_range", g == null ? Double.NaN : g.range());
            }
            number(p, "lower_one_sigma", a.lowerOneSigma(i));
            number(p, "upper_one_sigma", a.upperOneSigma(i));
            p.put("judged", a.isJudged(i));
            if (a.chart() == ChartType.CUSUM) {
                number(p, "cusum_upper", a.cusumUpper(i));
                number(p, "cusum_lower", a.cusumLower(i));
            } else if (a.chart() == ChartType.EWMA) {
                number(p, "ewma", a.ewma(i));
            }
            s.label(i).ifPresent(label -> p.put("label", label));
            number(p, "lower_limit_bounded", a.boundedLowerLimit(i));
            number(p, "upper_limit_bounded", a.boundedUpperLimit(i));
        }
        return points;
    }

    static ArrayNode phases(Analysis a) {
        ArrayNode phases = NODES.arrayNode();
        for (Phase ph : a.phases()) {
            ObjectNode o = phases.addObject();
            o.put("number", ph.number());
            o.put("first", ph.first());
            o.put("last", ph.last());
            o.put("first_date", date(a, ph.first()));
            o.put("last_date", date(a, ph.last()));
            o.put("points", ph.points());
            number(o, "centre", ph.centre());
            number(o, "sigma", ph.sigma());
            number(o, "lower_limit", ph.lowerLimit());
            number(o, "upper_limit", ph.upperLimit());
            number(o, "lower_two_sigma", ph.lowerTwoSigma());
            number(o, "upper_two_sigma", ph.upperTwoSigma());
            number(o, "average_moving_range", ph.averageMovingRange());
            o.set("moving_ranges", ph.movingRanges() < 0 ? NODES.nullNode() : NODES.numberNode(ph.movingRanges()));
        }
        return phases;
    }

    static ArrayNode signals(Analysis a) {
        ArrayNode signals = NODES.arrayNode();
        for (Signal sig : a.signals()) {
            ObjectNode o = signals.addObject();
            o.put("rule", sig.rule().id());
            o.put("side", sig.side().name().toLowerCase(Locale.ROOT));
            o.put("first", sig.first());
            o.put("last", sig.last());
            o.put("first_date", date(a, sig.first()));
            o.put("last_date", date(a, sig.last()));
            o.put("length", sig.length());
        }
        return signals;
    }

    /** The fields of the {@code summary} CSV columns but the metric, with the same values. */
    static ObjectNode summary(Analysis a) {
        ObjectNode o = NODES.objectNode();
        OptionalInt latest = a.latestIndex();
        int i = latest.orElse(-1);
        o.put("points", a.pointCount());
        o.put("latest_date", i < 0 ? null : a.date(i).toString());
        number(o, "latest_value", i < 0 ? Double.NaN : a.value(i));
        number(o, "centre", i < 0 ? Double.NaN : a.centre(i));
        number(o, "lower_limit", i < 0 ? Double.NaN : a.lowerLimit(i));
        number(o, "upper_limit", i < 0 ? Double.NaN : a.upperLimit(i));
        o.set("target", number(i < 0 ? a.spec().target() : a.target(i)));
        o.put("variation", a.variation().id());
        o.put("assurance", a.assurance().id());
        o.put("direction", a.spec().direction().id());
        o.put("chart", a.chart().id());
        o.put("phases", a.phases().size());
        o.put("latest_point", i < 0 ? null : a.pointClass(i).id());
        o.set("latest_rules", i < 0 ? NODES.nullNode() : ruleIds(a.rules(i)));
        o.put("explanation", a.explanation());
        RunStatistics runs = a.runStatistics();
        o.put("useful_points", runs.usefulPoints());
        o.put("longest_run", runs.longestRun());
        o.put("longest_run_limit", runs.longestRunLimit());
        o.put("crossings", runs.crossings());
        o.put("crossings_minimum", runs.crossingsMinimum());
        number(o, "lower_limit_bounded", i < 0 ? Double.NaN : a.boundedLowerLimit(i));
        number(o, "upper_limit_bounded", i < 0 ? Double.NaN : a.boundedUpperLimit(i));
        return o;
    }

    private static ArrayNode ruleIds(Set<RuleId> rules) {
        ArrayNode ids = NODES.arrayNode(rules.size());
        rules.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** The date of point i, or null for an index outside the series (a phase of an empty series). */
    private static String date(Analysis a, int i) {
        return i >= 0 && i < a.size() ? a.date(i).toString() : null;
    }

    private static void number(ObjectNode o, String field, double x) {
        o.set(field, number(x));
    }

    /** A number, null for NaN; JSON has no infinities, so one is refused. */
    static JsonNode number(double x) {
        if (Double.isNaN(x)) {
            return NODES.nullNode();
        }
        if (Double.isInfinite(x)) {
            throw new IllegalArgumentException("an analysis holds the number " + x + ", which JSON cannot hold");
        }
        return NODES.numberNode(x);
    }

    private static JsonNode number(OptionalDouble x) {
        return x.isPresent() ? number(x.getAsDouble()) : NODES.nullNode();
    }

    private static JsonNode integer(OptionalInt x) {
        return x.isPresent() ? NODES.numberNode(x.getAsInt()) : NODES.nullNode();
    }
}
