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
        "12,34.5", ",123", "1 234", "--1", "1.2.3", "93.4%", "£5"})
    void otherTextIsNot(String s) {
        assertFalse(Cells.isPlainNumber(s), s);
    }

    static Cells.Numbers commas() {
        return new Cells.Numbers("f.csv", ',', java.util.Set.of("", "NA"), "--missing");
    }

    /** Numbers as people type them in a comma-separated file, each with the value it must read as. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "74.2%|74.2", "74.2 %|74.2", "1,234|1234", "1 234|1234", "1\u00A0234 567|1234567", "£1,234|1234",
        "£1,234.50|1234.5", "-£5|-5", "£-5|-5", "$12|12", "12 €|12", "\u22125|-5", "+4|4", "1.5e3|1500"})
    void cellsAsPeopleTypeThem(String cell, double expected) {
        assertEquals(expected, commas().read(cell, 2, "value"), cell);
    }

    @Test
    void aPercentSignIsRemembered() {
        Cells.Numbers n = commas();
        n.read("74.2%", 2, "value");
        assertTrue(n.percent());
        n.read("74.2", 3, "value");
        assertFalse(n.percent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"})
    void excelErrorsAreMissingAndCounted(String error) {
        Cells.Numbers n = commas();
        assertTrue(Double.isNaN(n.readOrMissing(error, 5, "value")));
        assertTrue(Double.isNaN(n.readOrMissing("#N/A", 9, "target")));
        assertEquals(2, n.excelErrors());
        assertEquals("f.csv: 2 cells hold an Excel error value, read as missing (a gap): row 5, column 'value' ("
                + error + "); row 9, column 'target' (#N/A)", n.excelErrorNotice());
    }

    /** In a semicolon-separated file a comma is a decimal mark, and points or spaces group thousands. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "74,2|74.2", "1.234,5|1234.5", "1 234,5|1234.5", "1.234.567|1234567", "1,500|1.5", "12|12", "74,2%|74.2",
        "-0,5|-0.5"})
    void decimalCommasInSemicolonFiles(String cell, double expected) {
        Cells.Numbers n = new Cells.Numbers("eu.csv", ';', java.util.Set.of(""), "--missing");
        assertEquals(expected, n.read(cell, 2, "value"), cell);
    }

    @Test
    void aSemicolonFileMixingDecimalMarksIsRefusedNamingBoth() {
        Cells.Numbers n = new Cells.Numbers("eu.csv", ';', java.util.Set.of(""), "--missing");
        assertEquals(74.2, n.read("74,2", 2, "value"));
        assertEquals(3, n.read("3", 3, "value"));
        DataException e = assertThrows(DataException.class, () -> n.read("1.5", 4, "value"));
        assertEquals("eu.csv, row 4, column 'value': '1.5' has a decimal point, but row 2 ('74,2') has a decimal "
                + "comma: the file mixes the two. Write every number with the same decimal mark (74,2 or 74.2 "
                + "throughout)", e.getMessage());
        Cells.Numbers points = new Cells.Numbers("eu.csv", ';', java.util.Set.of(""), "--missing");
        assertEquals(1.5, points.read("1.5", 2, "value"));
        assertThrows(DataException.class, () -> points.read("2,5", 3, "value"));
    }

    @Test
    void thousandsSeparatorsAreDropped() {
        assertEquals(1234567.5, Cells.number("1,234,567.5", "f", 2, "value", "--missing"));
        assertEquals(-12, Cells.number(" -12 ", "f", 2, "value", "--missing"));
    }

    @Test
    void eachKindOfBadCellGetsItsOwnAdvice() {
        assertTrue(message("NaN").contains("not a value that can be charted"));
        assertTrue(message("inf").contains("not a value that can be charted"));
        assertTrue(message("#MISSING").contains("--missing='#MISSING'"));
        assertTrue(message("74,2").contains("perhaps a decimal comma"));
        assertTrue(message("£5%").contains("Correct the cell to a plain number"));
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

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void plainDecimalsReadAsJavaReadsThem(long seed) {
        java.util.Random r = new java.util.Random(seed);
        for (int k = 0; k < 20_000; k++) {
            int digits = 1 + r.nextInt(15);
            StringBuilder b = new StringBuilder(r.nextInt(4) == 0 ? "-" : "");
            int point = r.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point && d > 0) {
                    b.append('.');
                }
                b.append((char) ('0' + r.nextInt(10)));
            }
            String s = b.toString();
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
                    Double.doubleToRawLongBits(Cells.Numbers.plainDecimal(s)), s);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
                    Double.doubleToRawLongBits(Cells.Numbers.plainDecimal(("x" + s + "y").toCharArray(), 1,
                            1 + s.length())), s);
        }
        for (String other : new String[] {"", "-", ".5", "5.", "1,234", "1e3", "+5", "12%", "1234567890123456",
            "0.1234567890123456", "1.2.3", " 5", "5 ", "\u22125", "-.5", "--5", "5..0", "5.-"}) {
            assertTrue(Double.isNaN(Cells.Numbers.plainDecimal(other)), other);
            assertTrue(Double.isNaN(Cells.Numbers.plainDecimal(("1" + other + "1").toCharArray(), 1,
                    1 + other.length())), other);
        }
    }

    @Test
    void totalsAreKnownInAnyCaseAndOtherLabelsAreNot() {
        for (String total : new String[] {"Total", "TOTALS", "Grand total", "sub total", "Subtotal", "Sum", "Average",
            "avg", "Mean", "YTD", "FYTD", "Year to date", "YTD total", "Total YTD", "YTD average", "Average YTD",
            "Cumulative", "Overall", " Total: "}) {
            assertTrue(Reading.isTotal(total), total);
        }
        for (String label : new String[] {"2024-04-01", "Apr-24", "Falls", "Total hip replacements", "A&E", "", " "}) {
            assertFalse(Reading.isTotal(label), label);
        }
    }
}
