package dev.spc.io;

import static dev.spc.io.Xlsx.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.series.Series;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel workbooks read as their users see them. The serial numbers are Excel's: 45017 is 1 April 2023 in
 * the 1900 date system (days since 30 December 1899, counting Excel's 29 February 1900).
 */
class WorkbookTest {
    @TempDir
    Path dir;

    private static final String COVER = row(1, "Integrated performance report") + row(3, "Sheet", "What it holds")
            + row(4, "IPR", "A row per metric");

    Export read(Xlsx book) throws IOException {
        return read(book, ReadOptions.defaults());
    }

    Export read(Xlsx book, ReadOptions options) throws IOException {
        Path p = dir.resolve("ipr.xlsx");
        Files.write(p, book.bytes());
        return ExportReader.read(p, options);
    }

    /** A message with the folder of the test's files left out. */
    String message(DataException e) {
        return e.getMessage().replace(dir + java.io.File.separator, "");
    }

    static String notices(Export e) {
        return String.join("\n", e.notices());
    }

    /** A wide sheet as trusts build them: title merged across, months as dates, percentages, formulas. */
    static Xlsx ipr() {
        Xlsx book = Xlsx.book();
        int title = book.string("Integrated performance report");
        int metric = book.string("Metric");
        int ytd = book.string("YTD");
        int ae = book.string("A&E 4-hour (%)");
        int cancer = book.string("Cancer 62-day (%)");
        String data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + title + "</v></c><c r=\"B1\" s=\"0\"/></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>" + metric + "</v></c><c r=\"B3\" s=\"1\"><v>45017</v></c>"
                + "<c r=\"C3\" s=\"1\"><v>45047</v></c><c r=\"D3\" s=\"1\"><v>45078</v></c>"
                + "<c r=\"E3\" t=\"s\"><v>" + ytd + "</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>" + ae + "</v></c><c r=\"B4\" s=\"2\"><v>0.695</v></c>"
                + "<c r=\"C4\" s=\"2\"><v>0.72299999999999998</v></c>"
                + "<c r=\"D4\" s=\"2\"><f>0.7+0.024</f><v>0.724</v></c>"
                + "<c r=\"E4\" s=\"2\"><f>AVERAGE(B4:D4)</f><v>0.714</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>" + cancer + "</v></c><c r=\"B5\" s=\"2\"><v>0.68</v></c>"
                + "<c r=\"C5\" s=\"2\" t=\"e\"><f>C9/C10</f><v>#DIV/0!</v></c><c r=\"D5\" s=\"2\"><v>0.664</v></c></row>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"A1:E1\"/></mergeCells>";
        return book.sheet("Contents", COVER).sheet("IPR", data);
    }

    @Test
    void aWideSheetReadsItsDatesPercentagesFormulasAndErrorsAsExcelShowsThem() throws IOException {
        Export e = read(ipr());
        assertEquals(List.of("A&E 4-hour (%)", "Cancer 62-day (%)"), e.metrics());
        Series ae = e.series().get(0);
        assertEquals(LocalDate.of(2023, 4, 1), ae.date(0));
        assertEquals(LocalDate.of(2023, 6, 1), ae.date(2));
        assertEquals(69.5, ae.value(0));
        assertEquals(72.3, ae.value(1), "Excel's 17 digits read as the number it shows");
        assertEquals(72.4, ae.value(2), "a formula's cached value");
        assertEquals("%", ae.unit(), "cells shown as percentages make the unit %");
        Series cancer = e.series().get(1);
        assertTrue(cancer.isGap(1), "an error value is a gap");
        String n = notices(e);
        assertTrue(n.contains("ipr.xlsx: read sheet 'IPR' (of 1 'Contents', 2 'IPR'); give the sheet option NAME or "
                + "NUMBER to read another"), n);
        assertTrue(n.contains("column 'YTD' is not a period, left out"), n);
        assertTrue(n.contains("row 1 ('Integrated performance report')"), n);
        assertTrue(n.contains("row 5, column 'May-23'") || n.contains("row 5, column '2023-05-01'"), n);
        assertTrue(n.contains("(#DIV/0!)"), n);
    }

    @Test
    void aLongSheetFillsCellsMergedDownAndReadsRichAndInlineText() throws IOException {
        Xlsx book = Xlsx.book();
        int rich = book.string("<r><t>Out</t></r><r><rPr><b/></rPr><t>patients</t></r>"
                + "<rPh sb=\"0\" eb=\"3\"><t>PHONETIC</t></rPh>");
        String data = row(1, "metric", "date", "value", "annotation")
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>" + rich + "</v></c><c r=\"B2\" s=\"3\"><v>45017</v></c>"
                + "<c r=\"C2\" s=\"4\"><v>12471</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"0\"/><c r=\"B3\" s=\"3\"><v>45047</v></c><c r=\"C3\"><v>12404</v></c></row>"
                + "<row r=\"4\"><c r=\"B4\" s=\"3\"><v>45078.5</v></c><c r=\"C4\"><v>1.1893E4</v></c>"
                + "<c r=\"D4\" t=\"str\"><f>\"New\"&amp;\" clinic\"</f><v>New clinic</v></c></row>"
                + row(5, "Falls", null, null, null) // a heading: one cell only
                + "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>Falls</t></is></c><c r=\"B6\" t=\"d\">"
                + "<v>2023-04-01T00:00:00</v></c><c r=\"C6\"><v>5</v></c></row>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"A2:A4\"/></mergeCells>";
        Export e = read(book.sheet("Data", data));
        assertEquals(List.of("Outpatients", "Falls"), e.metrics(), "the phonetic guide is not part of the text");
        Series out = e.series().get(0);
        assertEquals(3, out.size(), "the name merged down over rows 2-4 is read in each");
        assertEquals(11893.0, out.value(2));
        assertEquals(LocalDate.of(2023, 6, 1), out.date(2), "a time of day is set aside");
        assertEquals("New clinic", out.annotation(2).orElseThrow(), "a formula's text result");
        assertEquals(5.0, e.series().get(1).value(0));
        assertTrue(notices(e).contains("row 5 ('Falls')"), notices(e));
        assertFalse(notices(e).contains("read sheet"), "one sheet: nothing to say");
    }

    @Test
    void mergedRangesAreFoundHoweverManyAndWhereverTheBytesBreak() throws IOException {
        // 3,000 metrics of three months, each name merged down over its three rows: the merged ranges take
        // about 100 KB, so the scan meets some of them cut across its 64 KiB reads.
        StringBuilder data = new StringBuilder(row(1, "metric", "date", "value"));
        StringBuilder merges = new StringBuilder("<mergeCells count=\"3000\">");
        for (int m = 0; m < 3000; m++) {
            int r = 2 + 3 * m;
            data.append(row(r, "Metric number " + m, "2024-01-01", "1"))
                    .append(row(r + 1, null, "2024-02-01", "2"))
                    .append(row(r + 2, null, "2024-03-01", "3"));
            merges.append("<mergeCell ref=\"A").append(r).append(":A").append(r + 2).append("\"/>");
        }
        Export e = read(Xlsx.book().sheet("Data", data + merges.toString() + "</mergeCells>"));
        assertEquals(3000, e.size());
        for (Series s : e) {
            assertEquals(3, s.size(), s.metric());
        }
    }

    @Test
    void aSheetIsChosenByNameOrNumberAndAnUnknownOneListsThem() throws IOException {
        Xlsx book = ipr().hidden("Old", row(1, "metric", "date", "value") + row(2, "Old metric", "2023-04-01", "1"));
        assertEquals(List.of("A&E 4-hour (%)", "Cancer 62-day (%)"), read(book, ReadOptions.defaults().sheet("ipr")).metrics());
        assertEquals(List.of("Old metric"), read(book, ReadOptions.defaults().sheet("3")).metrics());
        DataException wrong = assertThrows(DataException.class,
                () -> read(book, ReadOptions.defaults().sheet("Summary").sheetOptionName("--sheet")));
        assertEquals("ipr.xlsx: the workbook has no sheet 'Summary'. Its sheets are: 1 'Contents', 2 'IPR', 3 'Old' "
                + "(hidden). Give --sheet a sheet's name or number", message(wrong));
    }

    @Test
    void hiddenSheetsAndSheetsWithoutATableAreNotChosen() throws IOException {
        Xlsx book = Xlsx.book().sheet("Contents", COVER)
                .hidden("Lookups", row(1, "code", "value") + row(2, "A", "1"))
                .sheet("Data", row(1, "metric", "date", "value") + row(2, "Falls", "2023-04-01", "5"));
        Export e = read(book);
        assertEquals(List.of("Falls"), e.metrics());
        assertTrue(notices(e).contains("read sheet 'Data'"), notices(e));

        DataException none = assertThrows(DataException.class, () -> read(Xlsx.book().sheet("Contents", COVER)));
        assertTrue(message(none).startsWith("ipr.xlsx: no sheet holds a table of data"), none.getMessage());
    }

    @Test
    void aValueRightOfTheHeaderIsRefusedByItsColumnLetter() {
        Xlsx book = Xlsx.book().sheet("Data", row(1, "metric", "date", "value")
                + row(2, "Falls", "2023-04-01", "5", null, "checked"));
        DataException e = assertThrows(DataException.class, () -> read(book));
        assertTrue(message(e).startsWith("ipr.xlsx (sheet 'Data'), row 2: the row has a value in column E "
                + "('checked'), right of the last column named in the header (row 1)"), e.getMessage());
    }

    @Test
    void aWorkbookOnStandardInputIsRead() {
        Export e = ExportReader.read(new ByteArrayInputStream(ipr().bytes()), "standard input", ReadOptions.defaults());
        assertEquals(2, e.size());
    }

    @Test
    void theNineteenFourDateSystem() throws IOException {
        Xlsx book = Xlsx.book().date1904().sheet("Data", row(1, "metric", "date", "value")
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Falls</t></is></c><c r=\"B2\" s=\"3\"><v>43555</v></c>"
                + "<c r=\"C2\"><v>5</v></c></row>");
        assertEquals(LocalDate.of(2023, 4, 1), read(book).series().get(0).date(0), "1 January 1904 plus 43555 days");
    }

    @Test
    void serialNumbersAreExcelsDates() {
        assertEquals("1900-01-01", Workbook.date(1, false));
        assertEquals("1900-02-28", Workbook.date(59, false));
        assertEquals("1900-02-29", Workbook.date(60, false), "Excel's day that never was, for the date reader to refuse");
        assertEquals("1900-03-01", Workbook.date(61, false));
        assertEquals("2023-04-01", Workbook.date(45017, false));
        assertEquals("2023-04-01 12:00:00", Workbook.date(45017.5, false));
        assertEquals("1904-01-01", Workbook.date(0, true));
        assertNull(Workbook.date(0.25, false), "a time of day alone");
        assertNull(Workbook.date(-1, false));
    }

    @Test
    void numberFormatsAreReadForWhatTheyShow() {
        assertEquals(Workbook.Look.DATE, Workbook.look(164, "mmm\\-yy"));
        assertEquals(Workbook.Look.DATE, Workbook.look(165, "yyyy-mm-dd;@"));
        assertEquals(Workbook.Look.DATE, Workbook.look(166, "[h]:mm"));
        assertEquals(Workbook.Look.DATE, Workbook.look(14, null));
        assertEquals(Workbook.Look.PERCENT, Workbook.look(165, "0.0%"));
        assertEquals(Workbook.Look.PERCENT, Workbook.look(10, null));
        assertEquals(Workbook.Look.NUMBER, Workbook.look(167, "[Red]0.00"));
        assertEquals(Workbook.Look.NUMBER, Workbook.look(168, "0\" days\""), "quoted letters are not a date");
        assertEquals(Workbook.Look.NUMBER, Workbook.look(169, "0.00E+00"));
        assertEquals(Workbook.Look.NUMBER, Workbook.look(170, "General"));
        assertEquals(Workbook.Look.NUMBER, Workbook.look(3, null));
    }

    @Test
    void numbersAreWrittenAsPeopleReadThem() {
        assertEquals("12471", Workbook.plain(12471.0));
        assertEquals("0.30000000000000004", Workbook.plain(0.1 + 0.2), "full precision, as Excel holds it");
        assertEquals("10000000000000000", Workbook.plain(1e16));
        assertEquals("0.001", Workbook.plain(0.001));
        assertEquals("0.0001", Workbook.plain(0.0001));
        assertEquals("-52.345", Workbook.plain(-52.345));
        assertEquals("12345678.5", Workbook.plain(12345678.5));
        assertTrue(Workbook.shortDecimal("-12.5") && Workbook.shortDecimal("123456789012345"));
        assertFalse(Workbook.shortDecimal("1234567890123456"), "16 digits may not be the double Excel holds");
        assertFalse(Workbook.shortDecimal("0.72299999999999998") || Workbook.shortDecimal("1E3")
                || Workbook.shortDecimal("1.") || Workbook.shortDecimal("-") || Workbook.shortDecimal(""));
        assertEquals("69.5%", Workbook.percent(0.695));
        assertEquals("100%", Workbook.percent(1));
        assertEquals("\r\n", Workbook.unescape("_x000D__x000A_"));
        assertEquals(27, Workbook.column("AB12"));
        assertEquals(-1, Workbook.column("12"));
        assertEquals("xl/worksheets/sheet1.xml", Workbook.resolve("xl/", "worksheets/sheet1.xml"));
        assertEquals("xl/styles.xml", Workbook.resolve("xl/", "/xl/styles.xml"));
        assertEquals("xl/media/a.png", Workbook.resolve("xl/worksheets/", "../media/a.png"));
    }

    @Test
    void noExternalEntityIsEverRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "do not read me");
        Xlsx book = Xlsx.book().sheet("Data", row(1, "metric", "date", "value")
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
        byte[] bytes = book.bytes();
        // The sheet is written again with a document type that declares the entity.
        Path p = dir.resolve("ipr.xlsx");
        Files.write(p, withDoctype(bytes, "xl/worksheets/sheet1.xml",
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"));
        try {
            Export e = ExportReader.read(p, ReadOptions.defaults());
            assertFalse(e.metrics().toString().contains("do not read me"));
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
            assertFalse(e.getMessage().contains("do not read me"), e.getMessage());
        }
    }

    @Test
    void aDamagedArchiveOrAnotherDocumentIsRefusedWithAReason() throws IOException {
        Path p = dir.resolve("broken.xlsx");
        Files.write(p, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        DataException damaged = assertThrows(DataException.class, () -> ExportReader.read(p, ReadOptions.defaults()));
        assertTrue(damaged.getMessage().startsWith(p + ": this is not a readable Excel workbook"), damaged.getMessage());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        Path doc = dir.resolve("letter.docx");
        Files.write(doc, out.toByteArray());
        DataException other = assertThrows(DataException.class, () -> ExportReader.read(doc, ReadOptions.defaults()));
        assertTrue(other.getMessage().contains("this zip archive is not an Excel workbook"), other.getMessage());
    }

    @Test
    void sheetIsANoticeForText() throws IOException {
        Path p = dir.resolve("tidy.csv");
        Files.writeString(p, MessyExportsTest.TIDY);
        Export e = ExportReader.read(p, ReadOptions.defaults().sheet("2").sheetOptionName("--sheet"));
        assertTrue(notices(e).contains("tidy.csv: --sheet is for Excel workbooks; this is text, read as it is"));
    }

    /** The workbook with a document type put before the root element of one part. */
    static byte[] withDoctype(byte[] xlsx, String part, String doctype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String s = new String(b, StandardCharsets.UTF_8);
                    int root = s.indexOf("<worksheet");
                    b = (s.substring(0, root) + doctype + s.substring(root)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(b);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
