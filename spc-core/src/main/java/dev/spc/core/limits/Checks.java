package dev.spc.core.limits;

import dev.spc.core.ChartType;
import dev.spc.core.InputProblem;
import dev.spc.core.InputProblem.Field;
import dev.spc.core.Subgroup;

/** The input checks the chart families share, with messages that say how to fix the data. */
final class Checks {
    private Checks() {
    }

    /** A point of a numerator/denominator chart: both present, a positive denominator, a count of zero or more. */
    static InputProblem ratio(Measurements m, int i, ChartType chart, boolean proportion) {
        if (m.denominators() == null || Double.isNaN(m.denominators()[i])) {
            if (Double.isNaN(m.values()[i])) {
                return null;
            }
            return new InputProblem(Field.DENOMINATOR, "the " + chart.title() + " needs a numerator and a denominator "
                    + "for every point, and this point has only a value",
                    "Give numerator and denominator columns (the chart plots their ratio), or choose a chart of values "
                            + "such as xmr");
        }
        double num = m.numerators()[i];
        double den = m.denominators()[i];
        String what = proportion ? "denominator" : "denominator (the exposure)";
        if (!(den > 0)) {
            return new InputProblem(Field.DENOMINATOR, "the " + what + " is " + number(den) + ", not more than zero",
                    "Give a denominator above zero, or leave the row's numerator and denominator blank for a gap");
        }
        if (num < 0) {
            return new InputProblem(Field.NUMERATOR, "the numerator is " + number(num) + ", a negative count",
                    "Give a count of zero or more");
        }
        if (proportion && num > den) {
            return new InputProblem(Field.NUMERATOR, "the numerator " + number(num) + " is larger than the denominator "
                    + number(den) + ", so it is not a proportion",
                    "Check the two columns are not swapped; for a rate per unit of exposure use --chart u");
        }
        return null;
    }

    /** A point of a subgroup chart: a subgroup of at least two, with a range when the chart needs one. */
    static InputProblem subgroup(Measurements m, int i, ChartType chart, boolean needsRange) {
        if (Double.isNaN(m.values()[i])) {
            return null;
        }
        Subgroup g = m.subgroups() == null ? null : m.subgroups()[i];
        if (g == null) {
            return new InputProblem(Field.VALUE, "the " + chart.title() + " needs subgroups of measurements, and this "
                    + "point is a single value", "Give several rows (one per measurement) for each date, or a mean with "
                    + "sd and subgroup columns; for single values use --chart xmr");
        }
        if (g.size() < 2) {
            return new InputProblem(Field.SUBGROUP, "the subgroup has 1 measurement, so it has no spread within it",
                    "Give at least 2 measurements for every date, or use --chart xmr for one value per date");
        }
        if (needsRange && Double.isNaN(g.range())) {
            return new InputProblem(Field.SUBGROUP, "the subgroup is a summary (mean and standard deviation) without "
                    + "its range, which the " + chart.title() + " needs",
                    "Use --chart xbar-s (or s), which needs only the standard deviations, or give the measurements");
        }
        return null;
    }

    /** A count: a whole number of zero or more. */
    static InputProblem count(double v, String chart) {
        if (v < 0) {
            return new InputProblem(Field.VALUE, "the count is " + number(v) + ", below zero",
                    "A " + chart + " plots counts of events: give zero or more");
        }
        if (v != Math.rint(v)) {
            return new InputProblem(Field.VALUE, "the count is " + number(v) + ", not a whole number",
                    "A " + chart + " plots whole counts; for a rate use numerator and denominator columns with --chart u");
        }
        return null;
    }

    static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
