package dev.spc.core;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.result.Side;
import dev.spc.core.result.Signal;
import dev.spc.core.rules.Findings;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.RuleSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The plain-English account of a metric's latest state: what kind of variation its latest point shows
 * and why, and what the target's place against the process limits means (docs/methods.md, section 4).
 * The last step of the method, taken when the explanation is first asked for.
 */
final class Explanation {
    private final Analysis a;
    private final Formats formats;

    private Explanation(Analysis a, Formats formats) {
        this.a = a;
        this.formats = formats;
    }

    /** The explanation of an analysis, its numbers and dates written by the formats. */
    static String of(Analysis a, Formats formats) {
        return new Explanation(a, formats).text();
    }

    private String text() {
        if (a.latestIndex().isEmpty()) {
            for (int i = 0; i < a.size(); i++) {
                if (!a.series().isGap(i)) {
                    return a.chart() == ChartType.MR
                            ? "There is nothing to plot yet: a moving range needs two values in a row."
                            : "There is nothing to plot yet: no point has a value this chart can show.";
                }
            }
            return "There are no values yet, so there is nothing to judge.";
        }
        int i = a.latestIndex().getAsInt();
        StringBuilder sb = new StringBuilder();
        String latest = "The latest point (" + date(i) + ": " + value(a.value(i)) + ")";
        if (!a.isJudged(i)) {
            sb.append(latest).append(" cannot be judged: ").append(whyNoLimits(i))
                    .append(", so no special-cause rules or icons are given.");
            if (!Double.isNaN(a.centre(i))) {
                sb.append(" The ").append(centreName()).append(a.spec().phasing().baselinePoints().isPresent() ? " of the baseline is "
                        : " so far is ").append(line(a.centre(i))).append('.');
            }
            return sb.toString();
        }
        PointClass pointClass = a.pointClass(i);
        if (pointClass == PointClass.COMMON_CAUSE && !a.chart().hasLimits()) {
            RunStatistics r = a.runStatistics();
            sb.append(latest).append(" shows no sign of non-random variation: no rule flags it");
            if (a.spec().rules().ruleSetsFor(a.chart()).contains(RuleSet.ANHOEJ)) {
                sb.append(". Of ").append(r.usefulPoints()).append(" points off the median (")
                        .append(line(a.centre(i))).append("), the longest run is ").append(r.longestRun())
                        .append(" (more than ").append(r.longestRunLimit()).append(" would be a signal) and the line "
                                + "is crossed ").append(times(r.crossings())).append(" (fewer than ")
                        .append(r.crossingsMinimum()).append(" would be a signal).");
            } else {
                sb.append(" (median ").append(line(a.centre(i))).append(").");
            }
        } else if (pointClass == PointClass.COMMON_CAUSE) {
            sb.append(latest).append(" shows common cause variation: no special-cause rule flags it, and values from ")
                    .append(formats.limit(a.boundedLowerLimit(i))).append(" to ").append(formats.limit(a.boundedUpperLimit(i)))
                    .append(" are to be expected from this process").append(varying()).append(" (")
                    .append(centreName()).append(' ').append(line(a.centre(i))).append(").");
        } else {
            sb.append(latest).append(" shows ").append(kind(pointClass)).append(": ");
            sb.append(String.join("; and ", reasons(i, pointClass))).append('.');
            conflict(i, pointClass, sb);
        }
        if (a.phase(i) > 1) {
            Phase current = a.phases().get(a.phase(i) - 1);
            sb.append(a.chart().hasLimits() ? " The limits were recalculated from " : " The median was recalculated from ")
                    .append(date(current.first())).append('.');
        }
        assurance(i, sb);
        return sb.toString();
    }

    /** Why point i has no limits: a short baseline, gaps that leave no moving range, or too few points. */
    private String whyNoLimits(int i) {
        Phase phase = a.phases().get(a.phase(i) - 1);
        int points = phase.points();
        int minimum = a.spec().limits().minimumPoints();
        if (a.spec().phasing().baselinePoints().isPresent()) {
            return "the baseline has " + count(points) + " and process limits need at least " + minimum;
        }
        if (points >= minimum && phase.movingRanges() == 0) {
            return "gaps leave no two consecutive points with values, so there is no moving range to estimate the "
                    + "variation from (bridging the gaps would pair the points either side of each)";
        }
        String has = a.phases().size() > 1 ? "the latest phase has " + count(points)
                : (points == 1 ? "there is " : "there are ") + count(points);
        return has + (a.chart().hasLimits() ? " and process limits need" : " and the run chart's rules need")
                + " at least " + minimum;
    }

    /** What the centre line is, in the words of the chart. */
    private String centreName() {
        return switch (a.chart()) {
            case RUN, G -> "median";
            case P, PP -> "overall proportion";
            case U, UP -> "overall rate";
            case NP, C -> "mean count";
            case XBAR_R, XBAR_S -> "grand mean";
            case R -> "mean range";
            case S -> "mean standard deviation";
            case MR -> "mean moving range";
            case T -> "centre line";
            default -> "mean";
        };
    }

    /** A note that the limits are the latest point's own, when they vary point by point. */
    private String varying() {
        if (!a.limitsVary()) {
            return "";
        }
        return a.chart().input() == ChartType.Input.SUBGROUPS ? " for a subgroup of this size"
                : " for this point's denominator";
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    private static String count(int points) {
        return points + (points == 1 ? " point" : " points");
    }

    private String kind(PointClass c) {
        return switch (c) {
            case IMPROVEMENT -> "special cause improvement";
            case CONCERN -> "special cause concern";
            case NEITHER -> a.spec().direction() == Direction.NEITHER
                    ? "special cause variation (with no improvement direction set, neither improvement nor concern)"
                    : "special cause variation that is neither improvement nor concern (the pattern has no side)";
            case COMMON_CAUSE -> "common cause variation";
        };
    }

    /** The side a class's signals lie on; null for neither (both sides count). */
    private Side sideOf(PointClass c) {
        Side improvement = a.spec().direction() == Direction.DECREASE ? Side.LOW : Side.HIGH;
        return switch (c) {
            case IMPROVEMENT -> improvement;
            case CONCERN -> improvement.opposite();
            default -> null;
        };
    }

    /**
     * The latest signal of each rule that flagged point i on the given side (any side for null), with the
     * signals that have no side when {@code sideless} is true.
     */
    private Map<RuleId, Signal> signalsAt(int i, Side side, boolean sideless) {
        Map<RuleId, Signal> byRule = new EnumMap<>(RuleId.class);
        for (Signal s : a.signals()) {
            boolean onSide = side == null || s.side() == side || sideless && s.side() == Side.NONE;
            if (s.first() <= i && i <= s.last() && onSide
                    && (a.flags(i) & Findings.bit(s.rule(), s.side())) != 0) {
                byRule.put(s.rule(), s);
            }
        }
        return byRule;
    }

    /** Why the latest point is flagged: the latest signal of each rule that flagged it on its class's side. */
    private List<String> reasons(int i, PointClass pointClass) {
        List<String> reasons = new ArrayList<>();
        for (Signal s : signalsAt(i, sideOf(pointClass), true).values()) {
            reasons.add(reason(i, s));
        }
        return reasons;
    }

    private String reason(int i, Signal s) {
        boolean high = s.side() == Side.HIGH;
        String since = date(s.first());
        String side = high ? "above" : "below";
        String upperOrLower = high ? "upper" : "lower";
        if (s.rule() == RuleId.ASTRONOMICAL && a.chart() == ChartType.CUSUM) {
            // The sums are in sigmas, so they are written as plain numbers, not in the metric's unit.
            return high ? "the upper CUSUM (" + sigmas(a.cusumUpper(i)) + " sigmas) lies above its decision "
                    + "interval of " + sigmas(a.upperLimit(i))
                    : "the lower CUSUM (" + sigmas(a.cusumLower(i)) + " sigmas) lies below its decision "
                    + "interval of " + sigmas(a.lowerLimit(i));
        }
        if (s.rule() == RuleId.ASTRONOMICAL && a.chart() == ChartType.EWMA) {
            return "the moving average (EWMA, " + line(a.ewma(i)) + ") lies " + side + " its " + upperOrLower
                    + " limit of " + line(high ? a.upperLimit(i) : a.lowerLimit(i));
        }
        return switch (s.rule()) {
            case ASTRONOMICAL, WE1 -> high
                    ? "it lies above the upper process limit of " + line(a.upperLimit(i))
                    : "it lies below the lower process limit of " + line(a.lowerLimit(i));
            case NELSON1 -> "it lies more than " + Formats.number(a.spec().rules().nelsonK(1)) + " sigma " + side
                    + " the " + centreName();
            case SHIFT, WE4, NELSON2 -> s.length() + " points in a row " + side + " the " + centreName() + " since "
                    + since;
            case IHI_SHIFT -> s.length() + " points " + side + " the " + centreName() + " since " + since
                    + " (points on the line not counted)";
            case TREND, IHI_TREND, NELSON3 -> "a run of " + s.length() + (high ? " rising" : " falling")
                    + " points since " + since;
            case TWO_OF_THREE -> s.length() + " of 3 points in a row lie close to the " + upperOrLower
                    + " process limit (beyond the two-sigma line)";
            case WE2 -> s.length() + " of 3 points in a row lie beyond the " + upperOrLower + " two-sigma line";
            case WE3 -> s.length() + " of 5 points in a row lie beyond the " + upperOrLower + " one-sigma line";
            case NELSON5 -> s.length() + " of " + (a.spec().rules().nelsonK(5) + 1) + " points in a row lie beyond the "
                    + upperOrLower + " two-sigma line";
            case NELSON6 -> s.length() + " of " + (a.spec().rules().nelsonK(6) + 1) + " points in a row lie beyond the "
                    + upperOrLower + " one-sigma line";
            case LONG_RUN -> "a run of " + s.length() + " points " + side + " the " + centreName() + " since " + since
                    + ", longer than chance allows (at most " + a.runStatistics().longestRunLimit() + " for "
                    + a.runStatistics().usefulPoints() + " points off the line)";
            case FEW_CROSSINGS -> "the points cross the " + centreName() + " only "
                    + times(a.runStatistics().crossings()) + " in this phase, fewer than the "
                    + a.runStatistics().crossingsMinimum() + " chance allows";
            case IHI_FEW_RUNS -> "there are too few runs about the " + centreName()
                    + " for chance (the Swed-Eisenhart test)";
            case IHI_MANY_RUNS -> "there are too many runs about the " + centreName()
                    + ": the points swap sides more often than chance would (the Swed-Eisenhart test)";
            case NELSON4 -> s.length() + " points in a row alternate up and down since " + since
                    + " (two sources taken in turn?)";
            case NELSON7 -> s.length() + " points in a row lie within one sigma of the " + centreName() + " since "
                    + since + " (limits too wide for the data: are sources mixed within subgroups?)";
            case NELSON8 -> s.length() + " points in a row lie more than one sigma from the " + centreName()
                    + ", on both sides, since " + since + " (a mixture of two processes?)";
        };
    }

    /** A point flagged both ways: say what the other side found and which side won. */
    private void conflict(int i, PointClass pointClass, StringBuilder sb) {
        Side side = sideOf(pointClass);
        if (side == null) {
            return;
        }
        Map<RuleId, Signal> other = signalsAt(i, side.opposite(), false);
        if (other.isEmpty()) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        for (Signal s : other.values()) {
            reasons.add(reason(i, s));
        }
        String otherKind = pointClass == PointClass.IMPROVEMENT ? "concern" : "improvement";
        sb.append(" It is also flagged as a ").append(otherKind).append(" (").append(String.join("; and ", reasons))
                .append("); ").append(pointClass == PointClass.IMPROVEMENT ? "improvement" : "concern")
                .append(" wins such a conflict.");
    }

    private void assurance(int i, StringBuilder sb) {
        OptionalDouble target = a.target(i);
        if (target.isEmpty()) {
            return;
        }
        String t = value(target.getAsDouble());
        if (!a.chart().hasLimits()) {
            sb.append(" A target of ").append(t).append(" is set, but a run chart has no process limits to assure it against.");
            return;
        }
        if (a.spec().direction() == Direction.NEITHER) {
            sb.append(" A target of ").append(t)
                    .append(" is set, but with no improvement direction there is no assurance icon.");
            return;
        }
        boolean increase = a.spec().direction() == Direction.INCREASE;
        String lower = formats.limit(a.boundedLowerLimit(i));
        String upper = formats.limit(a.boundedUpperLimit(i));
        double t0 = target.getAsDouble();
        AssuranceIcon icon = a.assurance();
        sb.append(" The target of ").append(t);
        switch (icon) {
            case PASS -> sb.append(increase ? where(t0, a.lowerLimit(i), "lower", lower)
                    : where(t0, a.upperLimit(i), "upper", upper))
                    .append(", so it will be met consistently unless the process changes.");
            case FAIL -> sb.append(increase ? where(t0, a.upperLimit(i), "upper", upper)
                    : where(t0, a.lowerLimit(i), "lower", lower))
                    .append(", so it will not be met consistently without a change to the process.");
            case HIT_AND_MISS -> sb.append(" lies between the process limits (").append(lower).append(" to ")
                    .append(upper).append("), so it will be met at some times and missed at others unless the process changes.");
            case NONE -> sb.append(" cannot be assessed.");
        }
    }

    private static String where(double target, double limit, String which, String limitText) {
        String relation = target > limit ? " lies above" : target < limit ? " lies below" : " equals";
        return relation + " the " + which + " process limit of " + limitText;
    }

    /** Point i's date as people call it: its period's label, its month or its day. */
    private String date(int i) {
        return formats.when(i);
    }

    /** A value of the data, as given (or, for a computed statistic, as a line). */
    private String value(double x) {
        return formats.value(x);
    }

    /** A computed line, to the decimals the process's variation calls for. */
    /** A number of sigmas to two decimals at most (5, 5.09). */
    private static String sigmas(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    private String line(double x) {
        return formats.line(x);
    }

}
