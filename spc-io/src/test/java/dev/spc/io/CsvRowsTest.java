package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UTF-8 text read straight from its bytes gives the same rows, cells and lines as the same text read through
 * a decoder, wherever a character of two, three or four bytes falls against the 64 KiB buffer's end.
 */
class CsvRowsTest {
    private static final String[] PIECES = {"a", "b", "7", "3.25", " ", "\u00e9", "\u00a3", "\u20ac", "\u2212",
        "\ud83d\ude00", "\u4e2d", ",", ",", "\n", "\r\n", "\r", "\"", "\"q,\"\"x\"\"\"", "\t"};

    private static List<Object> rows(CsvRows rows) {
        List<Object> out = new ArrayList<>();
        String[] row;
        while ((row = rows.next()) != null) {
            out.add(List.of(row));
            out.add(rows.line());
        }
        return out;
    }

    private static CsvRows fromBytes(byte[] bytes) {
        return new CsvRows(TextInput.open(new ByteArrayInputStream(bytes), "t.csv", StandardCharsets.UTF_8), ',');
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void bytesAndDecodedTextGiveTheSameRows(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder("metric,date,value\n");
        // Long enough to cross the buffer's end several times, at a different character each seed.
        int size = (1 << 16) * 3 + random.nextInt(1 << 16);
        while (text.length() < size) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (piece.startsWith("\"") && piece.length() == 1) {
                continue; // a lone quote would make the rest one cell; quoted cells come whole below
            }
            text.append(piece);
        }
        String s = text.toString();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        List<Object> expected = rows(new CsvRows(new StringReader(s), ',', "t.csv"));
        assertEquals(expected, rows(fromBytes(bytes)), "seed " + seed);
    }

    @Test
    void aCharacterSplitByTheBufferEndIsReadWhole() {
        // "€" (3 bytes) starts two bytes before the 64 KiB mark.
        String filler = "x".repeat((1 << 16) - 2 - "metric\n".length());
        String s = "metric\n" + filler + "\u20ac,2\n";
        CsvRows rows = fromBytes(s.getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"metric"}, rows.next());
        assertArrayEquals(new String[] {filler + "\u20ac", "2"}, rows.next());
        assertNull(rows.next());
    }

    @Test
    void aByteThatIsNotUtf8PastTheFirstBufferStopsTheReading() {
        StringBuilder sb = new StringBuilder("metric,value\n");
        int lines = 1;
        while (sb.length() < (1 << 17)) {
            sb.append("A,1\n");
            lines++;
        }
        byte[] head = sb.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 5);
        bytes[head.length] = 'C';
        bytes[head.length + 1] = (byte) 0xE9; // é in Windows-1252: not UTF-8
        bytes[head.length + 2] = ',';
        bytes[head.length + 3] = '3';
        bytes[head.length + 4] = '\n';
        CsvRows rows = fromBytes(bytes);
        CsvRows.NotDecodable e = assertThrows(CsvRows.NotDecodable.class, () -> rows(rows));
        // Found when the buffer that holds it is read: at a line of the buffer before it, or its own.
        int perBuffer = (1 << 16) / 4 + 1;
        assertTrue(e.line > lines - 2 * perBuffer && e.line <= lines + 1, "line " + e.line + " of " + (lines + 1));
    }

    @Test
    void textEndingInsideACharacterIsNotDecodable() {
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
        // Past the first 64 KiB, on which the encoding is judged.
        byte[] head = ("metric\n" + "A\n".repeat(1 << 16) + "A").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = euro[0];
        bytes[head.length + 1] = euro[1];
        CsvRows rows = fromBytes(bytes);
        assertThrows(CsvRows.NotDecodable.class, () -> rows(rows));
    }
}
