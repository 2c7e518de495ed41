package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV text of an export, read as RFC 4180 has it, with nothing taken for a comment. */
class CsvTextTest {
    static CsvText.Records records(String text) {
        return CsvText.Records.parse(text, ',', "t.csv");
    }

    @Test
    void quotedCellsHoldSeparatorsLineBreaksAndDoubledQuotes() {
        CsvText.Records r = records("metric,note\n\"Falls, per 1,000\",\"line one\nline two\"\n\"He said \"\"no\"\"\",x\n");
        assertEquals(3, r.cells().size());
        assertArrayEquals(new String[] {"Falls, per 1,000", "line one\nline two"}, r.cells().get(1));
        assertArrayEquals(new String[] {"He said \"no\"", "x"}, r.cells().get(2));
        // The third record starts on line 4: the second spans lines 2 and 3.
        assertArrayEquals(new int[] {1, 2, 4}, r.lines());
    }

    @Test
    void aHashIsDataNotAComment() {
        CsvText.Records r = records("metric,value\n# of complaints,4\n#,5\n");
        assertEquals(List.of("# of complaints", "#"), List.of(r.cells().get(1)[0], r.cells().get(2)[0]));
    }

    @Test
    void lineBreaksMayBeLfCrLfOrCrAndEmptyLinesHoldNoRecord() {
        CsvText.Records r = records("a,b\r\n1,2\r\n\r\n3,4\r5,6");
        assertEquals(4, r.cells().size());
        assertArrayEquals(new String[] {"5", "6"}, r.cells().get(3));
        assertArrayEquals(new int[] {1, 2, 4, 5}, r.lines());
    }

    @Test
    void unquotedCellsAreTrimmedAndQuotedOnesKeptAsWritten() {
        CsvText.Records r = records("a,b,c\n  x ,\" y \",\"z\"  \n");
        assertArrayEquals(new String[] {"x", " y ", "z"}, r.cells().get(1));
    }

    @Test
    void emptyCellsAndATrailingSeparatorCount() {
        CsvText.Records r = records("a,b,c\n,,\n1,2,\n");
        assertArrayEquals(new String[] {"", "", ""}, r.cells().get(1));
        assertArrayEquals(new String[] {"1", "2", ""}, r.cells().get(2));
    }

    @Test
    void aQuoteNeverClosedIsRefusedNamingItsLine() {
        DataException e = assertThrows(DataException.class, () -> records("a,b\n1,2\n3,\"open\n4,5\n"));
        assertEquals("t.csv, row 3: a quote (\") is never closed. Close the quote, or double a quote that is part "
                + "of the text (\"\")", e.getMessage());
    }

    @Test
    void theFileIsReadThroughTheParserWithRowsAsTheyStand() {
        CsvText.Loaded loaded = CsvText.load(new ByteArrayInputStream(
                "metric,date,value\n\"A, B\",2024-01-01,1\n,,\n\"A, B\",2024-02-01,2\n".getBytes(StandardCharsets.UTF_8)),
                "t.csv");
        assertEquals(2, loaded.table().rowCount());
        assertEquals(1, loaded.blankRows());
        assertEquals("A, B", loaded.table().column("metric")[1]);
        // The second data row kept is the file's fourth line.
        assertEquals(4, loaded.row(1));
    }
}
