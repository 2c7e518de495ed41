package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Dates worked out from epoch days and written digit by digit are the text {@link LocalDate#toString()} gives,
 * for every kind of year.
 */
class IsoDateTextTest {
    @Test
    void everyDayOfYears999To10000IsWrittenAsLocalDateWritesIt() {
        StringBuilder sb = new StringBuilder();
        for (LocalDate d = LocalDate.of(999, 1, 1); d.getYear() <= 10_000; d = d.plusDays(1)) {
            sb.setLength(0);
            assertEquals(d.toString(), IsoDays.append(sb, d.toEpochDay()).toString());
        }
    }

    @Test
    void yearsOutsideFourDigitsFallBackToLocalDate() {
        for (LocalDate d : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(-44, 3, 15), LocalDate.of(0, 2, 29),
            LocalDate.of(123_456, 12, 31), LocalDate.MIN, LocalDate.MAX}) {
            assertEquals(d.toString(), IsoDays.append(new StringBuilder("x"), d.toEpochDay()).substring(1));
        }
    }
}
