package dev.spc.core.limits;

import dev.spc.core.series.InputProblem;
import dev.spc.core.series.InputProblem.Field;
import dev.spc.core.series.InputProblem.Kind;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartType;

/** The input checks the chart families share: each says what is wrong with a point, as data. */
final class Checks {
    private Checks() {
    }

    /** A point of a numerator/denominator chart: both present, a positive denominator, a count of zero or more. */
    static InputProblem ratio(Measurements m, int i, ChartType chart, boolean proportion) {
        if (m.denominators() == null || Double.isNaN(m.denominators()[i])) {
            if (Double.isNaN(m.values()[i])) {
                return null;
            }
            return problem(m, i, Field.DENOMINATOR, Kind.NOT_A_RATIO, m.values()[i], chart);
        }
        double num = m.numerators()[i];
        double den = m.denominators()[i];
        if (!(den > 0)) {
            return problem(m, i, Field.DENOMINATOR, Kind.DENOMINATOR_NOT_POSITIVE, den, chart);
        }
        if (num < 0) {
            return problem(m, i, Field.NUMERATOR, Kind.NEGATIVE_NUMERATOR, num, chart);
        }
        if (proportion && num > den) {
            return problem(m, i, Field.NUMERATOR, Kind.NUMERATOR_ABOVE_DENOMINATOR, num, chart).comparedWith(den);
        }
        return null;
    }

    /** A point of a subgroup chart: a subgroup of at least two, with a range when the chart needs one. */
    static InputProblem subgroup(Measurements m, int i, ChartType chart, boolean needsRange) {
        if (Double.isNaN(m.values()[i])) {
            return null;
        }
        Subgroup g = m.subgroup(i);
        if (g == null) {
            return problem(m, i, Field.VALUE, Kind.NOT_A_SUBGROUP, m.values()[i], chart);
        }
        if (g.size() < 2) {
            return problem(m, i, Field.SUBGROUP, Kind.SUBGROUP_OF_ONE, g.size(), chart);
        }
        if (needsRange && Double.isNaN(g.range())) {
            return problem(m, i, Field.SUBGROUP, Kind.SUBGROUP_WITHOUT_RANGE, g.size(), chart);
        }
        return null;
    }

    /** A count: a whole number of zero or more. */
    static InputProblem count(Measurements m, int i, ChartType chart) {
        double v = m.values()[i];
        if (v < 0) {
            return problem(m, i, Field.VALUE, Kind.NEGATIVE_COUNT, v, chart);
        }
        if (v != Math.rint(v)) {
            return problem(m, i, Field.VALUE, Kind.COUNT_NOT_WHOLE, v, chart);
        }
        return null;
    }

    static InputProblem problem(Measurements m, int i, Field field, Kind kind, double value, ChartType chart) {
        return InputProblem.at(m.metric(), i, m.date(i), field, kind, value).forChart(chart);
    }
}
