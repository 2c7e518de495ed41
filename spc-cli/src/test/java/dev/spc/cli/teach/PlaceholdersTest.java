package dev.spc.cli.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placeholders are filled with the chart's own numbers, as the chart and its report write them. */
class PlaceholdersTest {
    /** Monthly values from January 2024. */
    static Analysis monthly(double[] v, ChartSpec spec) {
        LocalDate[] d = new LocalDate[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = LocalDate.of(2024, 1, 1).plusMonths(i);
        }
        return Spc.analyse(Series.of("Falls", d, v), spec);
    }

    @Test
    void theLinesValuesAndDatesOfAnXmrChart() {
        // The XmR check of METHODS.md (section 1): mean 23.20, AMR 5.43, UCL 37.64, LCL 8.76. Sigma is
        // 5.43 / 1.128 = 4.81, so the lines have ceil(-log10 4.81) + 1 = 1 decimal.
        Analysis a = monthly(new double[] {20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18},
                ChartSpec.builder().build());
        Placeholders p = new Placeholders(List.of(a));
        assertEquals("mean 23.2, limits 8.8 to 37.6", p.fill("mean {centre}, limits {limit.lower} to {limit.upper}"));
        // The highest, 34, is the 11th month (Nov 2024); the lowest, 16, first the 6th (Jun 2024).
        assertEquals("34 in Nov 2024, 16 in Jun 2024, 15 points",
                p.fill("{highest} in {highest.when}, {lowest} in {lowest.when}, {points} points"));
    }

    @Test
    void aChartWithTooFewPointsForLimitsCannotQuoteThem() {
        // Fewer than 13 points: no limits (METHODS.md, section 1).
        Analysis a = monthly(new double[] {10, 12, 11, 13, 9}, ChartSpec.builder().build());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new Placeholders(List.of(a)).fill("{limit.upper}"));
    }

    @Test
    void aRulesCountFirstPointAndLastRun() {
        // Eight months at 10, 11 alternately, then seven at 20, 21: the mean of all 15 is 227 / 15 = 15.1, so
        // the first eight lie below it and the last seven above it, two runs the shift rule flags (6 or more).
        double[] v = {10, 11, 10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21, 20};
        Analysis a = monthly(v, ChartSpec.builder().build());
        Placeholders p = new Placeholders(List.of(a, a));
        // 15 flagged in all, the first in January; the last finding is the seven from September 2024.
        assertEquals("15 flagged; first Jan 2024; last run Sep 2024 to Mar 2025, 7 points",
                p.fill("{rule.shift} flagged; first {rule.shift.first}; last run {rule.shift.from} to "
                        + "{rule.shift.last:2}, {rule.shift.run} points"));
    }
}
