package dev.spc.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The same analysis gives the same bytes in every format, whatever the Java machine's locale and time zone
 * and whenever it runs; names that XML cannot hold, or too long to show, never break a picture.
 */
class DeterministicOutputTest {
    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** A percentage between 90 and 92: its axis ticks have one decimal (90.5%), which a locale may write 90,5%. */
    static Analysis percentages(String metric, String annotation) {
        double[] v = {90.2, 91.1, 90.7, 91.5, 90.9, 91.8, 91.0, 90.4, 91.2, 91.6, 90.8, 91.3, 91.9, 90.6, 91.4};
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            Series.Point p = Series.Point.of(LocalDate.of(2024, 4, 1).plusMonths(i), v[i]);
            points.add(i == 5 && annotation != null ? p.withAnnotation(annotation) : p);
        }
        return Spc.analyse(Series.of(metric, points).withUnit("%"), ChartSpec.builder().build());
    }

    static byte[] draw(Analysis a, ChartFormat format) throws IOException {
        return ChartGalleryTest.bytes(SpcChart.of(a, ChartOptions.defaults()), format, ChartOptions.defaults());
    }

    @Test
    void theJavaMachinesLocaleAndTimeZoneChangeNoByte() throws IOException {
        Analysis a = percentages("Bed occupancy (%)", "Winter plan");
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.UK);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String svg = new String(draw(a, ChartFormat.SVG), StandardCharsets.UTF_8);
            assertTrue(svg.contains(">90.5%<"), "a tick of 90.5%: " + svg.length());
            byte[] png = draw(a, ChartFormat.PNG);
            byte[] pdf = draw(a, ChartFormat.PDF);
            for (String tag : List.of("de-DE", "ar-EG", "th-TH-u-nu-thai", "hi-IN", "fr-CH")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone(tag.startsWith("de") ? "America/Los_Angeles" : "Asia/Kolkata"));
                String other = new String(draw(a, ChartFormat.SVG), StandardCharsets.UTF_8);
                assertEquals(svg, other, tag + ": the SVG (\"90,5%\" or other digits before)");
                assertArrayEquals(png, draw(a, ChartFormat.PNG), tag + ": the PNG");
                assertArrayEquals(pdf, draw(a, ChartFormat.PDF), tag + ": the PDF");
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void aPdfCarriesNoDateAndIsTheSameOnEveryRun() throws IOException, InterruptedException {
        Analysis a = percentages("Bed occupancy (%)", null);
        byte[] first = draw(a, ChartFormat.PDF);
        String text = new String(first, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("/CreationDate") || text.contains("/ModDate"), "no dates in the document information");
        assertTrue(text.contains("/Producer") && text.contains("/Title (Bed occupancy \\(%\\))"), "the rest stays");
        Thread.sleep(1100); // the dates' resolution is a second
        assertArrayEquals(first, draw(a, ChartFormat.PDF));
    }

    @Test
    void pdfDatesAreBlankedWithoutMovingAByte() {
        String before = "1 0 obj\n<< /Producer (JFreePDF) /CreationDate (D:20261202121111+00'0') /ModDate "
                + "(D:20261202121111+00'0') /Title (a \\(b\\)) >>\nendobj\nxref";
        byte[] pdf = before.getBytes(StandardCharsets.ISO_8859_1);
        String after = new String(PdfDates.remove(pdf), StandardCharsets.ISO_8859_1);
        assertEquals(before.length(), after.length(), "offsets kept");
        String creation = "/CreationDate (D:20261202121111+00'0')";
        String modification = "/ModDate (D:20261202121111+00'0')";
        assertEquals(before.replace(creation, " ".repeat(creation.length()))
                .replace(modification, " ".repeat(modification.length())), after);
        byte[] none = "%PDF-1.4 /CreationDate 5".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("%PDF-1.4 /CreationDate 5", new String(PdfDates.remove(none), StandardCharsets.ISO_8859_1),
                "an entry that is not a date string is left");
    }

    @Test
    void controlCharactersAndLoneSurrogatesInNamesLeaveWellFormedSvg() throws Exception {
        Analysis a = percentages("Ward\u0001 A\u001B[31m red\u0008 \uD800 \uFFFE (%)", "Note\u0007 with \uDC00 bell");
        byte[] svg = draw(a, ChartFormat.SVG);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        String title = doc.getElementsByTagName("title").item(0).getTextContent();
        assertEquals("Ward  A [31m red  \uFFFD \uFFFD (%)", title);
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("Note  with \uFFFD bell"), "the annotation, with its bell and half pair replaced");
        assertTrue(draw(a, ChartFormat.PDF).length > 0);
    }

    @Test
    void aVeryLongNameIsCutWithAnEllipsisToWhatTwoLinesCanShow() throws IOException {
        String name = "x".repeat(64_000);
        String title = SpcChart.titleText(name, 800);
        assertEquals(200, title.length(), "a quarter of the width in points");
        assertTrue(title.endsWith(SafeText.ELLIPSIS));
        assertEquals(2500, SpcChart.titleText(name, 10_000).length());
        assertEquals("Short name", SpcChart.titleText("Short name", 100));
        SpcChart chart = SpcChart.of(percentages(name, null), ChartOptions.defaults());
        // The title drawn is the cut one (64,000 letters before), in the two lines the chart has room for.
        String drawn = chart.chart().getTitle().getText();
        assertTrue(drawn.lines().count() <= 2 && drawn.endsWith(SafeText.ELLIPSIS), drawn);
        assertTrue(title.startsWith(drawn.replace("\n", "").replace(SafeText.ELLIPSIS, "")), drawn);
        String svg = new String(ChartGalleryTest.bytes(chart, ChartFormat.SVG, ChartOptions.defaults()), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<title>" + name + "</title>"), "the text alternative keeps the whole name");
    }

    @Test
    void aRasterOverTheLimitIsRefusedNamingItBeforeAnyMemoryIsTaken() {
        ChartOptions huge = ChartOptions.builder().width(10_000).height(10_000).dpi(1200).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartWriter.image(SpcChart.of(percentages("a", null), huge), huge));
        assertTrue(e.getMessage().contains("125000 x 125000 pixels, more than the 100 million"), e.getMessage());
        // The ends of the ranges: 10000 x 10000 at 96 dpi is 100 million pixels exactly, and allowed.
        ChartOptions.builder().width(10_000).height(10_000).dpi(96).build().checkRasterSize();
        ChartOptions.builder().width(800).height(450).dpi(1200).build().checkRasterSize();
        ChartOptions.builder().width(100).height(80).dpi(36).build().checkRasterSize();
        assertThrows(IllegalArgumentException.class,
                () -> ChartOptions.builder().width(10_000).height(10_000).dpi(97).build().checkRasterSize());
    }
}
