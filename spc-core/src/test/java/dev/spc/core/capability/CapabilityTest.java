package dev.spc.core.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Capability indices and their intervals worked by hand from qcc's formulas (docs/capability.md). */
class CapabilityTest {
    private static final double EXACT = 1e-12;

    private static Series alternating(int n, double shiftLast) {
        double[] v = new double[n];
        LocalDate[] d = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 2 == 0 ? 10 : 12;
            d[i] = LocalDate.of(2024, 1, 1).plusMonths(i);
        }
        v[n - 1] += shiftLast;
        return Series.of("m", d, v);
    }

    private static SpecificationLimits spec(double lsl, double usl) {
        return new SpecificationLimits(OptionalDouble.of(lsl), OptionalDouble.of(usl), OptionalDouble.empty());
    }

    @Test
    void indicesOfAnXmrProcessWorkedByHand() {
        // 14 values alternating 10, 12: mean 11; every moving range 2, so sigma_within = 2 / 1.128; every value is
        // 1 from the mean, so sigma_overall = sqrt(14 / 13). LSL 5, USL 17 (the target, unset, is their middle, 11).
        Analysis a = Spc.analyse(alternating(14, 0), ChartSpec.mdc());
        Capability c = Capability.of(a, spec(5, 17), 0.95);
        double within = 2 / 1.128;
        assertEquals(14, c.n());
        assertEquals(11, c.mean(), EXACT);
        assertEquals(within, c.sigmaWithin(), EXACT);
        assertEquals(Math.sqrt(14.0 / 13), c.sigmaOverall(), EXACT);
        // Cp = 12 / (6 * 2 / 1.128) = 1.128; Cpk = min(6, 6) / (3 sigma) = 1.128; Cpm = Cp as the mean is on target.
        assertEquals(1.128, c.cp().value(), EXACT);
        assertEquals(1.128, c.cpk().value(), EXACT);
        assertEquals(1.128, c.cpm().value(), EXACT);
        // Pp = 12 / (6 sqrt(14/13)) = 2 sqrt(13/14) = 1.92725
        assertEquals(2 * Math.sqrt(13.0 / 14), c.pp().value(), EXACT);
        assertEquals(1.92725, c.pp().value(), 5e-6);
        // Cp's 95% interval from a chi-squared table (13 degrees of freedom): qchisq(0.025) = 5.009, qchisq(0.975) = 24.736.
        assertEquals(1.128 * Math.sqrt(5.009 / 13), c.cp().lower(), 2e-4);
        assertEquals(1.128 * Math.sqrt(24.736 / 13), c.cp().upper(), 2e-4);
        // Cpk's: 1.128 -+ 1.959964 sqrt(1 / (9 * 14) + 1.128^2 / (2 * 13)) = 1.128 -+ 0.46742
        double half = 1.959964 * Math.sqrt(1.0 / 126 + 1.128 * 1.128 / 26);
        assertEquals(1.128 - half, c.cpk().lower(), 1e-6);
        assertEquals(1.128 + half, c.cpk().upper(), 1e-6);
        assertEquals(0.46742, half, 5e-6);
        // Cpm's degrees of freedom: with the mean on target (d = 0), v = n = 14: qchisq(0.025, 14) = 5.629.
        assertEquals(1.128 * Math.sqrt(5.629 / 14), c.cpm().lower(), 2e-4);
        assertEquals(Capability.Control.IN_CONTROL, c.control());
    }

    @Test
    void anOffCentreProcessHasCpkBelowCpAndCpmBelowBoth() {
        // Same process, specification 8 to 20 (target 14): Cpk = (11 - 8) / (3 sigma) = 3 * 1.128 / 6 = 0.564;
        // Cpm = 12 / (6 sqrt(sigma^2 + 9)).
        Capability c = Capability.of(Spc.analyse(alternating(14, 0), ChartSpec.mdc()), spec(8, 20), 0.95);
        double within = 2 / 1.128;
        assertEquals(1.128, c.cp().value(), EXACT);
        assertEquals(0.564, c.cpk().value(), EXACT);
        assertEquals(12 / (6 * Math.sqrt(within * within + 9)), c.cpm().value(), EXACT);
    }

    @Test
    void oneSidedSpecificationsGiveOnlyTheirSide() {
        Capability c = Capability.of(Spc.analyse(alternating(14, 0), ChartSpec.mdc()),
                new SpecificationLimits(OptionalDouble.empty(), OptionalDouble.of(17), OptionalDouble.empty()), 0.95);
        assertTrue(Double.isNaN(c.cp().value()));
        assertTrue(Double.isNaN(c.cpm().value()));
        assertEquals(1.128, c.cpk().value(), EXACT); // (17 - 11) / (3 * 2 / 1.128)
    }

    @Test
    void aProcessWithSpecialCausesIsFlagged() {
        // The last value raised by 20 lies far beyond the upper limit (11 + 2.66 * AMR).
        Capability c = Capability.of(Spc.analyse(alternating(14, 20), ChartSpec.mdc()), spec(5, 17), 0.95);
        assertEquals(Capability.Control.SPECIAL_CAUSE, c.control());
        assertTrue(c.specialCauses() >= 1);
        Capability few = Capability.of(Spc.analyse(alternating(6, 0), ChartSpec.mdc()), spec(5, 17), 0.95);
        assertEquals(Capability.Control.NOT_JUDGED, few.control());
    }

    @Test
    void subgroupsUseRBarOverD2WithinAndEveryMeasurementOverall() {
        // Subgroups {9, 11} and {11, 13}, 13 times each: ranges all 2, so sigma_within = R-bar / d2(2), with d2(2) =
        // 2 / sqrt(pi) = 1.1284 (docs/methods.md section 7). Grand mean 11. Overall: 52 measurements, each subgroup's
        // squares about 11 summing to 4, so sigma_overall = sqrt(26 * 4 / 51).
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            double[] x = i % 2 == 0 ? new double[] {9, 11} : new double[] {11, 13};
            points.add(Series.Point.subgroup(LocalDate.of(2024, 1, 1).plusDays(i), Subgroup.of(x)));
        }
        Analysis a = Spc.analyse(Series.of("m", points), ChartSpec.builder().chart(ChartType.XBAR_R).build());
        Capability c = Capability.of(a, spec(5, 17), 0.95);
        assertEquals(52, c.n());
        assertEquals(11, c.mean(), EXACT);
        assertEquals(2 / (2 / Math.sqrt(Math.PI)), c.sigmaWithin(), 1e-9);
        assertEquals(Math.sqrt(104.0 / 51), c.sigmaOverall(), EXACT);
    }

    @Test
    void otherChartsAndBadLimitsAreRefused() {
        Analysis p = Spc.analyse(alternating(14, 0), ChartSpec.builder().chart(ChartType.RUN).build());
        assertThrows(IllegalArgumentException.class, () -> Capability.of(p, spec(5, 17), 0.95));
        assertThrows(IllegalArgumentException.class, () -> spec(17, 5));
        assertThrows(IllegalArgumentException.class,
                () -> new SpecificationLimits(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(3)));
    }
}
