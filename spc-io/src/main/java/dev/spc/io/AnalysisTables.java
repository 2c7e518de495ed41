package dev.spc.io;

import dev.spc.core.Analysis;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.spec.ChartType;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Analyses back into tidy tables: one row per point, or one row per metric. The first columns are the
 * command line's contract (ARCHITECTURE.md); later columns may be added, never renamed. A line that does
 * not exist is a missing cell.
 */
public final class AnalysisTables {
    /** The contract's point columns, in order. */
    public static final List<String> POINT_COLUMNS = List.of("metric", "date", "value", "centre", "lower_limit",
            "upper_limit", "point", "rules", "phase", "lower_two_sigma", "upper_two_sigma", "sigma", "ghost", "gap",
            "target", "annotation");
    /** Point columns that follow when some series has numerators and denominators, or subgroups. */
    public static final List<String> POINT_INPUT_COLUMNS = List.of("numerator", "denominator", "subgroup_size");
    /**
     * The last point columns, and the last summary columns: the limits held inside the metric's bounds, as
     * charts draw them and explanations give them (the lower_limit and upper_limit columns keep the limits
     * as computed, which the rules and the assurance use).
     */
    public static final List<String> BOUNDED_COLUMNS = List.of("lower_limit_bounded", "upper_limit_bounded");
    /** Point columns that follow for CUSUM charts: the upper and lower sums, in sigmas. */
    public static final List<String> CUSUM_COLUMNS = List.of("cusum_upper", "cusum_lower");
    /** The point column that follows for EWMA charts: the smoothed value. */
    public static final List<String> EWMA_COLUMNS = List.of("ewma");
    /** The contract's summary columns, in order. */
    public static final List<String> SUMMARY_COLUMNS = List.of("metric", "points", "latest_date", "latest_value",
            "centre", "lower_limit", "upper_limit", "target", "variation", "assurance", "direction", "chart", "phases",
            "latest_point", "latest_rules", "explanation", "useful_points", "longest_run", "longest_run_limit",
            "crossings", "crossings_minimum", "lower_limit_bounded", "upper_limit_bounded");

    private AnalysisTables() {
    }

    /**
     * One row per point of every analysis, metrics in the given order, points in date order. When some
     * series has numerators and denominators, {@code numerator} and {@code denominator} columns follow; when
     * some has subgroups, a {@code subgroup_size} column; when some analysis is a CUSUM chart, the
     * {@code cusum_upper} and {@code cusum_lower} columns, when some is an EWMA chart, the {@code ewma} column.
     */
    public static Table points(List<Analysis> analyses) {
        boolean ratios = false;
        boolean subgroups = false;
        Set<ChartType> statistics = EnumSet.noneOf(ChartType.class);
        for (Analysis a : analyses) {
            ratios |= a.series().hasDenominators();
            subgroups |= a.series().hasSubgroups();
            if (a.chart().isSensitive()) {
                statistics.add(a.chart());
            }
        }
        return points(analyses, ratios, subgroups, statistics);
    }

    /**
     * One row per point of every analysis, with the {@code numerator} and {@code denominator} columns and
     * the {@code subgroup_size} column as asked (so that the tables of analyses written one at a time have
     * the same columns).
     */
    public static Table points(List<Analysis> analyses, boolean ratios, boolean subgroups) {
        return points(analyses, ratios, subgroups, Set.of());
    }

    /**
     * One row per point of every analysis, with the optional columns as asked and the statistics of the
     * charts named ({@code cusum_upper,cusum_lower} for {@link ChartType#CUSUM}, {@code ewma} for
     * {@link ChartType#EWMA}; missing cells where an analysis is not of that chart), as {@link AnalysisCsv}
     * writes them.
     */
    public static Table points(List<Analysis> analyses, boolean ratios, boolean subgroups, Set<ChartType> statistics) {
        boolean cusum = statistics.contains(ChartType.CUSUM);
        boolean ewma = statistics.contains(ChartType.EWMA);
        int rows = 0;
        for (Analysis a : analyses) {
            rows += a.size();
        }
        StringColumn metric = StringColumn.create("metric");
        DateColumn date = DateColumn.create("date");
        DoubleColumn value = DoubleColumn.create("value", rows);
        DoubleColumn centre = DoubleColumn.create("centre", rows);
        DoubleColumn lower = DoubleColumn.create("lower_limit", rows);
        DoubleColumn upper = DoubleColumn.create("upper_limit", rows);
        StringColumn point = StringColumn.create("point");
        StringColumn rules = StringColumn.create("rules");
        IntColumn phase = IntColumn.create("phase", rows);
        DoubleColumn lowerTwo = DoubleColumn.create("lower_two_sigma", rows);
        DoubleColumn upperTwo = DoubleColumn.create("upper_two_sigma", rows);
        DoubleColumn sigma = DoubleColumn.create("sigma", rows);
        BooleanColumn ghost = BooleanColumn.create("ghost");
        BooleanColumn gap = BooleanColumn.create("gap");
        DoubleColumn target = DoubleColumn.create("target", rows);
        StringColumn annotation = StringColumn.create("annotation");
        DoubleColumn numerator = DoubleColumn.create("numerator", ratios ? rows : 0);
        DoubleColumn denominator = DoubleColumn.create("denominator", ratios ? rows : 0);
        IntColumn subgroupSize = IntColumn.create("subgroup_size");
        DoubleColumn cusumUpper = DoubleColumn.create(CUSUM_COLUMNS.get(0), cusum ? rows : 0);
        DoubleColumn cusumLower = DoubleColumn.create(CUSUM_COLUMNS.get(1), cusum ? rows : 0);
        DoubleColumn ewmaValue = DoubleColumn.create(EWMA_COLUMNS.get(0), ewma ? rows : 0);
        DoubleColumn lowerBounded = DoubleColumn.create(BOUNDED_COLUMNS.get(0), rows);
        DoubleColumn upperBounded = DoubleColumn.create(BOUNDED_COLUMNS.get(1), rows);
        int r = 0;
        for (Analysis a : analyses) {
            for (int i = 0; i < a.size(); i++, r++) {
                boolean isGap = Double.isNaN(a.value(i));
                metric.append(a.metric());
                date.append(a.date(i));
                value.set(r, a.value(i));
                centre.set(r, a.centre(i));
                lower.set(r, a.lowerLimit(i));
                upper.set(r, a.upperLimit(i));
                lowerBounded.set(r, a.boundedLowerLimit(i));
                upperBounded.set(r, a.boundedUpperLimit(i));
                point.append(isGap ? "" : a.pointClass(i).id());
                rules.append(ruleIds(a.rules(i)));
                phase.set(r, a.phase(i));
                lowerTwo.set(r, a.lowerTwoSigma(i));
                upperTwo.set(r, a.upperTwoSigma(i));
                sigma.set(r, a.sigma(i));
                ghost.append(a.series().isGhost(i));
                gap.append(a.series().isGap(i));
                target.set(r, a.target(i).orElse(Double.NaN));
                annotation.append(a.series().annotation(i).orElse(""));
                if (ratios) {
                    numerator.set(r, a.series().numerator(i));
                    denominator.set(r, a.series().denominator(i));
                }
                if (subgroups) {
                    a.series().subgroup(i).ifPresentOrElse(g -> subgroupSize.append(g.size()), subgroupSize::appendMissing);
                }
                if (cusum) {
                    cusumUpper.set(r, a.cusumUpper(i));
                    cusumLower.set(r, a.cusumLower(i));
                }
                if (ewma) {
                    ewmaValue.set(r, a.ewma(i));
                }
            }
        }
        Table t = Table.create("points", metric, date, value, centre, lower, upper, point, rules, phase, lowerTwo,
                upperTwo, sigma, ghost, gap, target, annotation);
        if (ratios) {
            t.addColumns(numerator, denominator);
        }
        if (subgroups) {
            t.addColumns(subgroupSize);
        }
        if (cusum) {
            t.addColumns(cusumUpper, cusumLower);
        }
        if (ewma) {
            t.addColumns(ewmaValue);
        }
        t.addColumns(lowerBounded, upperBounded);
        return t;
    }

    /** One row per analysis: the latest point, its phase's lines, the icons and the explanation. */
    public static Table summary(List<Analysis> analyses) {
        int rows = analyses.size();
        StringColumn metric = StringColumn.create("metric");
        IntColumn points = IntColumn.create("points", rows);
        DateColumn latestDate = DateColumn.create("latest_date");
        DoubleColumn latestValue = DoubleColumn.create("latest_value", rows);
        DoubleColumn centre = DoubleColumn.create("centre", rows);
        DoubleColumn lower = DoubleColumn.create("lower_limit", rows);
        DoubleColumn upper = DoubleColumn.create("upper_limit", rows);
        DoubleColumn target = DoubleColumn.create("target", rows);
        StringColumn variation = StringColumn.create("variation");
        StringColumn assurance = StringColumn.create("assurance");
        StringColumn direction = StringColumn.create("direction");
        StringColumn chart = StringColumn.create("chart");
        IntColumn phases = IntColumn.create("phases", rows);
        StringColumn latestPoint = StringColumn.create("latest_point");
        StringColumn latestRules = StringColumn.create("latest_rules");
        StringColumn explanation = StringColumn.create("explanation");
        IntColumn useful = IntColumn.create("useful_points", rows);
        IntColumn longest = IntColumn.create("longest_run", rows);
        IntColumn longestLimit = IntColumn.create("longest_run_limit", rows);
        IntColumn crossings = IntColumn.create("crossings", rows);
        IntColumn crossingsMinimum = IntColumn.create("crossings_minimum", rows);
        DoubleColumn lowerBounded = DoubleColumn.create(BOUNDED_COLUMNS.get(0), rows);
        DoubleColumn upperBounded = DoubleColumn.create(BOUNDED_COLUMNS.get(1), rows);
        for (int r = 0; r < rows; r++) {
            Analysis a = analyses.get(r);
            OptionalInt latest = a.latestIndex();
            metric.append(a.metric());
            points.set(r, a.pointCount());
            if (latest.isPresent()) {
                int i = latest.getAsInt();
                latestDate.append(a.date(i));
                latestValue.set(r, a.value(i));
                centre.set(r, a.centre(i));
                lower.set(r, a.lowerLimit(i));
                upper.set(r, a.upperLimit(i));
                lowerBounded.set(r, a.boundedLowerLimit(i));
                upperBounded.set(r, a.boundedUpperLimit(i));
                OptionalDouble t = a.target(i);
                target.set(r, t.orElse(Double.NaN));
                latestPoint.append(a.pointClass(i).id());
                latestRules.append(ruleIds(a.rules(i)));
            } else {
                latestDate.appendMissing();
                latestValue.set(r, Double.NaN);
                centre.set(r, Double.NaN);
                lower.set(r, Double.NaN);
                upper.set(r, Double.NaN);
                lowerBounded.set(r, Double.NaN);
                upperBounded.set(r, Double.NaN);
                target.set(r, a.spec().target().orElse(Double.NaN));
                latestPoint.append("");
                latestRules.append("");
            }
            variation.append(a.variation().id());
            assurance.append(a.assurance().id());
            direction.append(a.spec().direction().id());
            chart.append(a.chart().id());
            phases.set(r, a.phases().size());
            explanation.append(a.explanation());
            RunStatistics runs = a.runStatistics();
            useful.set(r, runs.usefulPoints());
            longest.set(r, runs.longestRun());
            longestLimit.set(r, runs.longestRunLimit());
            crossings.set(r, runs.crossings());
            crossingsMinimum.set(r, runs.crossingsMinimum());
        }
        return Table.create("summary", metric, points, latestDate, latestValue, centre, lower, upper, target, variation,
                assurance, direction, chart, phases, latestPoint, latestRules, explanation, useful, longest,
                longestLimit, crossings, crossingsMinimum, lowerBounded, upperBounded);
    }

    /** Rule ids joined with ';', in rule order. */
    public static String ruleIds(Set<RuleId> rules) {
        if (rules.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (RuleId r : rules) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(r.id());
        }
        return sb.toString();
    }
}
