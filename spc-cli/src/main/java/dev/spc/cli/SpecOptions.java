package dev.spc.cli;

import dev.spc.core.ChartSpec;
import dev.spc.core.ChartType;
import dev.spc.core.ConflictResolution;
import dev.spc.core.Direction;
import dev.spc.core.GLimits;
import dev.spc.core.GapPolicy;
import dev.spc.core.MovingRangeScreening;
import dev.spc.core.RuleScope;
import dev.spc.core.RuleSet;
import dev.spc.core.TwoOfThreeCounting;
import dev.spc.core.XmrLimits;
import dev.spc.io.DataException;
import dev.spc.io.DateReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The analysis settings every metric starts from; a settings file overrides them per metric. */
final class SpecOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--chart", paramLabel = "CHART", converter = ChartConverter.class,
            description = "The chart: xmr (individuals, the Making Data Count default); run (median, Anhøj rules); "
                    + "mr (moving ranges); p, np, u, pp, up (from numerator and denominator columns: proportions, "
                    + "counts out of a constant n, rates, and Laney's P' and U' for large denominators); c (counts); "
                    + "xbar-r, xbar-s, r, s (subgroups: several rows per date, or mean/sd/subgroup columns); "
                    + "g, t (days between rare events, or a list of event dates); auto (chosen from the columns, "
                    + "and said). Default: xmr.")
    ChartType chart = ChartType.XMR;

    @Option(names = "--direction", paramLabel = "DIRECTION", converter = DirectionConverter.class,
            description = "Which way is improvement: increase, decrease or neither. Default: neither "
                    + "(special causes are shown as neither improvement nor concern, and no assurance is given).")
    Direction direction = Direction.NEITHER;

    @Option(names = "--target", paramLabel = "NUMBER",
            description = "A target for every metric, for the assurance icon.")
    Double target;

    @Option(names = "--baseline", paramLabel = "N",
            description = "Compute the limits from the first N points and extend them over the rest "
                    + "(overrides recalculations).")
    Integer baseline;

    @Option(names = "--recalculate-from", paramLabel = "DATE", split = "[,;]",
            description = "Start a new phase, with its own limits, at the first point on or after each DATE "
                    + "(2024-04-01, 01/04/2024, or in the --date-format); several dates may be separated by commas.")
    List<String> recalculateFrom = List.of();

    /** The recalculation dates, read in the data's date format (detected when it is null). */
    private List<LocalDate> recalculationDates(String datePattern, Consumer<String> notices) {
        if (recalculateFrom.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String d : recalculateFrom) {
            values.put(d.trim(), 0);
        }
        try {
            DateReader reader = DateReader.of(values, datePattern, "--recalculate-from", null);
            if (reader.notice() != null) {
                notices.accept(reader.notice());
            }
            List<LocalDate> parsed = new ArrayList<>();
            for (String d : values.keySet()) {
                parsed.add(reader.date(d));
            }
            return parsed;
        } catch (DataException e) {
            throw new ParameterException(spec.commandLine(), "--recalculate-from: " + e.problem());
        }
    }

    @Option(names = "--min-points", paramLabel = "N",
            description = "The fewest points for which process limits, rules and icons are given. Default: 13.")
    int minimumPoints = ChartSpec.DEFAULT_MINIMUM_POINTS;

    @Option(names = "--rules", paramLabel = "SET", split = ",", converter = RuleSetConverter.class,
            description = "The special-cause rule sets, comma separated: mdc (astronomical point, shift, trend, two "
                    + "of three), anhoej (unusually long run, too few crossings), ihi (run-chart shift, trend, runs), "
                    + "we (Western Electric 1-4), nelson (Nelson tests 1-8). Default: mdc for control charts, anhoej "
                    + "for run charts.")
    List<RuleSet> rules = List.of();

    @Option(names = "--nelson-k", paramLabel = "TEST=K", split = ",",
            description = "Nelson's K for a test, such as 2=7 (7 in a row on one side). Defaults: 1=3 (sigmas), "
                    + "2=9, 3=6, 4=14, 5=2 (of 3), 6=4 (of 5), 7=15, 8=8.")
    Map<Integer, Integer> nelsonK = new LinkedHashMap<>();

    @Option(names = "--g-limits", paramLabel = "KIND", converter = GLimitsConverter.class,
            description = "G chart limits: sigma (mean -+ 3 sqrt(mean (mean + 1)), as qicharts2) or probability "
                    + "(geometric quantiles). Default: sigma.")
    GLimits gLimits = GLimits.SIGMA;

    @Option(names = "--shift", paramLabel = "N",
            description = "Points in a row on one side of the mean that make a shift. Default: 6 (MDC); 7 or 8 in older guidance.")
    int shift = ChartSpec.DEFAULT_SHIFT;

    @Option(names = "--trend", paramLabel = "N",
            description = "Points in a row each rising or each falling that make a trend. Default: 6.")
    int trend = ChartSpec.DEFAULT_TREND;

    @Option(names = "--xmr-limits", paramLabel = "CONVENTION", converter = XmrLimitsConverter.class,
            description = "mdc: mean -+ 2.66 x average moving range (the Making Data Count tools); sigma: "
                    + "sigma = AMR / 1.128, mean -+ 3 sigma (qicharts2, the Power BI visual). Default: mdc.")
    XmrLimits xmrLimits = XmrLimits.MDC;

    @Option(names = "--screen-moving-ranges",
            description = "Leave out moving ranges of 3.267 x the average or more before estimating the limits "
                    + "(as NHSRplotthedots and qicharts2 do).")
    boolean screenMovingRanges;

    @Option(names = "--two-of-three-beyond-limits",
            description = "Count points beyond the process limits in the two-of-three rule (as the NHSE SQL v2.6 does).")
    boolean twoOfThreeBeyondLimits;

    @Option(names = "--stop-rules-at-recalculations",
            description = "Judge each phase on its own: runs, trends and two-of-three do not cross a recalculation "
                    + "(as NHSRplotthedots does).")
    boolean stopRulesAtRecalculations;

    @Option(names = "--conflict", paramLabel = "WINNER",
            description = "The class of a point flagged both ways (possible through a trend): improvement or "
                    + "concern. Default: improvement (as the MDC Excel tool).")
    ConflictWinner conflict = ConflictWinner.improvement;

    @Option(names = "--bridge-gaps",
            description = "Let a moving range span a missing value, pairing the points either side of it.")
    boolean bridgeGaps;

    @Option(names = "--unit", paramLabel = "UNIT",
            description = "A unit to show after values in explanations, such as %%.")
    String unit = "";

    enum ConflictWinner { improvement, concern }

    /**
     * The spec every metric starts from.
     *
     * @param datePattern the data's date format, or null when it is detected
     * @param notices where notices about the recalculation dates go
     */
    ChartSpec defaults(String datePattern, Consumer<String> notices) {
        List<LocalDate> dates = recalculationDates(datePattern, notices);
        // Options for rules that are not chosen do nothing: say so rather than let them pass unnoticed.
        if (!rules.isEmpty() && !nelsonK.isEmpty() && !rules.contains(RuleSet.NELSON)) {
            notices.accept("--nelson-k has no effect: --rules does not choose nelson");
        }
        boolean shiftOrTrend = shift != ChartSpec.DEFAULT_SHIFT || trend != ChartSpec.DEFAULT_TREND;
        if (!rules.isEmpty() && shiftOrTrend && !rules.contains(RuleSet.MDC)) {
            notices.accept("--shift and --trend set the MDC rules, and --rules does not choose mdc");
        }
        try {
            ChartSpec.Builder b = ChartSpec.builder()
                    .chart(chart)
                    .direction(direction)
                    .recalculateFrom(dates)
                    .minimumPoints(minimumPoints)
                    .shiftLength(shift)
                    .trendLength(trend)
                    .xmrLimits(xmrLimits)
                    .screening(screenMovingRanges ? MovingRangeScreening.SCREEN : MovingRangeScreening.OFF)
                    .twoOfThree(twoOfThreeBeyondLimits ? TwoOfThreeCounting.INCLUDING_BEYOND_LIMITS
                            : TwoOfThreeCounting.WITHIN_LIMITS)
                    .ruleScope(stopRulesAtRecalculations ? RuleScope.WITHIN_PHASE : RuleScope.ACROSS_RECALCULATIONS)
                    .conflict(conflict == ConflictWinner.improvement ? ConflictResolution.IMPROVEMENT_WINS
                            : ConflictResolution.CONCERN_WINS)
                    .gaps(bridgeGaps ? GapPolicy.BRIDGE : GapPolicy.BREAK_MOVING_RANGES)
                    .unit(unit)
                    .rules(rules.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(rules))
                    .gLimits(gLimits);
            for (Map.Entry<Integer, Integer> k : nelsonK.entrySet()) {
                b.nelsonK(k.getKey(), k.getValue());
            }
            if (target != null) {
                b.target(target);
            }
            if (baseline != null) {
                b.baselinePoints(baseline);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static final class ChartConverter implements ITypeConverter<ChartType> {
        @Override
        public ChartType convert(String value) {
            return ChartType.parse(value);
        }
    }

    static final class RuleSetConverter implements ITypeConverter<RuleSet> {
        @Override
        public RuleSet convert(String value) {
            return RuleSet.parse(value);
        }
    }

    static final class GLimitsConverter implements ITypeConverter<GLimits> {
        @Override
        public GLimits convert(String value) {
            return byId(value, GLimits.values(), GLimits::id);
        }
    }

    static final class DirectionConverter implements ITypeConverter<Direction> {
        @Override
        public Direction convert(String value) {
            return Direction.parse(value);
        }
    }

    static final class XmrLimitsConverter implements ITypeConverter<XmrLimits> {
        @Override
        public XmrLimits convert(String value) {
            return byId(value, XmrLimits.values(), XmrLimits::id);
        }
    }

    /** The constant whose id the value is (ignoring case), or an error naming the ids: "'x' is not a or b". */
    static <E> E byId(String value, E[] values, java.util.function.Function<E, String> id) {
        List<String> ids = new ArrayList<>();
        for (E e : values) {
            if (id.apply(e).equalsIgnoreCase(value.trim())) {
                return e;
            }
            ids.add(id.apply(e));
        }
        throw new IllegalArgumentException("'" + value + "' is not " + String.join(" or ", ids));
    }
}
