package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.FastInitialResponse;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * CUSUM and EWMA charts worked by hand from qcc's definitions (docs/sensitive.md; Montgomery, Introduction to
 * Statistical Quality Control, sections 9.1 and 9.2).
 *
 * <p>The series: a baseline of 14 points alternating 10, 12 (CL = 11; every moving range 2, so AMR = 2 and
 * sigma-hat = AMR / 1.128 = 2 / 1.128), then 8 points at 13. Standardised: z = (x - 11) / (2 / 1.128), so the
 * baseline's z are -+ 1.128 / 2 = -+ 0.564 and the shift's z = 1.128.
 */
class SensitiveChartsTest {
    private static final double EXACT = 1e-12;
    private static final double SIGMA = 2 / 1.128;

    static Series shifted() {
        double[] v = new double[26];
        LocalDate[] d = new LocalDate[26];
        for (int i = 0; i < 26; i++) {
            v[i] = i < 14 ? (i % 2 == 0 ? 10 : 12) : 13;
            d[i] = LocalDate.of(2024, 1, 1).plusDays(i);
        }
        return Series.of("m", d, v);
    }

    private static Analysis analyse(ChartType chart, ChartSpec.Builder b) {
        return Spc.analyse(shifted(), b.chart(chart).baselinePoints(14).direction(Direction.DECREASE).build());
    }

    @Test
    void cusumSumsAreWorkedFromTheStandardisedValues() {
        Analysis a = analyse(ChartType.CUSUM, ChartSpec.builder());
        // Point 1: z = -0.564. C+ = max(0, 0 - 0.564 - 0.5) = 0; C- = min(0, 0 - 0.564 + 0.5) = -0.064.
        assertEquals(0, a.cusumUpper(0), EXACT);
        assertEquals(-0.064, a.cusumLower(0), EXACT);
        // Point 2: z = +0.564. C+ = max(0, 0 + 0.564 - 0.5) = 0.064; C- = min(0, -0.064 + 0.564 + 0.5) = 0.
        assertEquals(0.064, a.cusumUpper(1), EXACT);
        assertEquals(0, a.cusumLower(1), EXACT);
        // The baseline repeats: after point 14 (a 12), C+ = 0.064. Each point at 13 adds 1.128 - 0.5 = 0.628.
        for (int m = 1; m <= 8; m++) {
            assertEquals(0.064 + 0.628 * m, a.cusumUpper(13 + m), 1e-9, "shifted point " + m);
        }
        // 0.064 + 0.628 * 7 = 4.46 <= h = 5; 0.064 + 0.628 * 8 = 5.088 > 5: the 8th point at 13 signals, alone.
        for (int i = 0; i < 21; i++) {
            assertEquals(Set.of(), a.rules(i), "point " + (i + 1));
        }
        for (int i = 21; i < 26; i++) {
            assertEquals(Set.of(RuleId.ASTRONOMICAL), a.rules(i), "point " + (i + 1));
        }
        // Higher is worse here: the upper sum's signal is a concern.
        assertEquals(PointClass.CONCERN, a.pointClass(21));
        assertEquals(VariationIcon.CONCERN_HIGH, a.variation());
        // The lines are the decision interval about 0; the value stays the measurement.
        assertEquals(0, a.centre(21), EXACT);
        assertEquals(5, a.upperLimit(21), EXACT);
        assertEquals(-5, a.lowerLimit(21), EXACT);
        assertEquals(13, a.value(21), EXACT);
        assertEquals(SIGMA, a.sigma(21), EXACT);
        assertEquals(AssuranceIcon.NONE, a.assurance());
    }

    @Test
    void theFastInitialResponseStartsTheSumsAtHalfH() {
        Analysis a = analyse(ChartType.CUSUM, ChartSpec.builder().fastInitialResponse(FastInitialResponse.ON).cusumH(4)
                .cusumK(1));
        // C+_0 = h/2 = 2, C-_0 = -2; point 1, z = -0.564: C+ = max(0, 2 - 0.564 - 1) = 0.436, C- = min(0, -2 - 0.564 + 1) = -1.564.
        assertEquals(0.436, a.cusumUpper(0), EXACT);
        assertEquals(-1.564, a.cusumLower(0), EXACT);
        assertEquals(4, a.upperLimit(0), EXACT);
    }

    @Test
    void ewmaSmoothsFromTheCentreWithExactTimeVaryingLimits() {
        Analysis a = analyse(ChartType.EWMA, ChartSpec.builder());
        // w_1 = 0.2 * 10 + 0.8 * 11 = 10.8; w_2 = 0.2 * 12 + 0.8 * 10.8 = 11.04.
        assertEquals(10.8, a.ewma(0), EXACT);
        assertEquals(11.04, a.ewma(1), EXACT);
        // Limits at t = 1: 11 -+ 3 sigma sqrt(0.2 / 1.8 * (1 - 0.8^2)) = 11 -+ 3 sigma sqrt(0.04) = 11 -+ 0.6 sigma.
        assertEquals(11 + 0.6 * SIGMA, a.upperLimit(0), EXACT);
        assertEquals(11 - 0.6 * SIGMA, a.lowerLimit(0), EXACT);
        // t = 2: sqrt(0.2 / 1.8 * (1 - 0.8^4)) = sqrt(0.0656) = 0.256125...
        assertEquals(11 + 3 * SIGMA * Math.sqrt(0.0656), a.upperLimit(1), 1e-12);
        assertEquals(11, a.centre(5), EXACT);
        assertEquals(10, a.value(0), EXACT);
        // After the baseline, w_14 = 11 + 0.2 * sum_{j=1..14} (-1)^j 0.8^(14 - j) (x_j - 11 is -1, +1, ...);
        // then each 13 gives w = 13 - (13 - w_14) 0.8^m. The limit by then is 11 + 3 sigma sqrt(0.2 / 1.8) = 11 + sigma
        // (to 1e-5: 1 - 0.8^(2t) is 1 for t >= 24). 13 - (13 - w_14) 0.8^m passes 11 + sigma first at m = 10.
        double w14 = 11;
        for (int j = 1; j <= 14; j++) {
            w14 += 0.2 * (j % 2 == 0 ? 1 : -1) * Math.pow(0.8, 14 - j);
        }
        assertEquals(w14, a.ewma(13), 1e-12);
        for (int m = 1; m <= 12; m++) {
            double w = 13 - (13 - w14) * Math.pow(0.8, m);
            assertEquals(w, a.ewma(13 + m), 1e-12);
            assertEquals(m >= 10, w > 11 + SIGMA, "m = " + m);
            assertEquals(m >= 10 ? Set.of(RuleId.ASTRONOMICAL) : Set.of(), a.rules(13 + m), "m = " + m);
        }
    }

    @Test
    void tooFewPointsGiveNoLimitsAndNoSignals() {
        Series s = Series.of("m", new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2),
            LocalDate.of(2024, 1, 3)}, new double[] {1, 5, 9});
        Analysis a = Spc.analyse(s, ChartSpec.builder().chart(ChartType.CUSUM).build());
        assertFalse(a.hasLimits(2));
        assertTrue(Double.isNaN(a.cusumUpper(2)));
        assertEquals(VariationIcon.NONE, a.variation());
    }
}
