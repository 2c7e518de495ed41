package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A line made as bytes reads as the text the string-making writers give: numbers as {@link CsvWriter#number}
 * and {@link CsvWriter#rounded}, dates as {@link LocalDate#toString()}, texts as {@link CsvWriter#text}.
 */
class CsvLineTest {
    private static String line(CsvWriter.Style style, java.util.function.Consumer<CsvLine> cells) throws IOException {
        CsvLine line = new CsvLine(style);
        cells.accept(line);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(out);
        line.end(w);
        w.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Doubles of the kinds data and limits hold: few decimals, many, whole, tiny, huge, negative. */
    private static double number(Random r) {
        double v = switch (r.nextInt(6)) {
            case 0 -> Math.round(r.nextGaussian() * 1e5) / Math.pow(10, r.nextInt(11));
            case 1 -> r.nextGaussian() * Math.pow(10, r.nextInt(30) - 15);
            case 2 -> (double) (r.nextLong() % 1_000_000_000_000_000L);
            case 3 -> r.nextDouble();
            case 4 -> Double.longBitsToDouble(r.nextLong());
            default -> r.nextInt(2000) / 8.0 - 100;
        };
        return Double.isNaN(v) ? 0.1 : v;
    }

    @Test
    void numbersAreWrittenAsCsvWriterWritesThem() throws IOException {
        Random r = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            double v = number(r);
            assertEquals(CsvWriter.number(v) + "\n", line(CsvWriter.Style.PLAIN, l -> l.number(v)), () -> "bits of "
                    + Double.doubleToRawLongBits(v));
        }
        for (double v : new double[] {0.0, -0.0, 1e-3, 9.999999e6, 1e7, 1e15, -1e15, 1e300, Double.MIN_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2}) {
            assertEquals(CsvWriter.number(v) + "\n", line(CsvWriter.Style.PLAIN, l -> l.number(v)));
        }
    }

    @Test
    void roundedNumbersAreWrittenAsTheStyleRoundsThem() throws IOException {
        Random r = new Random(6);
        for (int i = 0; i < 2_000; i++) {
            double v = number(r);
            int digits = r.nextInt(CsvWriter.Style.MAX_DIGITS + 1);
            CsvWriter.Style style = new CsvWriter.Style(digits, true);
            assertEquals(CsvWriter.rounded(v, digits) + "\r\n", line(style, l -> l.number(v)));
        }
    }

    @Test
    void aMissingNumberIsAnEmptyCell() throws IOException {
        assertEquals(",1\n", line(CsvWriter.Style.PLAIN, l -> l.number(Double.NaN).number(1)));
    }

    @Test
    void wholeNumbersAndFlags() throws IOException {
        Random r = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long v = r.nextLong() >> r.nextInt(64);
            assertEquals(v + "\n", line(CsvWriter.Style.PLAIN, l -> l.whole(v)));
        }
        assertEquals(Long.MIN_VALUE + "," + Long.MAX_VALUE + ",0,true,false\n", line(CsvWriter.Style.PLAIN,
                l -> l.whole(Long.MIN_VALUE).whole(Long.MAX_VALUE).whole(0).flag(true).flag(false)));
    }

    @Test
    void datesAreWrittenAsLocalDateWritesThem() throws IOException {
        for (LocalDate d = LocalDate.of(999, 12, 1); d.getYear() <= 10_000; d = d.plusDays(7)) {
            long day = d.toEpochDay();
            assertEquals(d + "\n", line(CsvWriter.Style.PLAIN, l -> l.date(day)));
        }
        for (LocalDate d : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(-44, 3, 15), LocalDate.MIN,
            LocalDate.MAX, LocalDate.of(2024, 2, 29)}) {
            assertEquals(d + "\n", line(CsvWriter.Style.PLAIN, l -> l.date(d.toEpochDay())));
        }
    }

    @Test
    void textsAreMadeSafeAndQuotedAsCsvWriterDoes() throws IOException {
        for (String s : new String[] {"A&E 4-hour performance (%)", "=SUM(A1)", "a, b", "say \"hi\"", " edge ",
            "naïve café", "\uD83D\uDE00 smile", "-3", "+", "@x", "line\nbreak", ""}) {
            assertEquals(CsvWriter.text(s) + ",x\n", line(CsvWriter.Style.PLAIN, l -> l.text(s).raw(
                    "x,".getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Test
    void aWriterOtherThanUtf8WriterGetsTheSameText() throws IOException {
        CsvLine line = new CsvLine(CsvWriter.Style.PLAIN);
        line.text("naïve \uD83D\uDE00").number(2.5).date(0);
        StringWriter w = new StringWriter();
        line.end(w);
        assertEquals("naïve \uD83D\uDE00,2.5,1970-01-01\n", w.toString());
    }

    @Test
    void datesOneAfterAnotherAndScatteredAreWrittenAsLocalDateWritesThem() throws IOException {
        // One line of many dates, so that each date follows the one before in the same line maker: days in
        // order across months, years and leap days, then days at random, then days outside four-digit years.
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2001, 3, 31)); d = d.plusDays(1)) {
            days.add(d);
        }
        Random r = new Random(8);
        for (int i = 0; i < 2_000; i++) {
            LocalDate d = LocalDate.ofEpochDay(r.nextInt(3_000_000) - 1_000_000);
            days.add(d);
            if (r.nextBoolean()) {
                days.add(d.plusDays(r.nextInt(40)));
            }
        }
        days.add(LocalDate.of(999, 12, 31));
        days.add(LocalDate.of(1000, 1, 1));
        days.add(LocalDate.of(999, 12, 31));
        StringBuilder expected = new StringBuilder();
        for (LocalDate d : days) {
            expected.append(expected.length() == 0 ? "" : ",").append(d);
        }
        assertEquals(expected + "\n", line(CsvWriter.Style.PLAIN, l -> days.forEach(d -> l.date(d.toEpochDay()))));
    }
}
