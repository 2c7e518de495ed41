package dev.spc.core.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Funnels worked by hand from the formulas of docs/funnel.md (METHODS 10) and published tables. */
class FunnelTest {
    private static final double EXACT = 1e-12;

    private static FunnelSpec plain(FunnelType type) {
        return FunnelSpec.of(type).withOverdispersion(Overdispersion.NONE);
    }

    @Test
    void ratioLimitsWithoutOverdispersionAreTheExactPoissonLimits() {
        // Garwood (1936), the exact 95% interval for a Poisson count of 1: 0.0253 to 5.5716. As a ratio at E = 1:
        // lower qchisq(0.025, 2) / 2 = -ln(0.975) (chi-squared on 2 df is exponential), upper qchisq(0.975, 4) / 2.
        Funnel f = Funnel.of("m", List.of(new Unit("a", 1, 1)), plain(FunnelType.RATIO));
        FunnelLimits at1 = f.limitsAt(1);
        assertEquals(-Math.log(0.975), at1.lower95(), 1e-9);
        assertEquals(5.5716, at1.upper95(), 5e-5);
        // At E = 10, from a table of the chi-squared distribution: qchisq(0.025, 20) = 9.591, qchisq(0.975, 22) = 36.781;
        // the 99.8% pair: qchisq(0.001, 20) = 5.921, qchisq(0.999, 22) = 48.268. Each divided by 2E = 20.
        FunnelLimits at10 = f.limitsAt(10);
        assertEquals(9.591 / 20, at10.lower95(), 5e-4 / 20);
        assertEquals(36.781 / 20, at10.upper95(), 5e-4 / 20);
        assertEquals(5.921 / 20, at10.lower998(), 5e-4 / 20);
        assertEquals(48.268 / 20, at10.upper998(), 5e-4 / 20);
    }

    @Test
    void aRatioBeyondItsNinetyFivePercentLimitIsAHighOutlier() {
        // O = 10, E = 2: ratio 5. Upper 95% limit qchisq(0.975, 6) / 4 = 14.449 / 4 = 3.612; upper 99.8% limit
        // qchisq(0.999, 6) / 4 = 22.458 / 4 = 5.614 (chi-squared table). 3.612 < 5 < 5.614: high at 95% only.
        Funnel f = Funnel.of("m", List.of(new Unit("a", 10, 2), new Unit("b", 2, 2)), plain(FunnelType.RATIO));
        assertEquals(Outlier.HIGH_95, f.outlier(0));
        assertEquals(Outlier.NONE, f.outlier(1)); // ratio 1 is the target
        assertEquals(5, f.value(0), EXACT);
        assertEquals(1, f.target(), EXACT);
        // z on the log scale: ln(O/E) sqrt(E) = ln(5) sqrt(2)
        assertEquals(Math.log(5) * Math.sqrt(2), f.z(0), EXACT);
        assertEquals(0, f.z(1), EXACT);
    }

    @Test
    void proportionsAreJudgedAroundThePooledProportionOnTheArcsineScale() {
        // 10/100, 20/100, 30/200: target = 60 / 400 = 0.15; theta = asin(sqrt(0.15)); s = 1 / (2 sqrt(D)).
        List<Unit> units = List.of(new Unit("a", 10, 100), new Unit("b", 20, 100), new Unit("c", 30, 200));
        Funnel f = Funnel.of("m", units, plain(FunnelType.PROPORTION));
        double theta = Math.asin(Math.sqrt(0.15));
        assertEquals(0.15, f.target(), EXACT);
        assertEquals((Math.asin(Math.sqrt(0.1)) - theta) * 2 * Math.sqrt(100), f.z(0), EXACT);
        assertEquals((Math.asin(Math.sqrt(0.2)) - theta) * 2 * Math.sqrt(100), f.z(1), EXACT);
        // Limits at D = 100: sin^2(theta -+ 1.959964 / 20) and sin^2(theta -+ 3.090232 / 20).
        FunnelLimits l = f.limits(0);
        assertEquals(Math.pow(Math.sin(theta - 1.959964 / 20), 2), l.lower95(), EXACT);
        assertEquals(Math.pow(Math.sin(theta + 1.959964 / 20), 2), l.upper95(), EXACT);
        assertEquals(Math.pow(Math.sin(theta - 3.090232 / 20), 2), l.lower998(), EXACT);
        assertEquals(Math.pow(Math.sin(theta + 3.090232 / 20), 2), l.upper998(), EXACT);
        // Worked to five places: theta = asin(0.387298) = 0.397699; sin(0.397699 - 0.097998) = 0.295235, squared 0.087164.
        assertEquals(0.087164, l.lower95(), 5e-7);
    }

    @Test
    void proportionLimitsAreClippedAtZeroAndOneRatherThanFoldedBack() {
        // 1 in 5 and 4 in 5: target 0.5, theta = pi/4; at D = 1 the 99.8% half-width 3.090232 / 2 passes both 0 and pi/2.
        Funnel f = Funnel.of("m", List.of(new Unit("a", 1, 5), new Unit("b", 4, 5)), plain(FunnelType.PROPORTION));
        FunnelLimits l = f.limitsAt(1);
        assertEquals(0, l.lower998());
        assertEquals(1, l.upper998());
    }

    @Test
    void ratesUseTheHalfCorrectedLogScaleForZAndOneOverTwoRootDForLimits() {
        // 5 over 1000 and 15 over 1000: target 20 / 2000 = 0.01.
        Funnel f = Funnel.of("m", List.of(new Unit("a", 5, 1000), new Unit("b", 15, 1000)), plain(FunnelType.RATE));
        assertEquals(0.01, f.target(), EXACT);
        // z = (ln((O + 0.5)/(D + 0.5)) - ln(0.01)) / sqrt(O/(O + 0.5)^2 + D/(D + 0.5)^2)
        double s = Math.sqrt(5 / (5.5 * 5.5) + 1000 / (1000.5 * 1000.5));
        assertEquals((Math.log(5.5 / 1000.5) - Math.log(0.01)) / s, f.z(0), EXACT);
        // limits exp(ln(0.01) -+ z_a / (2 sqrt(1000)))
        assertEquals(Math.exp(Math.log(0.01) + 1.959964 / (2 * Math.sqrt(1000))), f.limits(0).upper95(), EXACT);
    }

    @Test
    void squareRootScaleRatiosSquareTheirAdjustedLimits() {
        // Units spread far beyond chance so that phi > 1: on the square-root scale the adjusted limits are
        // (1 -+ z_a sqrt(1/(4E) + tau2))^2 (squared, unlike FunnelPlotR 0.6, as docs/funnel.md explains).
        List<Unit> units = List.of(new Unit("a", 50, 100), new Unit("b", 150, 100), new Unit("c", 100, 100),
                new Unit("d", 70, 100), new Unit("e", 130, 100));
        Funnel f = Funnel.of("m", units, FunnelSpec.of(FunnelType.RATIO).withRatioScale(RatioScale.SQRT));
        assertTrue(f.adjusted());
        double half = 1.959964 * Math.sqrt(1.0 / 400 + f.tau2());
        assertEquals(Math.pow(1 - half, 2), f.limits(0).lower95(), EXACT);
        assertEquals(Math.pow(1 + half, 2), f.limits(0).upper95(), EXACT);
        // z on the square-root scale: (sqrt(O/E) - 1) / (1 / (2 sqrt(E))) = (sqrt(0.5) - 1) * 20
        assertEquals((Math.sqrt(0.5) - 1) * 20, f.z(0), EXACT);
        assertEquals(f.z(0) * (1 / 20.0) / Math.sqrt(1.0 / 400 + f.tau2()), f.zAdjusted(0), EXACT);
    }

    @Test
    void theMultiplicativeAdjustmentScalesTheHalfWidthBySquareRootPhi() {
        List<Unit> units = List.of(new Unit("a", 10, 100), new Unit("b", 40, 100), new Unit("c", 25, 100),
                new Unit("d", 15, 100), new Unit("e", 35, 100));
        Funnel f = Funnel.of("m", units, FunnelSpec.of(FunnelType.PROPORTION)
                .withOverdispersion(Overdispersion.MULTIPLICATIVE));
        assertTrue(f.phi() > 1);
        double theta = Math.asin(Math.sqrt(125 / 500.0));
        double half = 3.090232 / 20 * Math.sqrt(f.phi());
        assertEquals(Math.pow(Math.sin(theta + half), 2), f.limits(0).upper998(), EXACT);
        assertEquals(f.z(1) / Math.sqrt(f.phi()), f.zAdjusted(1), EXACT);
    }

    @Test
    void noAdjustmentWhenPhiIsAtMostOne() {
        // Every unit exactly on target: every z is 0, phi = 0, and the limits are chance's alone.
        List<Unit> units = List.of(new Unit("a", 10, 100), new Unit("b", 20, 200), new Unit("c", 5, 50));
        Funnel f = Funnel.of("m", units, FunnelSpec.of(FunnelType.PROPORTION));
        assertEquals(0, f.phi(), EXACT);
        assertFalse(f.adjusted());
        assertEquals(Funnel.of("m", units, plain(FunnelType.PROPORTION)).limits(1), f.limits(1));
    }

    @Test
    void aProportionAboveItsDenominatorIsRefusedNamingTheUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Funnel.of("m", List.of(new Unit("Ward 3", 12, 10)), plain(FunnelType.PROPORTION)));
        assertTrue(e.getMessage().contains("Ward 3"), e.getMessage());
    }

    @Test
    void aUnitNeedsADenominatorAboveZero() {
        assertThrows(IllegalArgumentException.class, () -> new Unit("x", 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Unit("x", -1, 3));
    }
}
