package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fuzz tests of every parser of user input: whatever the bytes, a parser either reads them or throws a
 * {@link DataException} that says where and what; never another exception. In the normal build these run
 * as regression tests over the inputs in {@code ParsersFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=ParsersFuzzTest} fuzzes for real.
 */
class ParsersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void csvExportsAreReadOrRefusedWithAReason(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            Export export = ExportReader.read(new ByteArrayInputStream(bytes), "fuzz.csv", ReadOptions.defaults());
            for (Series s : export.series()) {
                for (int i = 1; i < s.size(); i++) {
                    assertTrue(s.date(i - 1).isBefore(s.date(i)), "dates strictly increasing");
                }
                Analysis a = Spc.analyse(s, ChartSpec.mdc());
                assertFalse(a.explanation().isEmpty());
            }
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void exportsForEveryChartAreReadOrRefusedWithAReason(FuzzedDataProvider data) {
        dev.spc.core.spec.ChartType chart = data.pickValue(dev.spc.core.spec.ChartType.values());
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            Export export = ExportReader.read(new ByteArrayInputStream(bytes), "fuzz.csv",
                    ReadOptions.defaults().chart(chart));
            for (Series s : export.series()) {
                Analysis a = Spc.analyse(s, ChartSpec.builder().chart(chart).minimumPoints(2).build());
                assertFalse(a.explanation().isEmpty());
                for (int i = 0; i < a.size(); i++) {
                    assertFalse(a.lowerLimit(i) > a.upperLimit(i), "limits in order at " + i);
                }
            }
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void settingsFilesAreReadOrRefusedWithAReason(FuzzedDataProvider data) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("fuzz-settings", ".csv");
        try {
            java.nio.file.Files.write(file, data.consumeRemainingAsBytes());
            Settings settings = Settings.read(file);
            for (MetricSettings row : settings.rows()) {
                assertFalse(row.metric().isBlank());
                row.applyTo(ChartSpec.mdc());
            }
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dateColumnsAreReadOrRefusedWithAReason(FuzzedDataProvider data) {
        String first = data.consumeString(40);
        String second = data.consumeRemainingAsString();
        try {
            Map<String, Integer> column = new LinkedHashMap<>();
            column.put(first, 2);
            column.putIfAbsent(second, 3);
            DateReader r = DateReader.of(column, null, "fuzz.csv", "date");
            assertTrue(r.date(first) != null && r.date(second) != null);
        } catch (DataException e) {
            assertTrue(e.row() == 2 || e.row() == 3, e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dateFormatsAreTakenOrRefusedWithAReason(FuzzedDataProvider data) {
        String pattern = data.consumeString(30);
        String value = data.consumeRemainingAsString();
        try {
            ReadOptions.defaults().dateFormat(pattern);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("is not a date format"), e.getMessage());
            return;
        }
        try {
            Map<String, Integer> column = new LinkedHashMap<>();
            column.put(value, 2);
            assertTrue(DateReader.of(column, pattern, "fuzz.csv", "date").date(value) != null);
        } catch (DataException e) {
            assertTrue(e.row() == 2, e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void cellsAreNumbersOrRefusedWithAReason(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            double v = Cells.number(text, "fuzz.csv", 2, "value", "--missing");
            assertTrue(Double.isFinite(v), text);
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv, row 2, column 'value': "), e.getMessage());
        }
    }
    /** After a read: every row read was used or left out (and reported), and dates are in order. */
    private static void checkRead(Export export) {
        Export.Counts c = export.counts();
        org.junit.jupiter.api.Assertions.assertEquals(c.read(), c.used() + c.leftOut(), c.toString());
        for (Series s : export.series()) {
            for (int i = 1; i < s.size(); i++) {
                assertTrue(s.date(i - 1).isBefore(s.date(i)), "dates strictly increasing");
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void workbooksAreReadOrRefusedWithAReason(FuzzedDataProvider data) {
        Xlsx book = Xlsx.book();
        if (data.consumeBoolean()) {
            book.styles(data.consumeString(300));
        }
        if (data.consumeBoolean()) {
            book.date1904();
        }
        book.sharedStrings(data.consumeString(60), data.consumeString(60), data.consumeString(60));
        if (data.consumeBoolean()) {
            book.hidden(data.consumeString(20), data.consumeString(200));
        }
        book.sheet(data.consumeString(20), data.consumeRemainingAsString());
        try {
            checkRead(ExportReader.read(new ByteArrayInputStream(book.bytes()), "fuzz.xlsx", ReadOptions.defaults()));
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("fuzz.xlsx"), e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void workbookArchivesAreReadOrRefusedWithAReason(FuzzedDataProvider data) {
        byte[] rest = data.consumeRemainingAsBytes();
        byte[] bytes = new byte[rest.length + 4];
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        System.arraycopy(rest, 0, bytes, 4, rest.length);
        try {
            checkRead(ExportReader.read(new ByteArrayInputStream(bytes), "fuzz.xlsx", ReadOptions.defaults()));
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("fuzz.xlsx"), e.getMessage());
        }
    }

    /** Cells that exports hold: periods, numbers typed as people type them, totals, headings, blanks. */
    private static final String[] CELLS = {"", "Metric", "metric", "date", "value", "Month", "Apr-24", "May-24",
        "2024/25 M01", "2024/25 M02", "Q1 2024/25", "2024-W01", "w/e 07/04/2024", "2024-04-01", "2024-05-01",
        "YTD", "Total", "Grand total", "Average", "A&E (%)", "Falls", "# of complaints", "74.2%", "1,234", "£1,234",
        "1 234", "#DIV/0!", "#N/A", "NA", "-", "12", "0", "-3.5", "Report title", "target", "annotation", "=SUM(A1)"};

    @FuzzTest(maxDuration = "60s")
    void layoutsAreFoundOrRefusedWithAReason(FuzzedDataProvider data) {
        char separator = data.pickValue(new Character[] {',', ';', '\t'});
        int width = data.consumeInt(1, 8);
        StringBuilder text = new StringBuilder();
        int rows = data.consumeInt(0, 40);
        for (int r = 0; r < rows && data.remainingBytes() > 0; r++) {
            int cells = data.consumeBoolean() ? width : data.consumeInt(0, width + 1);
            for (int c = 0; c < cells; c++) {
                String cell = data.consumeBoolean() ? data.pickValue(CELLS) : data.consumeString(10);
                if (c > 0) {
                    text.append(separator);
                }
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            }
            text.append('\n');
        }
        ReadOptions options = ReadOptions.defaults();
        if (data.consumeBoolean()) {
            options.layout(data.pickValue(Layout.values()));
        }
        try {
            checkRead(ExportReader.read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                    "fuzz.csv", options));
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void periodsAreReadOrRefusedAndTheirLabelsReadBack(FuzzedDataProvider data) {
        int year = data.consumeInt(1890, 2200);
        int part = data.consumeInt(-1, 60);
        String[] forms = {"%d/%02d M%02d", "M%3$02d %1$d/%2$02d", "Q%3$d %1$d/%2$02d", "%d/%02d Q%d", "%d-W%3$02d",
            "%d Q%3$d", "w/e %3$02d/04/%1$d", "%d/%02d", "%d-%3$02d", "FY %d/%02d"};
        String form = data.pickValue(forms);
        String value = String.format(java.util.Locale.ROOT, form, year, (year + data.consumeInt(0, 2)) % 100, part)
                + data.consumeString(3);
        Map<String, Integer> column = new LinkedHashMap<>();
        column.put(value, 2);
        DateReader r;
        try {
            r = DateReader.of(column, null, "fuzz.csv", "period");
        } catch (DataException e) {
            assertTrue(e.row() == 2, e.getMessage());
            return;
        }
        java.time.LocalDate date = r.date(value);
        assertTrue(date != null, value);
        if (r.period() != null) {
            String label = r.period().label(date);
            Map<String, Integer> again = new LinkedHashMap<>();
            again.put(label, 2);
            DateReader back = DateReader.of(again, null, "fuzz.csv", "period");
            org.junit.jupiter.api.Assertions.assertEquals(date, back.date(label), value + " -> " + label);
            org.junit.jupiter.api.Assertions.assertEquals(r.period(), back.period(), label);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void encodingsAreFoundOrRefusedWithAReason(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            // Any bytes: text in some encoding (with a notice unless UTF-8), or refused, never an exception.
            byte[] bytes = data.consumeRemainingAsBytes();
            try {
                TextInput.Sniffed s = TextInput.sniff(bytes, true, "fuzz.csv", null);
                assertTrue(s.kind() == TextInput.Kind.WORKBOOK || s.charset().equals(StandardCharsets.UTF_8)
                        || s.notice() != null, "an encoding other than UTF-8 is named");
            } catch (DataException e) {
                assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
            }
            return;
        }
        // Text written in an encoding Excel writes, with its byte order mark, reads back as written.
        String text = data.consumeRemainingAsString();
        if (text.startsWith("PK") || text.startsWith("\uFEFF") || !StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
            return;
        }
        byte[][] encoded = {
            text.getBytes(StandardCharsets.UTF_8),
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)),
            concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
            concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
        };
        if (text.indexOf('\0') >= 0) {
            // No CSV file holds a NUL: without a mark its zero bytes are read as UTF-16, and after UTF-16LE's
            // mark (FF FE) a NUL reads as UTF-32LE's mark (FF FE 00 00).
            return;
        }
        for (int k = 0; k < encoded.length; k++) {
            TextInput.Sniffed s = TextInput.sniff(encoded[k], true, "fuzz.csv", null);
            org.junit.jupiter.api.Assertions.assertEquals(text, s.head());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
