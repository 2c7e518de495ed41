package dev.spc.core.assess;

import dev.spc.core.Analysis;
import dev.spc.core.AssuranceIcon;
import dev.spc.core.Direction;
import dev.spc.core.Phase;
import dev.spc.core.PointClass;
import dev.spc.core.Side;
import dev.spc.core.rules.RuleId;
import dev.spc.core.rules.Signal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The plain-English account of a metric's latest state: what kind of variation its latest point shows
 * and why, and what the target's place against the process limits means.
 */
public final class Explanation {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Analysis a;
    private final DateTimeFormatter dates;
    private final String unit;

    private Explanation(Analysis a) {
        this.a = a;
        this.dates = monthly(a) ? MONTH : DAY;
        this.unit = a.spec().unit();
    }

    /** The explanation of an analysis. */
    public static String of(Analysis a) {
        return new Explanation(a).text();
    }

    private String text() {
        if (a.latestIndex().isEmpty()) {
            return "There are no values yet, so there is nothing to judge.";
        }
        int i = a.latestIndex().getAsInt();
        StringBuilder sb = new StringBuilder();
        String latest = "The latest point (" + date(a.date(i)) + ": " + value(a.value(i)) + ")";
        if (!a.hasLimits(i)) {
            Phase phase = a.phases().get(a.phase(i) - 1);
            sb.append(latest).append(" cannot be judged yet: ");
            int points = phase.limits().points();
            String count = points + (points == 1 ? " point" : " points");
            sb.append(a.phases().size() > 1 ? "the latest phase has " + count
                    : (points == 1 ? "there is " : "there are ") + count);
            sb.append(" and process limits need at least ").append(a.spec().minimumPoints());
            sb.append(", so no special-cause rules or icons are given.");
            if (!Double.isNaN(a.centre(i))) {
                sb.append(" The mean so far is ").append(line(a.centre(i))).append('.');
            }
            return sb.toString();
        }
        PointClass pointClass = a.pointClass(i);
        if (pointClass == PointClass.COMMON_CAUSE) {
            sb.append(latest).append(" shows common cause variation: no special-cause rule flags it, and values from ")
                    .append(line(a.lowerLimit(i))).append(" to ").append(line(a.upperLimit(i)))
                    .append(" are to be expected from this process (mean ").append(line(a.centre(i))).append(").");
        } else {
            sb.append(latest).append(" shows ").append(kind(pointClass)).append(": ");
            sb.append(String.join("; and ", reasons(i))).append('.');
        }
        if (a.phases().size() > 1) {
            Phase last = a.phases().get(a.phases().size() - 1);
            sb.append(" The limits were recalculated from ").append(date(a.date(last.first()))).append('.');
        }
        assurance(i, sb);
        return sb.toString();
    }

    private static String kind(PointClass c) {
        return switch (c) {
            case IMPROVEMENT -> "special cause improvement";
            case CONCERN -> "special cause concern";
            case NEITHER -> "special cause variation (with no improvement direction set, neither improvement nor concern)";
            case COMMON_CAUSE -> "common cause variation";
        };
    }

    /** Why the latest point is flagged: the latest signal of each rule that flagged it. */
    private List<String> reasons(int i) {
        Map<RuleId, Signal> byRule = new EnumMap<>(RuleId.class);
        for (Signal s : a.signals()) {
            if (s.first() <= i && i <= s.last() && a.rules(i).contains(s.rule())) {
                byRule.put(s.rule(), s);
            }
        }
        List<String> reasons = new ArrayList<>();
        for (Signal s : byRule.values()) {
            boolean high = s.side() == Side.HIGH;
            String since = date(a.date(s.first()));
            reasons.add(switch (s.rule()) {
                case ASTRONOMICAL -> high
                        ? "it lies above the upper process limit of " + line(a.upperLimit(i))
                        : "it lies below the lower process limit of " + line(a.lowerLimit(i));
                case SHIFT -> s.length() + " points in a row " + (high ? "above" : "below") + " the mean since " + since;
                case TREND -> s.length() + " points in a row each " + (high ? "higher" : "lower")
                        + " than the one before since " + since;
                case TWO_OF_THREE -> s.length() + " of 3 points in a row lie close to the "
                        + (high ? "upper" : "lower") + " process limit (beyond the two-sigma line)";
            });
        }
        return reasons;
    }

    private void assurance(int i, StringBuilder sb) {
        OptionalDouble target = a.target(i);
        if (target.isEmpty()) {
            return;
        }
        String t = value(target.getAsDouble());
        if (a.spec().direction() == Direction.NEITHER) {
            sb.append(" A target of ").append(t)
                    .append(" is set, but with no improvement direction there is no assurance icon.");
            return;
        }
        boolean increase = a.spec().direction() == Direction.INCREASE;
        String lower = line(a.lowerLimit(i));
        String upper = line(a.upperLimit(i));
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

    private String date(LocalDate d) {
        return dates.format(d);
    }

    /** A value of the data, as given. */
    private String value(double x) {
        return withUnit(number(x));
    }

    /** A computed line, to three significant figures. */
    private String line(double x) {
        return withUnit(significant(x));
    }

    private String withUnit(String number) {
        if (unit.isEmpty()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** A number as short as it can be written while keeping up to 12 decimals. */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        BigDecimal d = new BigDecimal(x).setScale(12, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A number to three significant figures (at least the units digit), trailing zeros kept. */
    public static String significant(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (x == 0) {
            return "0";
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(x)));
        int decimals = Math.min(12, Math.max(0, 2 - magnitude));
        String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static boolean monthly(Analysis a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.date(i).getDayOfMonth() != 1) {
                return false;
            }
        }
        return true;
    }
}
