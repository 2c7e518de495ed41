package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports as trusts' systems write them: each shape reads as the same series as the tidy long file. */
class MessyExportsTest {
    static final String TIDY = """
            metric,date,value
            A&E 4-hour (%),2024-04-01,74.2
            A&E 4-hour (%),2024-05-01,75.9
            A&E 4-hour (%),2024-06-01,
            Falls,2024-04-01,12
            Falls,2024-05-01,1234
            Falls,2024-06-01,9
            """;

    @TempDir
    Path dir;

    Export read(String name, String text) throws IOException {
        return read(name, text, ReadOptions.defaults());
    }

    Export read(String name, String text, ReadOptions options) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return ExportReader.read(p, options);
    }

    List<Series> tidy() throws IOException {
        return read("tidy.csv", TIDY).series();
    }

    static String notices(Export e) {
        return String.join("\n", e.notices());
    }

    @Test
    void aColumnPerPeriodWithTotalsReadsAsTheTidyFile() throws IOException {
        Export e = read("wide.csv", """
                Metric,Apr-24,May-24,Jun-24,YTD,Total
                A&E 4-hour (%),74.2,75.9,,150.1,150.1
                Falls,12,"1,234",9,1255,1255
                Total,,,,,
                """);
        assertEquals(tidy(), e.series());
        assertTrue(notices(e).contains("read as a column per period and a row per metric (3 periods, Apr-24 to Jun-24; "
                + "metrics in column 'Metric'); columns 'YTD', 'Total' are not a period, left out"), notices(e));
        assertTrue(notices(e).contains("1 row of totals or averages left out: row 4 ('Total')"), notices(e));
    }

    @Test
    void aColumnPerMetricReadsAsTheTidyFile() throws IOException {
        Export e = read("bymetric.csv", """
                Date,A&E 4-hour (%),Falls,Total
                2024-04-01,74.2,12,86.2
                2024-05-01,75.9,1234,1309.9
                2024-06-01,,9,9
                """);
        assertEquals(tidy(), e.series());
        assertTrue(notices(e).contains("read as a column per metric and a row per period (2 metrics, dates in column "
                + "'Date'); column 'Total' is a total, left out"), notices(e));
    }

    @Test
    void aTitleBlockHeadingsNotesAndTotalRowsAreLeftOutAndCounted() throws IOException {
        Export e = read("ipr.csv", """
                Integrated performance report
                Data to June 2024,,
                ,,
                metric,date,value
                Responsive,,
                A&E 4-hour (%),2024-04-01,74.2
                A&E 4-hour (%),2024-05-01,75.9
                A&E 4-hour (%),2024-06-01,
                Safe,,
                Falls,2024-04-01,12
                Falls,2024-05-01,"1,234"
                Falls,2024-06-01,9
                Falls,Total,1255
                ,,
                Source: incident reporting system,,
                """);
        assertEquals(tidy(), e.series());
        assertEquals(new Export.Counts(14, 6, 8), e.counts());
        String n = notices(e);
        assertTrue(n.contains("rows 1-2 above the header left out (a title or notes): row 1 ('Integrated performance "
                + "report'), row 2 ('Data to June 2024')"), n);
        assertTrue(n.contains("2 rows with every cell blank left out (row 3, row 14)"), n);
        assertTrue(n.contains("3 rows with only one cell filled (a heading or a note) left out: row 5 ('Responsive'), "
                + "row 9 ('Safe'), row 15 ('Source: incident reporting system')"), n);
        assertTrue(n.contains("1 row of totals or averages left out: row 13 ('Total')"), n);
    }

    /**
     * Every row read is used or reported: over generated files with title blocks, blank rows, headings, notes
     * and totals in random places, the rows read are the rows used and the rows left out, and the points are
     * the rows used.
     */
    @Test
    void everyRowIsUsedOrReported() throws IOException {
        for (long seed = 1; seed <= 200; seed++) {
            java.util.Random random = new java.util.Random(seed);
            boolean wide = random.nextBoolean();
            StringBuilder sb = new StringBuilder();
            int read = 0;
            int used = 0;
            int title = random.nextInt(3);
            for (int k = 0; k < title; k++) {
                sb.append("Title line ").append(k).append('\n');
                read++;
            }
            int periods = 3 + random.nextInt(4);
            if (wide) {
                sb.append("Metric");
                for (int p = 0; p < periods; p++) {
                    sb.append(",2024/25 M").append(String.format("%02d", p + 1));
                }
                sb.append(",YTD\n");
            } else {
                sb.append("metric,date,value,annotation\n");
            }
            int metrics = 1 + random.nextInt(4);
            int width = wide ? periods + 2 : 4;
            for (int m = 0; m < metrics; m++) {
                for (int p = 0; p < (wide ? 1 : periods); p++) {
                    int extra = random.nextInt(8);
                    if (extra == 0) {
                        sb.append(",".repeat(width - 1)).append('\n');
                        read++;
                    } else if (extra == 1) {
                        sb.append("Heading ").append(m).append(",".repeat(width - 1)).append('\n');
                        read++;
                    } else if (extra == 2) {
                        sb.append(wide ? "Total" : "Metric " + m + ",Total").append(",1".repeat(wide ? periods + 1 : 2))
                                .append('\n');
                        read++;
                    }
                    if (wide) {
                        sb.append("Metric ").append(m);
                        for (int q = 0; q < periods; q++) {
                            sb.append(',').append(random.nextInt(5) == 0 ? "" : Integer.toString(random.nextInt(100)));
                        }
                        sb.append(",99\n");
                    } else {
                        sb.append("Metric ").append(m).append(",2024-0").append(p + 1).append("-01,")
                                .append(random.nextInt(100)).append(",\n");
                    }
                    read++;
                    used++;
                }
            }
            if (random.nextBoolean()) {
                sb.append("Source: made up").append(",".repeat(width - 1)).append('\n');
                read++;
            }
            Export e = read("gen.csv", sb.toString());
            Export.Counts c = e.counts();
            assertEquals(read, c.read(), "seed " + seed + ":\n" + sb);
            assertEquals(used, c.used(), "seed " + seed + ":\n" + sb);
            assertEquals(c.read(), c.used() + c.leftOut(), "seed " + seed);
            int points = e.series().stream().mapToInt(Series::size).sum();
            assertEquals(wide ? used * periods : used, points, "seed " + seed);
            if (c.leftOut() > 0) {
                assertTrue(e.notices().stream().anyMatch(n -> n.contains("left out")), "seed " + seed);
            }
        }
    }

    @Test
    void theHeaderRowCanBeGiven() throws IOException {
        String text = "Report,2024\nmetric,date,value\nA,2024-04-01,1\nA,2024-05-01,2\n";
        Export e = read("given.csv", text, ReadOptions.defaults().headerRow(2));
        assertEquals(List.of("A"), e.metrics());
        DataException past = assertThrows(DataException.class,
                () -> read("given.csv", text, ReadOptions.defaults().headerRow(9)));
        assertTrue(past.getMessage().contains("the header row given, row 9, is past the end of the file"),
                past.getMessage());
    }

    @Test
    void percentagesCurrencyAndSpacesReadAsNumbersAndPercentSetsTheUnit() throws IOException {
        Export e = read("cells.csv", """
                metric,date,value
                A&E,2024-04-01,74.2%
                A&E,2024-05-01,75.9 %
                Spend,2024-04-01,"£1,234"
                Spend,2024-05-01,1 234.50
                """);
        Series ae = e.series().get(0);
        assertEquals("%", ae.unit());
        assertEquals(74.2, ae.value(0));
        assertEquals(75.9, ae.value(1));
        Series spend = e.series().get(1);
        assertEquals("", spend.unit());
        assertEquals(1234, spend.value(0));
        assertEquals(1234.5, spend.value(1));
    }

    @Test
    void semicolonsWithDecimalCommasReadAsTheTidyFile() throws IOException {
        Export e = read("eu.csv", """
                metric;date;value
                A&E 4-hour (%);01/04/2024;74,2
                A&E 4-hour (%);01/05/2024;75,9
                A&E 4-hour (%);01/06/2024;
                Falls;01/04/2024;12
                Falls;01/05/2024;1.234
                Falls;01/06/2024;9
                """.replace("1.234", "1234"));
        assertEquals(tidy(), e.series());
    }

    @Test
    void financialMonthsReadAsTheirFirstDaysAndKeepTheirLabels() throws IOException {
        Export e = read("fm.csv", """
                metric,period,value
                A&E 4-hour (%),2024/25 M01,74.2
                A&E 4-hour (%),2024/25 M02,75.9
                A&E 4-hour (%),2024/25 M03,
                Falls,M01 2024/25,12
                Falls,M02 2024/25,1234
                Falls,M03 2024/25,9
                """);
        List<Series> tidy = tidy();
        for (int i = 0; i < tidy.size(); i++) {
            assertEquals(tidy.get(i).withPeriod(Period.FINANCIAL_MONTH), e.series().get(i));
        }
        assertEquals("2024/25 M03", e.series().get(1).label(2).orElseThrow());
    }

    @Test
    void aColumnPerFinancialQuarter() throws IOException {
        Export e = read("fq.csv", "Indicator,Q1 2024/25,Q2 2024/25,Q3 2024/25,Q4 2024/25\nFalls,3,4,5,6\n");
        Series s = e.series().get(0);
        assertEquals(List.of("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"),
                List.of(s.label(0).get(), s.label(1).get(), s.label(2).get(), s.label(3).get()));
        assertEquals(java.time.LocalDate.of(2025, 1, 1), s.date(3));
    }

    @Test
    void utf16WithAndWithoutAByteOrderMarkIsReadWithANotice() throws IOException {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            for (boolean bom : List.of(true, false)) {
                Path p = dir.resolve("u16.csv");
                Files.write(p, ((bom ? "\uFEFF" : "") + TIDY).getBytes(cs));
                Export e = ExportReader.read(p, ReadOptions.defaults());
                assertEquals(tidy(), e.series(), cs + " " + bom);
                assertTrue(notices(e).contains("read as " + cs.name() + " text, "
                        + (bom ? "by its byte order mark" : "without a byte order mark")), notices(e));
            }
        }
    }

    @Test
    void anOldExcelWorkbookIsRefusedSayingHowToSaveIt() throws IOException {
        Path p = dir.resolve("old.xls");
        Files.write(p, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0});
        DataException e = assertThrows(DataException.class, () -> ExportReader.read(p, ReadOptions.defaults()));
        assertTrue(e.getMessage().contains("Excel 97-2003 workbook (.xls)"), e.getMessage());
    }

    @Test
    void aLaterByteThatIsNotUtf8MakesTheFileReadAsWindows1252() throws IOException {
        StringBuilder sb = new StringBuilder("metric,date,value\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("A,").append(java.time.LocalDate.of(2000, 1, 1).plusDays(i)).append(",1\n");
        }
        byte[] head = sb.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "Caf\u00e9,2024-01-01,2\n".getBytes(TextInput.WINDOWS_1252);
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Path p = dir.resolve("late.csv");
        Files.write(p, all);
        Export e = ExportReader.read(p, ReadOptions.defaults());
        assertEquals(List.of("A", "Caf\u00e9"), e.metrics());
        assertTrue(notices(e).contains("read as Windows-1252 text"), notices(e));
    }

    @Test
    void choosingMetricsLeavesTheOthersOutWithANotice() throws IOException {
        Path p = dir.resolve("tidy.csv");
        Files.writeString(p, TIDY);
        Export e = ExportReader.read(p, ReadOptions.defaults().choose(m -> m.startsWith("Falls"), "not named by --metric"));
        assertEquals(List.of("Falls"), e.metrics());
        assertTrue(notices(e).contains("3 rows of 1 metric not named by --metric left out"), notices(e));
        DataException none = assertThrows(DataException.class,
                () -> ExportReader.read(p, ReadOptions.defaults().choose(m -> false, "not named by --metric")));
        assertTrue(none.getMessage().contains("no metric is chosen (not named by --metric). The metrics are: "
                + "A&E 4-hour (%), Falls"), none.getMessage());
    }

    @Test
    void isoDatesReadOnSightMixWithOthersOfTheirFormatAndTheOddOneIsNamed() throws IOException {
        // Three dates read on sight, then one ISO date without zero padding: the column is read as one, in order.
        Export mixed = read("mixed.csv", "date,value\n2024-01-03,3\n2024-01-01,1\n2024-1-2,2\n2024-01-04,4\n");
        Series s = mixed.series().get(0);
        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3),
                LocalDate.of(2024, 1, 4)), List.of(s.date(0), s.date(1), s.date(2), s.date(3)));
        assertEquals(2.0, s.value(1));

        // A date of another format after many read on sight is named by its row.
        StringBuilder text = new StringBuilder("date,value\n");
        for (int i = 0; i < 500; i++) {
            text.append(LocalDate.of(2020, 1, 1).plusDays(i)).append(",1\n");
        }
        text.append("05/06/2024,1\n");
        DataException e = assertThrows(DataException.class, () -> read("odd.csv", text.toString()).series());
        assertTrue(e.getMessage().contains("row 502") && e.getMessage().contains("'05/06/2024'"), e.getMessage());
    }
}
