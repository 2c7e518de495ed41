package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Chromium's PDFs of one page, printed twice, made the same bytes. */
class ChromiumPdfTest {
    /**
     * The parts of a tagged PDF that vary, laid out as Chromium 150 writes them: a header cell, a data cell
     * that names its headers, the name tree of identifiers, and the dates. Element numbers as two prints of
     * one page gave them (127 and 165, then 125 and 164).
     */
    static String print(int header, int rowHeader, String date) {
        return print(3, header, rowHeader, date);
    }

    static String print(int first, int header, int rowHeader, String date) {
        String f = String.format("%08d", first);
        String h = String.format("%08d", header);
        String r = String.format("%08d", rowHeader);
        return "%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m150)\n/CreationDate (D:" + date + "+00'00')\n/ModDate (D:" + date
                + "+00'00')>>\nendobj\n103 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node" + f + ")>>\nendobj\n"
                + "100 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node" + h + ")>>\nendobj\n"
                + "116 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node" + r + ")>>\nendobj\n"
                + "119 0 obj\n<</Type /StructElem\n/S /TD\n/A [<</O /Table\n/Headers [(node" + h + ") (node" + r
                + ")]>>]>>\nendobj\n1497 0 obj\n<</Limits [(node" + f + ") (node" + r + ")]\n/Names [(node" + f + ") 103 0 R "
                + "(node" + h + ") 100 0 R (node" + r + ") 116 0 R]>>\nendobj\nxref\n";
    }

    static String stable(String pdf) {
        return new String(ChromiumPdf.stable(pdf.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
    }

    @Test
    void twoPrintsOfOnePageBecomeTheSameBytesOfTheSameLength() {
        String first = print(127, 165, "20261202121253");
        String second = print(125, 164, "20261202121259");
        assertEquals(stable(first), stable(second));
        assertEquals(first.length(), stable(first).length(), "every offset kept");
        String expected = print(1, 2, 3, "20261202121253")
                .replace("/CreationDate (D:20261202121253+00'00')", " ".repeat(39))
                .replace("/ModDate (D:20261202121253+00'00')", " ".repeat(34));
        assertEquals(expected, stable(first), "numbered in the structure's order, the name tree sorted");
    }

    @Test
    void theNameTreeIsSortedByTheNewNumbers() {
        // The second header's element got a lower number than the first's in this print.
        String pdf = print(165, 127, "20261202121253");
        String out = stable(pdf);
        assertEquals(pdf.length(), out.length());
        assertEquals(true, out.contains("/Limits [(node00000001) (node00000003)]\n/Names [(node00000001) 103 0 R "
                + "(node00000002) 100 0 R (node00000003) 116 0 R]"), out);
    }

    @Test
    void aPdfWithoutTagsLosesItsDatesAlone() {
        String pdf = "%PDF-1.4\n<</CreationDate (D:20261202121253+00'00')>>\n(node00000001)";
        assertEquals("%PDF-1.4\n<<" + " ".repeat(39) + ">>\n(node00000001)", stable(pdf));
    }
}
