package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.series.Bounds;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounds: limits drawn and explained inside the values a metric can take; the limits themselves unchanged. */
class BoundsTest {
    /** Twenty months alternating a and b: mean (a + b) / 2, every moving range |a - b|. */
    private static Series alternating(double a, double b) {
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(Series.Point.of(LocalDate.of(2023, 1, 1).plusMonths(i), i % 2 == 0 ? a : b));
        }
        return Series.of("m", points);
    }

    @Test
    void countsAreNeverExpectedBelowZero() {
        // 1, 5, 1, 5, ...: mean 3, AMR 4, limits 3 -+ 2.66 x 4 = -7.64 and 13.64. Whole numbers of 0 or more
        // are counts, so the lower bound 0 is implied.
        Analysis a = Spc.analyse(alternating(1, 5), ChartSpec.mdc());
        assertEquals(-7.64, a.lowerLimit(19), 1e-12, "the limit as computed is kept");
        assertEquals(new Bounds(0, Double.NaN), a.bounds());
        assertEquals(0, a.boundedLowerLimit(19));
        assertEquals(13.64, a.boundedUpperLimit(19), 1e-12);
        // sigma = 4 / 1.128 = 3.5 calls for one decimal; the limit held at the bound reads as the bound.
        assertTrue(a.explanation().contains("values from 0 to 13.6 are to be expected"), a.explanation());
    }

    @Test
    void percentagesAreNeverExpectedAbove100() {
        // 92, 99.5, ...: mean 95.75, AMR 7.5, limits 95.75 -+ 19.95 = 75.8 and 115.7.
        Series s = alternating(92, 99.5).withUnit("%");
        Analysis a = Spc.analyse(s, ChartSpec.builder().direction(Direction.INCREASE).target(100).build());
        assertEquals(new Bounds(0, 100), a.bounds());
        assertEquals(115.7, a.upperLimit(19), 1e-9);
        assertEquals(100, a.boundedUpperLimit(19));
        assertEquals(75.8, a.boundedLowerLimit(19), 1e-9);
        // The assurance uses the limits as computed: 100 lies between 75.8 and 115.7, so hit and miss.
        assertEquals(AssuranceIcon.HIT_AND_MISS, a.assurance());
        assertTrue(a.explanation().contains("values from 75.8% to 100% are to be expected"), a.explanation());
    }

    @Test
    void anImpliedBoundThatTheDataBreakIsDropped() {
        // A percentage change can fall below zero: the data say so, and the implied 0 goes.
        Analysis a = Spc.analyse(alternating(-2, 6).withUnit("%"), ChartSpec.mdc());
        assertEquals(new Bounds(Double.NaN, 100), a.bounds());
        assertEquals(a.lowerLimit(19), a.boundedLowerLimit(19));
    }

    @Test
    void numbersThatAreNotWholeImplyNothing() {
        Analysis a = Spc.analyse(alternating(1.5, 5.5), ChartSpec.mdc());
        assertEquals(Bounds.NOT_SET, a.bounds());
        assertEquals(a.lowerLimit(19), a.boundedLowerLimit(19));
    }

    @Test
    void givenBoundsWinAndNoneRemovesAnImpliedOne() {
        Analysis given = Spc.analyse(alternating(1, 5).withBounds(new Bounds(Double.NaN, 10)), ChartSpec.mdc());
        assertEquals(new Bounds(0, 10), given.bounds(), "the lower side still implied, the upper given");
        assertEquals(10, given.boundedUpperLimit(19));
        Analysis none = Spc.analyse(alternating(1, 5).withBounds(new Bounds(Double.NEGATIVE_INFINITY, Double.NaN)),
                ChartSpec.mdc());
        assertEquals(-7.64, none.boundedLowerLimit(19), 1e-12);
    }

    @Test
    void chartsOfCountsAndProportionsHaveTheirOwnBounds() {
        Analysis c = Spc.analyse(alternating(1, 5), ChartSpec.builder().chart(ChartType.C).build());
        assertEquals(0, c.bounds().lower());
        assertFalse(c.bounds().upper() < Double.POSITIVE_INFINITY, "a count has no upper bound");
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(Series.Point.ratio(LocalDate.of(2023, 1, 1).plusMonths(i), i % 2, 2));
        }
        Analysis p = Spc.analyse(Series.of("p", points), ChartSpec.builder().chart(ChartType.P).build());
        assertEquals(new Bounds(0, 1), p.bounds());
    }

    @Test
    void boundsMustBeInOrder() {
        assertThrows(IllegalArgumentException.class, () -> new Bounds(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(Double.POSITIVE_INFINITY, Double.NaN));
        assertEquals(3, new Bounds(0, 10).clamp(3));
        assertTrue(Double.isNaN(new Bounds(0, 10).clamp(Double.NaN)));
    }
}
