package dev.spc.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels of periods, worked from the NHS financial year (1 April to 31 March) and ISO 8601 weeks. */
class PeriodTest {
    @Test
    void labels() {
        LocalDate april = LocalDate.of(2024, 4, 1);
        LocalDate march = LocalDate.of(2025, 3, 1);
        assertEquals("2024/25", Period.FINANCIAL_YEAR.label(april));
        assertEquals("2024/25", Period.FINANCIAL_YEAR.label(march));
        assertEquals("2024/25 M01", Period.FINANCIAL_MONTH.label(april));
        assertEquals("2024/25 M12", Period.FINANCIAL_MONTH.label(march));
        assertEquals("Q1 2024/25", Period.FINANCIAL_QUARTER.label(april));
        assertEquals("Q4 2024/25", Period.FINANCIAL_QUARTER.label(LocalDate.of(2025, 1, 1)));
        assertEquals("2099/00", Period.FINANCIAL_YEAR.label(LocalDate.of(2099, 5, 1)));
        assertEquals("2024 Q3", Period.QUARTER.label(LocalDate.of(2024, 7, 1)));
        assertEquals("2024", Period.YEAR.label(LocalDate.of(2024, 1, 1)));
        // 30 December 2019 is the Monday of 2020-W01.
        assertEquals("2020-W01", Period.ISO_WEEK.label(LocalDate.of(2019, 12, 30)));
        assertEquals("w/e 07/04/2024", Period.WEEK_ENDING.label(LocalDate.of(2024, 4, 7)));
        assertEquals(Period.ISO_WEEK, Period.ofId("iso_week"));
    }

    @Test
    void aSeriesKeepsItsPeriodThroughItsChanges() {
        Series plain = Series.of("m", new LocalDate[] {LocalDate.of(2024, 4, 1)}, new double[] {1});
        assertTrue(plain.label(0).isEmpty());
        Series s = plain.withPeriod(Period.FINANCIAL_MONTH).withUnit("%");
        assertEquals("2024/25 M01", s.label(0).orElseThrow());
        assertNotEquals(plain.withUnit("%"), s, "the period is part of the value");
        Series more = s.append(List.of(Series.Point.of(LocalDate.of(2024, 5, 1), 2)));
        assertEquals("2024/25 M02", more.label(1).orElseThrow());
    }

    @Test
    void aSequenceNumbersItsPointsInDateOrder() {
        // Three points given out of order: numbered 1, 2, 3 by date, values and flags kept with their points.
        Series s = Series.of("Days between falls", List.of(
                Series.Point.of(LocalDate.of(2024, 3, 9), 5).withAnnotation("third"),
                Series.Point.of(LocalDate.of(2024, 1, 2), 7),
                Series.Point.of(LocalDate.of(2024, 2, 5), 2).withRebase())).withUnit("days");
        Series n = s.numbered();
        assertEquals(Period.SEQUENCE, n.period().orElseThrow());
        assertEquals(List.of("1", "2", "3"), List.of(n.label(0).orElseThrow(), n.label(1).orElseThrow(),
                n.label(2).orElseThrow()));
        assertEquals(7, n.value(0));
        assertTrue(n.isRebase(1));
        assertEquals("third", n.annotation(2).orElseThrow());
        assertEquals("days", n.unit());
        assertEquals(Period.dateOf(2), n.date(1));
        assertEquals(2, Period.numberOf(n.date(1)));
        assertEquals(n, n.numbered(), "numbering a numbered series changes nothing");
        assertEquals(Period.SEQUENCE, Period.ofId("sequence"));
    }
}
