package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"12", "-3.5", "+4", "0.25", ".5", "5.", "1e3", "1.5E-2", "1,234", "12,345,678.9", "0"})
    void plainNumbersAreNumbers(String s) {
        assertTrue(Cells.isPlainNumber(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "12a", "0x10", "1d", "1f", "NaN", "Infinity", "1e", "1,23", "1,2345",
        "12,34.5", ",123", "1 234", "--1", "1.2.3", "93.4%"})
    void otherTextIsNot(String s) {
        assertFalse(Cells.isPlainNumber(s), s);
    }

    @Test
    void thousandsSeparatorsAreDropped() {
        assertEquals(1234567.5, Cells.number("1,234,567.5", "f", 2, "value", "--missing"));
        assertEquals(-12, Cells.number(" -12 ", "f", 2, "value", "--missing"));
    }

    @Test
    void eachKindOfBadCellGetsItsOwnAdvice() {
        assertTrue(message("93.4%").contains("Write percentages as plain numbers"));
        assertTrue(message("NaN").contains("not a value that can be charted"));
        assertTrue(message("inf").contains("not a value that can be charted"));
        assertTrue(message("#DIV/0!").contains("--missing='#DIV/0!'"));
        assertTrue(message("n/a").contains("--missing='n/a'"));
        assertTrue(message("12a").contains("Correct the cell to a plain number"));
        assertTrue(message("1e999").contains("too large"));
        assertTrue(message("1.5e308").contains("too large to analyse"));
        assertEquals(1e15, Cells.number("1e15", "f", 2, "value", "--missing"));
        assertTrue(message("1000000000000001").contains("beyond 10^15"));
    }

    static String message(String cell) {
        return assertThrows(DataException.class, () -> Cells.number(cell, "f.csv", 7, "value", "--missing"))
                .getMessage();
    }

    @Test
    void flags() {
        for (String yes : new String[] {"1", "TRUE", "yes", "Y", "x"}) {
            assertTrue(Cells.flag(yes, "f", 2, "ghost"), yes);
        }
        for (String no : new String[] {"", "0", "false", "No", "n"}) {
            assertFalse(Cells.flag(no, "f", 2, "ghost"), no);
        }
        DataException e = assertThrows(DataException.class, () -> Cells.flag("maybe", "f.csv", 9, "ghost"));
        assertEquals("f.csv, row 9, column 'ghost': 'maybe' is not yes or no. "
                + "Write 1, yes or true to set the flag, or leave the cell blank", e.getMessage());
    }
}
