package dev.spc.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A series made from arrays of dates (or of their day numbers) and values is the series of the same plain
 * points, and refuses the same problems: dates in order or not, gaps, repeated dates, values too large.
 */
class SeriesFromArraysTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void arraysMakeTheSeriesOfTheirPoints(long seed) {
        Random r = new Random(seed);
        int n = r.nextInt(40);
        LocalDate[] dates = new LocalDate[n];
        double[] values = new double[n];
        List<Series.Point> points = new ArrayList<>();
        boolean shuffled = r.nextBoolean();
        for (int i = 0; i < n; i++) {
            int day = shuffled ? r.nextInt(3 * n + 1) : 2 * i + r.nextInt(2);
            dates[i] = LocalDate.of(2024, 1, 1).plusDays(day);
            values[i] = switch (r.nextInt(10)) {
                case 0 -> Double.NaN;
                case 1 -> r.nextBoolean() ? 2e15 : -Series.LARGEST_VALUE;
                default -> r.nextGaussian() * 10;
            };
        }
        InvalidInputException fromPoints = null;
        Series expected = null;
        try {
            for (int i = 0; i < n; i++) {
                points.add(Series.Point.of(dates[i], values[i]));
            }
            expected = Series.of("m", points);
        } catch (InvalidInputException e) {
            fromPoints = e;
        }
        // The same dates as day numbers (what a reader counts from ISO text) make the same series.
        long[] days = new long[n];
        for (int i = 0; i < n; i++) {
            days[i] = dates[i].toEpochDay();
        }
        if (fromPoints == null) {
            assertEquals(expected, Series.of("m", dates, values), "seed " + seed);
            Series fromDays = Series.ofEpochDays("m", days, values);
            assertEquals(expected, fromDays, "seed " + seed);
            for (int i = 0; i < fromDays.size(); i++) {
                assertEquals(expected.date(i), fromDays.date(i));
                assertEquals(expected.date(i).toEpochDay(), fromDays.epochDay(i));
            }
        } else {
            InvalidInputException fromArrays = assertThrows(InvalidInputException.class,
                    () -> Series.of("m", dates, values), "seed " + seed);
            assertEquals(fromPoints.problem(), fromArrays.problem(), "seed " + seed);
            InvalidInputException fromDays = assertThrows(InvalidInputException.class,
                    () -> Series.ofEpochDays("m", days, values), "seed " + seed);
            assertEquals(fromPoints.problem(), fromDays.problem(), "seed " + seed);
        }
    }
}
