package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The words and separators {@link Formats} writes without loading the locale data are the locale data's own:
 * British English's separators, English's short month names, and dates as the formatters {@code MMM yyyy} and
 * {@code d MMM yyyy} write them.
 */
class FormatsWithoutLocaleDataTest {
    @Test
    void britishSeparatorsAreTheLocalesOwn() {
        DecimalFormatSymbols uk = DecimalFormatSymbols.getInstance(Formats.PEOPLE);
        assertEquals(uk.getGroupingSeparator(), Formats.PEOPLE_GROUPING);
        assertEquals(uk.getDecimalSeparator(), Formats.PEOPLE_POINT);
        assertEquals(uk.getMinusSign(), Formats.PEOPLE_MINUS);
        assertEquals(uk.getZeroDigit(), Formats.PEOPLE_ZERO);
    }

    @Test
    void monthNamesAreEnglishsOwn() {
        DateTimeFormatter mmm = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
        for (Month m : Month.values()) {
            assertEquals(mmm.format(LocalDate.of(2025, m, 1)), Formats.SHORT_MONTHS[m.ordinal()]);
        }
    }

    @Test
    void datesAreWrittenAsTheFormattersWriteThem() {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        // Every day of 1800 to 2200, every fifth day of years 1 to 9999, and years outside those.
        for (LocalDate d = LocalDate.of(1800, 1, 1); d.getYear() <= 2200; d = d.plusDays(1)) {
            assertEquals(month.format(d), Formats.dateText(d, true));
            assertEquals(day.format(d), Formats.dateText(d, false));
        }
        for (LocalDate d = LocalDate.of(1, 1, 1); d.getYear() <= 9999; d = d.plusDays(5)) {
            assertEquals(month.format(d), Formats.dateText(d, true));
            assertEquals(day.format(d), Formats.dateText(d, false));
        }
        for (LocalDate d : new LocalDate[] {LocalDate.of(0, 3, 1), LocalDate.of(-44, 3, 15), LocalDate.of(10_000, 1, 1),
            LocalDate.of(123_456, 12, 31)}) {
            assertEquals(month.format(d), Formats.dateText(d, true));
            assertEquals(day.format(d), Formats.dateText(d, false));
        }
    }

    @Test
    void minusZeroIsFoundAsThePatternFoundIt() {
        java.util.regex.Pattern minusZero = java.util.regex.Pattern.compile("-0(\\.0*)?");
        String[] pieces = {"-", "0", ".", "00", "1", "-0", "5", "e"};
        java.util.Random random = new java.util.Random(20261205);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            assertEquals(minusZero.matcher(s).matches(), Formats.negativeZero(s), s);
        }
        assertEquals("0.00", Formats.fixed(-0.001, 2));
        assertEquals("-0.01", Formats.fixed(-0.005, 2));
    }
}
