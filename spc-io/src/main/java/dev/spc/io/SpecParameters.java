package dev.spc.io;

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
import dev.spc.core.spec.RuleParameters;
import dev.spc.core.spec.RuleScope;
import dev.spc.core.spec.RuleSet;
import dev.spc.core.spec.TwoOfThreeCounting;
import dev.spc.core.spec.XmrLimits;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of a chart spec's parameters as people give them: for each {@link Parameter}, its column in
 * a settings file (the parameter's id), its command-line option, the help for it, how its text reads and how
 * it sets a {@link ChartSpec}. The command line declares its options from this table and a settings file is
 * read by it, so a new parameter is one row here, with its reading and setting in the two switches below.
 */
public final class SpecParameters {
    /** Reads the dates of a parameter (the recalculations), in the format the data use. */
    @FunctionalInterface
    public interface Dates {
        /** The dates the texts stand for. */
        List<LocalDate> read(List<String> texts);
    }

    /**
     * One parameter: where it is given, and how its text becomes part of a spec.
     *
     * @param <T> the type of the parameter's value
     */
    public static final class Entry<T> {
        private final Parameter parameter;
        private final String option;
        private final String label;
        private final T flagValue;
        private final boolean list;
        private final String description;

        private Entry(Parameter parameter, String option, String label, T flagValue, boolean list, String description) {
            this.parameter = parameter;
            this.option = option;
            this.label = label;
            this.flagValue = flagValue;
            this.list = list;
            this.description = description;
        }

        /** The parameter. */
        public Parameter parameter() {
            return parameter;
        }

        /** Its column in a settings file: the parameter's id, such as {@code baseline_points}. */
        public String column() {
            return parameter.id();
        }

        /** Its command-line option, such as {@code --baseline}. */
        public String option() {
            return option;
        }

        /** The placeholder for its value in help, such as {@code N}; empty for an option that is a flag. */
        public String label() {
            return label;
        }

        /** True when the option is a flag, which sets {@link #flagValue} and takes no value. */
        public boolean isFlag() {
            return flagValue != null;
        }

        /** True when the parameter takes several values (a list in one cell, or a comma-separated option). */
        public boolean isList() {
            return list;
        }

        /** The help for the person at a terminal. */
        public String description() {
            return description;
        }

        /**
         * Sets the parameter on a builder from its text: one value, or the values of a list.
         *
         * @throws InvalidParameterException (or IllegalArgumentException for a number) when a text cannot
         *     be read, in words that name no option or column
         */
        public void apply(ChartSpec.Builder builder, List<String> texts, Dates dates) {
            set(builder, parameter, read(parameter, texts, dates));
        }

        /** Sets the flag's value on a builder. */
        public void applyFlag(ChartSpec.Builder builder) {
            set(builder, parameter, Objects.requireNonNull(flagValue, "not a flag"));
        }

        /** Reads the text to check it, without setting anything. */
        public void check(List<String> texts, Dates dates) {
            read(parameter, texts, dates);
        }
    }

    /*
     * How each parameter's text reads and how its value sets a spec are the two switches below the table, rather
     * than two functions in each row: making the rows' 47 lambdas and method references took every run of every
     * command several milliseconds. The compiler checks that each switch covers every parameter.
     */

    private static <T> Entry<T> value(Parameter p, String option, String label, String description) {
        return new Entry<>(p, option, label, null, false, description);
    }

    private static <T> Entry<T> flag(Parameter p, String option, T flagValue, String description) {
        return new Entry<>(p, option, "", flagValue, false, description);
    }

    private static <T> Entry<T> list(Parameter p, String option, String label, String description) {
        return new Entry<>(p, option, label, null, true, description);
    }

    /** Every parameter, in the order help lists them. */
    public static final List<Entry<?>> ALL = List.of(
            value(Parameter.CHART, "--chart", "CHART", "The chart: xmr (individuals, the Making Data Count default); "
                    + "run (median, Anhøj rules); mr (moving ranges); p, np, u, pp, up (from numerator and denominator "
                    + "columns: proportions, counts out of a constant n, rates, and Laney's P' and U' for large "
                    + "denominators); c (counts); xbar-r, xbar-s, r, s (subgroups: several rows per date, or "
                    + "mean/sd/subgroup columns); g, t (days between rare events, or a list of event dates); cusum, "
                    + "ewma (small sustained shifts: a tabular CUSUM, an EWMA); auto "
                    + "(chosen from the columns, and said). Default: xmr."),
            value(Parameter.DIRECTION, "--direction", "DIRECTION", "Which way is improvement: increase, decrease or "
                    + "neither. Default: neither (special causes are shown as neither improvement nor concern, and no "
                    + "assurance is given)."),
            value(Parameter.TARGET, "--target", "NUMBER", "A target for every metric, for the assurance icon."),
            value(Parameter.BASELINE_POINTS, "--baseline", "N", "Compute the limits from the first N points and "
                    + "extend them over the rest (overrides recalculations)."),
            list(Parameter.RECALCULATE_FROM, "--recalculate-from", "DATE", "Start a new phase, with its own limits, "
                    + "at the first point on or after each DATE (2024-04-01, 01/04/2024, or in the --date-format); "
                    + "several dates may be separated by commas."),
            value(Parameter.MINIMUM_POINTS, "--min-points", "N", "The fewest points for which process limits, rules "
                    + "and icons are given. Default: " + 13 + "."),
            list(Parameter.RULES, "--rules", "SET", "The special-cause rule sets, comma separated: mdc (astronomical "
                    + "point, shift, trend, two of three), anhoej (unusually long run, too few crossings), ihi "
                    + "(run-chart shift, trend, runs), we (Western Electric 1-4), nelson (Nelson tests 1-8). Default: "
                    + "mdc for control charts, anhoej for run charts."),
            list(Parameter.NELSON_K, "--nelson-k", "TEST=K", "Nelson's K for a test, such as 2=7 (7 in a row on one "
                    + "side). Defaults: 1=3 (sigmas), 2=9, 3=6, 4=14, 5=2 (of 3), 6=4 (of 5), 7=15, 8=8."),
            value(Parameter.G_LIMITS, "--g-limits", "KIND", "G chart limits: sigma (mean -+ 3 sqrt(mean (mean + 1)), "
                    + "as qicharts2), probability (geometric quantiles) or qcc (centre at the mean, sigma sqrt(mean "
                    + "(mean - 1)), geometric quantiles with p = 1 / mean, as qcc). Default: sigma."),
            value(Parameter.SHIFT, "--shift", "N", "Points in a row on one side of the mean that make a shift. "
                    + "Default: " + RuleParameters.DEFAULT_SHIFT + " (MDC); 7 or 8 in older guidance."),
            value(Parameter.TREND, "--trend", "N", "Points in a row each rising or each falling that make a trend. "
                    + "Default: " + RuleParameters.DEFAULT_TREND + "."),
            value(Parameter.XMR_LIMITS, "--xmr-limits", "CONVENTION", "mdc: mean -+ 2.66 x average moving range (the "
                    + "Making Data Count tools); sigma: sigma = AMR / 1.128, mean -+ 3 sigma (qicharts2, the Power BI "
                    + "visual). Default: mdc."),
            flag(Parameter.SCREENING, "--screen-moving-ranges", MovingRangeScreening.SCREEN, "Leave out moving ranges of "
                    + "3.267 x the average or more before estimating the limits (as NHSRplotthedots and qicharts2 "
                    + "do)."),
            flag(Parameter.TWO_OF_THREE, "--two-of-three-beyond-limits", TwoOfThreeCounting.INCLUDING_BEYOND_LIMITS,
                    "Count points beyond the process limits in the two-of-three rule (as the NHSE SQL v2.6 does)."),
            flag(Parameter.RULE_SCOPE, "--stop-rules-at-recalculations", RuleScope.WITHIN_PHASE, "Judge each phase on "
                    + "its own: runs, trends and two-of-three do not cross a recalculation (as NHSRplotthedots does)."),
            value(Parameter.CONFLICT, "--conflict", "WINNER", "The class of a point flagged both ways (possible through "
                    + "a trend): improvement or concern, or ranked (the highest-ranked rule decides: a point beyond a "
                    + "limit, then a trend, then two of three, then a shift, as NHSRplotthedots). Default: improvement "
                    + "(as the MDC Excel tool)."),
            flag(Parameter.GHOSTS_IN_RUNS, "--skip-ghosts-in-runs", GhostsInRuns.SKIPPED, "Leave ghosted (excluded) "
                    + "points out of runs analysis and every rule that looks at several points in a row (shift, trend, "
                    + "two of three...), which pass over them as over a gap; a ghosted point is still judged against "
                    + "the limits (as qicharts2 does). Default: a ghosted point takes part in every rule (as the MDC "
                    + "tools)."),
            flag(Parameter.GAPS, "--bridge-gaps", GapPolicy.BRIDGE, "Let a moving range span a missing value, pairing "
                    + "the points either side of it."),
            value(Parameter.CUSUM_K, "--cusum-k", "K", "The CUSUM's reference value, in sigmas: half the shift it is "
                    + "tuned to catch. Default: 0.5 (a shift of one sigma), as qcc."),
            value(Parameter.CUSUM_H, "--cusum-h", "H[,H_LOWER]", "The CUSUM's decision interval, in sigmas: a sum beyond "
                    + "-+ H signals. Default: 5, as qcc. For ra-cusum, H (and H_LOWER for the lower CUSUM, when it differs) "
                    + "on the log-likelihood scale; default: found by simulation for --ra-arl."),
            flag(Parameter.CUSUM_FIR, "--cusum-fir", FastInitialResponse.ON, "Fast initial response: start the CUSUM's "
                    + "sums at -+ H/2, so that a process already off target signals sooner."),
            value(Parameter.EWMA_LAMBDA, "--ewma-lambda", "LAMBDA", "The EWMA's weight on the newest value, above 0 and "
                    + "at most 1 (smaller catches smaller shifts). Default: 0.2, as qcc."),
            value(Parameter.EWMA_L, "--ewma-l", "L", "The width of the EWMA's limits, in its own sigmas. Default: 3, "
                    + "as qcc."));

    /** What a parameter's text stands for; one value is read from the first text, trimmed. */
    private static Object read(Parameter p, List<String> texts, Dates dates) {
        return switch (p) {
            case CHART -> ChartType.parse(first(texts));
            case DIRECTION -> Direction.parse(first(texts));
            case TARGET, CUSUM_K, EWMA_LAMBDA, EWMA_L -> number(first(texts));
            case BASELINE_POINTS, MINIMUM_POINTS, SHIFT, TREND -> wholeNumber(first(texts));
            case RECALCULATE_FROM -> dates.read(texts);
            case RULES -> ruleSets(texts);
            case NELSON_K -> nelsonK(texts);
            case G_LIMITS -> GLimits.parse(first(texts));
            case XMR_LIMITS -> XmrLimits.parse(first(texts));
            case SCREENING -> MovingRangeScreening.parse(first(texts));
            case TWO_OF_THREE -> TwoOfThreeCounting.parse(first(texts));
            case RULE_SCOPE -> RuleScope.parse(first(texts));
            case CONFLICT -> ConflictResolution.parse(first(texts));
            case GHOSTS_IN_RUNS -> GhostsInRuns.parse(first(texts));
            case GAPS -> GapPolicy.parse(first(texts));
            case CUSUM_H -> firstOfPair(first(texts));
            case CUSUM_FIR -> FastInitialResponse.parse(first(texts));
        };
    }

    private static String first(List<String> texts) {
        return texts.get(0).trim();
    }

    /** Sets a parameter's value, as {@link #read} gives it, on a builder. */
    @SuppressWarnings("unchecked")
    private static ChartSpec.Builder set(ChartSpec.Builder b, Parameter p, Object value) {
        return switch (p) {
            case CHART -> b.chart((ChartType) value);
            case DIRECTION -> b.direction((Direction) value);
            case TARGET -> b.target((Double) value);
            case BASELINE_POINTS -> b.baselinePoints((Integer) value);
            case RECALCULATE_FROM -> b.recalculateFrom((List<LocalDate>) value);
            case MINIMUM_POINTS -> b.minimumPoints((Integer) value);
            case RULES -> b.rules((Set<RuleSet>) value);
            case NELSON_K -> {
                for (Map.Entry<Integer, Integer> k : ((Map<Integer, Integer>) value).entrySet()) {
                    b.nelsonK(k.getKey(), k.getValue());
                }
                yield b;
            }
            case G_LIMITS -> b.gLimits((GLimits) value);
            case SHIFT -> b.shiftLength((Integer) value);
            case TREND -> b.trendLength((Integer) value);
            case XMR_LIMITS -> b.xmrLimits((XmrLimits) value);
            case SCREENING -> b.screening((MovingRangeScreening) value);
            case TWO_OF_THREE -> b.twoOfThree((TwoOfThreeCounting) value);
            case RULE_SCOPE -> b.ruleScope((RuleScope) value);
            case CONFLICT -> b.conflict((ConflictResolution) value);
            case GHOSTS_IN_RUNS -> b.ghostsInRuns((GhostsInRuns) value);
            case GAPS -> b.gaps((GapPolicy) value);
            case CUSUM_K -> b.cusumK((Double) value);
            case CUSUM_H -> b.cusumH((Double) value);
            case CUSUM_FIR -> b.fastInitialResponse((FastInitialResponse) value);
            case EWMA_LAMBDA -> b.ewmaLambda((Double) value);
            case EWMA_L -> b.ewmaL((Double) value);
        };
    }

    private static final Map<Parameter, Entry<?>> BY_PARAMETER = new EnumMap<>(Parameter.class);

    static {
        for (Entry<?> e : ALL) {
            BY_PARAMETER.put(e.parameter(), e);
        }
        if (!BY_PARAMETER.keySet().equals(EnumSet.allOf(Parameter.class))) {
            throw new AssertionError("a parameter has no row: " + EnumSet.complementOf(EnumSet.copyOf(BY_PARAMETER.keySet())));
        }
    }

    private SpecParameters() {
    }

    /** The row of a parameter. */
    public static Entry<?> of(Parameter parameter) {
        return BY_PARAMETER.get(parameter);
    }

    /** The row whose settings column is the given name (ignoring case), if any. */
    public static Optional<Entry<?>> byColumn(String column) {
        String c = column.trim().toLowerCase(java.util.Locale.ROOT);
        for (Entry<?> e : ALL) {
            if (e.column().equals(c)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** A finite number, such as 95 or 0.875. */
    static double number(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v) && Cells.isPlainNumber(text.trim())) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + text + "' is not a number");
    }

    /** A number, or two separated by a comma (H,H_LOWER), of which the first. */
    static double firstOfPair(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("'" + text + "' is not a number or two numbers separated by a comma");
        }
        for (String part : parts) {
            if (!(number(part) > 0)) {
                throw new IllegalArgumentException("h must be above 0, not " + part.trim());
            }
        }
        return number(parts[0]);
    }

    /** A whole number. */
    static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    private static Set<RuleSet> ruleSets(List<String> texts) {
        Set<RuleSet> sets = EnumSet.noneOf(RuleSet.class);
        for (String t : texts) {
            if (!t.isBlank()) {
                sets.add(RuleSet.parse(t));
            }
        }
        return sets;
    }

    /** Nelson's K as TEST=K pairs, such as 2=7. */
    private static Map<Integer, Integer> nelsonK(List<String> texts) {
        Map<Integer, Integer> ks = new java.util.LinkedHashMap<>();
        for (String t : texts) {
            if (t.isBlank()) {
                continue;
            }
            String[] parts = t.trim().split("=", -1);
            try {
                if (parts.length == 2) {
                    ks.put(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
                    continue;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new InvalidParameterException(Parameter.NELSON_K, t, "'" + t + "' is not TEST=K, such as 2=7");
        }
        return ks;
    }
}
