package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** CSV as the command line writes it: safe to open in a spreadsheet, in full precision or rounded. */
class CsvWriterTest {
    static String write(Table t, CsvWriter.Style style) throws IOException {
        StringWriter w = new StringWriter();
        CsvWriter.write(t, w, style);
        return w.toString();
    }

    static Table table(String[] metrics, double[] values) {
        LocalDate[] dates = new LocalDate[metrics.length];
        java.util.Arrays.fill(dates, LocalDate.of(2024, 4, 1));
        return Table.create("t", StringColumn.create("metric", metrics), DateColumn.create("date", dates),
                DoubleColumn.create("value", values));
    }

    /** The cells a spreadsheet runs or reads as a formula, as the OWASP guidance on CSV injection lists them. */
    @ParameterizedTest
    @CsvSource(delimiter = '~', quoteCharacter = '^', value = {
        "=HYPERLINK(\"http://x\",\"y\")~^\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"^",
        "+cmd|'/C calc'!A0~'+cmd|'/C calc'!A0",
        "-2+3~'-2+3",
        "@SUM(1)~'@SUM(1)",
        "\uFF1D1+1~'\uFF1D1+1"})
    void formulaLikeTextGetsALeadingApostrophe(String metric, String written) throws IOException {
        String csv = write(table(new String[] {metric}, new double[] {1}), CsvWriter.Style.PLAIN);
        assertEquals("metric,date,value\n" + written + ",2024-04-01,1\n", csv);
    }

    @Test
    void tabAndCarriageReturnStartsAreGuardedToo() {
        assertEquals("'\tx", CsvWriter.text("\tx"));
        assertEquals("\"'\rx\"", CsvWriter.text("\rx"));
    }

    @Test
    void ordinaryTextNumbersAndTheHeaderAreWrittenAsTheyAre() throws IOException {
        Table t = table(new String[] {"A&E 4-hour (%)", "# of complaints", ""}, new double[] {-3.5, 2, -0.25});
        t.column("metric").setName("-metric");
        String csv = write(t, CsvWriter.Style.PLAIN);
        assertEquals("-metric,date,value\nA&E 4-hour (%),2024-04-01,-3.5\n# of complaints,2024-04-01,2\n"
                + ",2024-04-01,-0.25\n", csv);
        assertFalse(CsvWriter.formulaLike(""));
        assertFalse(CsvWriter.formulaLike("'=x"));
        assertTrue(CsvWriter.formulaLike("-"));
    }

    @Test
    void excelStyleBeginsWithAByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        String csv = write(table(new String[] {"Ysbyty Gwynedd – Ward 7"}, new double[] {0.5}),
                new CsvWriter.Style(-1, true));
        assertEquals("\uFEFFmetric,date,value\r\nYsbyty Gwynedd – Ward 7,2024-04-01,0.5\r\n", csv);
    }

    @Test
    void excelStyleCsvReadsBackAsTheSameCells() throws IOException {
        String[] metrics = {"=1+1", "Ysbyty Gwynedd – Ward 7", "Falls, per \"1,000\""};
        String csv = write(table(metrics, new double[] {1, 2, 3}), new CsvWriter.Style(-1, true));
        CsvText.Records r = CsvText.Records.parse(csv.substring(1), ',', "t.csv");
        assertEquals(4, r.cells().size());
        assertArrayEquals(new String[] {"'=1+1", "2024-04-01", "1"}, r.cells().get(1));
        assertArrayEquals(new String[] {metrics[1], "2024-04-01", "2"}, r.cells().get(2));
        assertArrayEquals(new String[] {metrics[2], "2024-04-01", "3"}, r.cells().get(3));
    }

    /** Each rounding worked by hand from the decimal the value prints as. */
    @ParameterizedTest
    @CsvSource({
        "72.39807843137255, 3, 72.398",
        "72.39807843137255, 0, 72",
        "0.125, 2, 0.13",
        "-0.125, 2, -0.13",
        "2.5, 0, 3",
        "-2.5, 0, -3",
        "1.5959999999999999, 2, 1.6",
        "78, 2, 78",
        "-0.004, 2, 0",
        "0.0000001, 15, 0.0000001",
        "123456789.987654321, 1, 123456790",
        "1e20, 2, 100000000000000000000"})
    void digitsRoundHalfAwayFromZeroWithoutTrailingZeros(double v, int digits, String expected) {
        assertEquals(expected, CsvWriter.rounded(v, digits));
    }

    @Test
    void theStyleRoundsEveryNumberButNotTheDates() throws IOException {
        String csv = write(table(new String[] {"a", "b"}, new double[] {76.71666666666667, 2}),
                new CsvWriter.Style(1, false));
        assertEquals("metric,date,value\na,2024-04-01,76.7\nb,2024-04-01,2\n", csv);
    }

    @Test
    void digitsOutsideZeroToFifteenAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CsvWriter.Style(-2, false));
        assertThrows(IllegalArgumentException.class, () -> new CsvWriter.Style(16, false));
    }

    /**
     * Numbers appended without a string on the way read exactly as {@link CsvWriter#number} writes them: over
     * decimals of every length as data hold them, means and limits worked out from them, and doubles from
     * random bits (seeded).
     */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
    void appendedNumbersAreTheNumbersWritten(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 400_000; i++) {
            double v = switch (i % 4) {
                // a decimal as typed: up to 12 decimals, of any size
                case 0 -> r.nextLong(-10_000_000_000L, 10_000_000_000L) / Math.pow(10, r.nextInt(13));
                // a mean or a limit: worked out, full precision
                case 1 -> r.nextDouble(-1e4, 1e4) / 3 + r.nextDouble();
                // a proportion or a small rate
                case 2 -> r.nextInt(1, 100_000) / (double) r.nextInt(1, 1_000_000);
                // any double at all
                default -> Double.longBitsToDouble(r.nextLong());
            };
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            out.setLength(0);
            CsvWriter.append(out, v);
            assertEquals(CsvWriter.number(v), out.toString(), () -> "seed " + seed + ": " + Double.doubleToRawLongBits(v));
        }
    }

    @Test
    void appendedEdgeNumbersAreTheNumbersWritten() {
        double[] edges = {0.0, -0.0, 0.001, -0.001, 0.0009999999999999998, 9_999_999.999999998, 1e7, 0.1, 0.2, 0.3,
            0.1 + 0.2, 1.005, 2.675, 1e-3 + 1e-15, 123456.789, 5e-324, Double.MAX_VALUE, -1.5, 1.0 / 3, 2.0 / 3,
            100.0 / 7, 0.000123, 0.01, 0.05, 99.99999999999999};
        StringBuilder out = new StringBuilder();
        for (double v : edges) {
            out.setLength(0);
            CsvWriter.append(out, v);
            assertEquals(CsvWriter.number(v), out.toString(), () -> Double.toString(v));
        }
    }
}
