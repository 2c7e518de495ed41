package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The writer gives the bytes Java's own UTF-8 writer gives for the same characters however they are handed over
 * (a character, an array, a string, in pieces that split a surrogate pair), surrogates without a pair included.
 */
class Utf8WriterTest {
    /** Characters of every width: ASCII, two-byte, three-byte, surrogate pairs, and lone halves. */
    private static String text(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            switch (r.nextInt(8)) {
                case 0, 1, 2 -> sb.append((char) (32 + r.nextInt(95)));
                case 3 -> sb.append(r.nextBoolean() ? '\n' : ',');
                case 4 -> sb.append((char) (0x80 + r.nextInt(0x780)));
                case 5 -> sb.append((char) (0x800 + r.nextInt(0xD000 - 0x800)));
                case 6 -> sb.appendCodePoint(0x10000 + r.nextInt(0x100000));
                default -> sb.append((char) (0xD800 + r.nextInt(0x800)));
            }
        }
        return sb.toString();
    }

    /** The text handed to a writer in random pieces, in each of the ways a writer takes text. */
    private static void writeInPieces(Writer w, String s, Random r) throws IOException {
        int i = 0;
        while (i < s.length()) {
            int n = Math.min(s.length() - i, 1 + r.nextInt(40));
            switch (r.nextInt(3)) {
                case 0 -> {
                    for (int k = i; k < i + n; k++) {
                        w.write(s.charAt(k));
                    }
                }
                case 1 -> w.write(s.toCharArray(), i, n);
                default -> w.write(s, i, n);
            }
            i += n;
        }
    }

    @Test
    void bytesAreThoseOfOutputStreamWriter() throws IOException {
        Random r = new Random(3);
        for (int trial = 0; trial < 500; trial++) {
            String s = text(r, r.nextInt(300));
            long seed = r.nextLong();
            int size = 16 + r.nextInt(64);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
                writeInPieces(w, s, new Random(seed));
            }
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer w = new Utf8Writer(actual, size)) {
                writeInPieces(w, s, new Random(seed));
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), () -> "text: " + s.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void bytesMadeElsewhereGoInBetweenTheText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(out, 16);
        w.write("héllo ");
        byte[] line = "wörld, a longer line than the buffer\n".getBytes(StandardCharsets.UTF_8);
        w.writeUtf8(line, 0, line.length);
        w.write("end");
        w.flush();
        assertEquals("héllo wörld, a longer line than the buffer\nend", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aHighSurrogateWaitsForItsPairAcrossFlushes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(out);
        String smile = "\uD83D\uDE00";
        w.write(smile.charAt(0));
        w.flush();
        w.write(smile.charAt(1));
        w.close();
        assertArrayEquals(smile.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
