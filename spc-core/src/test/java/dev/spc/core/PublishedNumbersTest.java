package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.MovingRangeScreening;
import dev.spc.core.spec.XmrLimits;
import dev.spc.core.testing.Reference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The public numbers of docs/methods.md, sections 2 and 10. Each tolerance is half a unit in the last digit
 * the source publishes.
 */
class PublishedNumbersTest {
    static Series series(double... values) {
        LocalDate[] dates = new LocalDate[values.length];
        for (int i = 0; i < values.length; i++) {
            dates[i] = LocalDate.of(2024, 1, 1).plusMonths(i);
        }
        return Series.of("check", dates, values);
    }

    static Phase limits(Series s, ChartSpec spec) {
        return Spc.analyse(s, spec).phases().get(0);
    }

    static final ChartSpec SCREENED = ChartSpec.builder().screening(MovingRangeScreening.SCREEN).build();

    @Test
    void section2CheckSeries() {
        // docs/methods.md, section 2: mean 23.20, AMR 5.43, UCL 37.64, LCL 8.76.
        Phase l = limits(series(20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18), ChartSpec.mdc());
        assertEquals(23.20, l.centre(), 0.005);
        assertEquals(5.43, l.averageMovingRange(), 0.005);
        assertEquals(37.64, l.upperLimit(), 0.005);
        assertEquals(8.76, l.lowerLimit(), 0.005);
        // By hand: the 14 moving ranges sum to 76, AMR = 76/14; two-sigma lines = CL -+ (2/3) 2.66 AMR.
        double amr = 76.0 / 14;
        assertEquals(23.2 + 2 * 2.66 * amr / 3, l.upperTwoSigma(), 1e-12);
        assertEquals(23.2 - 2 * 2.66 * amr / 3, l.lowerTwoSigma(), 1e-12);
    }

    @Test
    void rnorm20ScreenedAsNhsrPlotTheDots() {
        // docs/methods.md, section 10: mean 0.1416238, screened limits -3.01138 / 3.294627.
        Phase l = limits(series(Reference.rnorm20()), SCREENED);
        assertEquals(0.1416238, l.centre(), 5e-8);
        assertEquals(-3.01138, l.lowerLimit(), 5e-6);
        assertEquals(3.294627, l.upperLimit(), 5e-7);
    }

    @Test
    void rnorm20WithAnOutlierScreenedAndUnscreened() {
        // docs/methods.md, section 10: y_15 = 10 gives mean 0.6694159; screened -2.383666 / 3.722497;
        // unscreened -4.596625 / 5.935457.
        double[] y = Reference.rnorm20();
        y[14] = 10;
        Phase screened = limits(series(y), SCREENED);
        assertEquals(0.6694159, screened.centre(), 5e-8);
        assertEquals(-2.383666, screened.lowerLimit(), 5e-7);
        assertEquals(3.722497, screened.upperLimit(), 5e-7);
        Phase unscreened = limits(series(y), ChartSpec.mdc());
        assertEquals(-4.596625, unscreened.lowerLimit(), 5e-7);
        assertEquals(5.935457, unscreened.upperLimit(), 5e-7);
    }

    @Test
    void oneToTen() {
        // docs/methods.md, section 10: mean 5.5, limits 2.84 / 8.16 (AMR 1, so 5.5 -+ 2.66). Ten points: the
        // minimum is lowered to compute them.
        ChartSpec spec = ChartSpec.builder().minimumPoints(10).build();
        Phase l = limits(series(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), spec);
        assertEquals(5.5, l.centre(), 0.05);
        assertEquals(2.84, l.lowerLimit(), 0.005);
        assertEquals(8.16, l.upperLimit(), 0.005);
        // The sigma convention by hand: sigma-hat = 1 / 1.128, limits 5.5 -+ 3 / 1.128.
        Phase sigma = limits(series(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                spec.toBuilder().xmrLimits(XmrLimits.SIGMA).build());
        assertEquals(5.5 + 3 / 1.128, sigma.upperLimit(), 1e-12);
        assertEquals(5.5 - 2 / 1.128, sigma.lowerTwoSigma(), 1e-12);
        assertEquals(1 / 1.128, sigma.sigma(), 1e-12);
    }

    @Test
    void alternatingSeriesWithOneSpike() {
        // docs/methods.md, section 10: screened UCL 4.60, CL 1.94, LCL -0.72; unscreened 6.95 / -3.06.
        Series s = series(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1);
        Phase screened = limits(s, SCREENED);
        assertEquals(4.60, screened.upperLimit(), 0.005);
        assertEquals(1.94, screened.centre(), 0.005);
        assertEquals(-0.72, screened.lowerLimit(), 0.005);
        Phase unscreened = limits(s, ChartSpec.mdc());
        assertEquals(6.95, unscreened.upperLimit(), 0.005);
        assertEquals(-3.06, unscreened.lowerLimit(), 0.005);
    }

    @Test
    void unscreenedAverageMovingRangeCountsTheSpike() {
        // By hand: fifteen moving ranges of 1, and 8 and 9 either side of the spike: 32 over 17.
        Phase l = limits(series(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1), ChartSpec.mdc());
        assertEquals(32.0 / 17, l.averageMovingRange(), 1e-12);
    }
}
