package dev.spc.cli.teach;

import dev.spc.core.Analysis;
import dev.spc.core.result.RuleId;
import dev.spc.core.series.Series;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbers a lesson's words quote, and the numbers its analyses give, written as the words write them. */
final class WordsAndNumbers {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");

    /**
     * The constants of each lesson's method, which its words may quote whatever the data: rule lengths, the
     * rules' and the funnel's numbering, illustrations.
     */
    static final Map<Scenario, Set<String>> CONSTANTS = Map.of(
            // "a run of 6 or more points" (METHODS 2: a shift is 6 points on one side of the mean)
            Scenario.SHIFT, Set.of("6"),
            // "6 or more points each lower than the one before" (METHODS 3: a trend is 6 points)
            Scenario.TREND, Set.of("6"),
            // the 92% target and the amber band, 1 point below it
            Scenario.RAG_TABLE, Set.of("1"),
            // "0.12 is 12%" illustrates reading fractions; "about 10,000 attendances"; "the factor is near 1"
            Scenario.CHOOSING_A_CHART, Set.of("0.12", "12", "10000", "1"),
            // Rules 1 to 4; Rule 2 widens the spread by about 40% (the square root of 2, 1.41, in theory)
            Scenario.FUNNEL, Set.of("1", "2", "3", "4", "40"),
            // "readmitted within 30 days" (the metric's definition); the funnel's 95% and 99.8% limits
            Scenario.LEAGUE_TABLE, Set.of("30", "95", "99.8"));

    private WordsAndNumbers() {
    }

    /** The numbers in a text, without grouping commas ("10,000" is 10000). */
    static List<String> numbersIn(String text) {
        List<String> numbers = new java.util.ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group().replace(",", ""));
        }
        return numbers;
    }

    static Set<String> constants(Scenario s) {
        return CONSTANTS.getOrDefault(s, Set.of());
    }

    /**
     * The numbers the analyses give, as lesson words write them: each point's value, centre and limits (and
     * as percentages for proportions), numerators and denominators, the points' positions and labels, the
     * year of each date, the count of points each rule flags, each phase's sigma, the targets, the size of
     * each month-on-month change in percent, and the counts of points on each side of a target.
     */
    static Set<String> fromLesson(Lesson lesson) {
        Set<String> n = new LinkedHashSet<>();
        for (Lesson.Metric metric : lesson.metrics()) {
            Analysis a = metric.analyse();
            Series s = metric.series();
            a.spec().target().ifPresent(t -> add(n, t));
            n.add(Integer.toString(a.size()));
            int atOrAbove = 0;
            int wellBelow = 0;
            for (int i = 0; i < a.size(); i++) {
                for (double x : new double[] {a.value(i), a.centre(i), a.lowerLimit(i), a.upperLimit(i)}) {
                    if (!Double.isNaN(x)) {
                        add(n, x);
                        add(n, Math.round(x * 1e6) / 1e4);
                    }
                }
                if (s.hasDenominators()) {
                    add(n, s.numerator(i));
                    add(n, s.denominator(i));
                }
                n.add(Integer.toString(i + 1));
                s.label(i).ifPresent(n::add);
                n.add(Integer.toString(a.date(i).getYear()));
                n.add(Integer.toString(a.date(i).getDayOfMonth()));
                if (i > 0) {
                    n.add(Long.toString(Math.round(Math.abs(a.value(i) / a.value(i - 1) - 1) * 100)));
                }
                OptionalDouble t = a.target(i);
                if (t.isPresent()) {
                    add(n, t.getAsDouble());
                    atOrAbove += a.value(i) >= t.getAsDouble() ? 1 : 0;
                    wellBelow += a.value(i) < t.getAsDouble() - 1 ? 1 : 0;
                }
            }
            n.add(Integer.toString(atOrAbove));
            n.add(Integer.toString(wellBelow));
            for (RuleId rule : RuleId.values()) {
                n.add(Integer.toString(Scenario.count(a, rule)));
            }
            a.phases().forEach(p -> add(n, p.sigma()));
        }
        if (lesson.scenario() == Scenario.LEAGUE_TABLE) {
            // The league table's words read its funnel plot: how many times the bottom ward's rate is the top's,
            // the middle ward's size, the trust's rate.
            dev.spc.core.funnel.Funnel f = Scenario.funnel(lesson.metrics().get(0).series());
            List<dev.spc.core.funnel.Unit> ranked = Scenario.ranked(f);
            add(n, ranked.get(ranked.size() - 1).value() / ranked.get(0).value());
            add(n, Scenario.medianDenominator(f));
            add(n, f.target() * 100);
        }
        if (lesson.scenario() == Scenario.CUSUM) {
            // "from an average of 14.1 days to 15.1": the mean of the months from the change on.
            Series s = lesson.metrics().get(0).series();
            double sum = 0;
            for (int i = Scenario.CHANGE; i < s.size(); i++) {
                sum += s.value(i);
            }
            add(n, sum / (s.size() - Scenario.CHANGE));
        }
        return n;
    }

    /**
     * A number as the lessons write it: to three significant figures ("92.0"), and a whole number also as it
     * is ("92"), both without the grouping commas the words' numbers lose too.
     */
    private static void add(Set<String> n, double x) {
        double size = Math.abs(x);
        n.add(Scenario.n(size).replace(",", ""));
        if (size == Math.rint(size) && size < 1e9) {
            n.add(Long.toString((long) size));
        }
    }
}
