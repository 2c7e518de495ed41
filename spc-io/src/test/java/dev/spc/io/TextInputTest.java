package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The first bytes of a text file are read as a strict decoder reads them: ASCII (copied as it is) as UTF-8
 * decodes it, and text with any other byte by decoding, as UTF-8 where it is that, else as Windows-1252.
 */
class TextInputTest {
    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return TextInput.decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Test
    void asciiIsReadAsUtf8DecodesIt() throws CharacterCodingException {
        Random random = new Random(15);
        for (int trial = 0; trial < 2_000; trial++) {
            byte[] head = new byte[random.nextInt(trial < 100 ? 8 : 70_000)];
            for (int i = 0; i < head.length; i++) {
                head[i] = (byte) (1 + random.nextInt(127));
            }
            if (head.length > 1 && head[0] == 'P' && head[1] == 'K') {
                head[0] = 'p';
            }
            TextInput.Sniffed s = TextInput.sniff(head, random.nextBoolean(), "a.csv", null);
            assertEquals(TextInput.Kind.TEXT, s.kind());
            assertEquals(StandardCharsets.UTF_8, s.charset());
            assertEquals(0, s.bom());
            assertNull(s.notice());
            assertEquals(strictUtf8(head), s.head());
        }
    }

    @Test
    void anyOtherByteIsDecoded() throws CharacterCodingException {
        Random random = new Random(16);
        for (int trial = 0; trial < 500; trial++) {
            byte[] head = new byte[2 + random.nextInt(5_000)];
            for (int i = 0; i < head.length; i++) {
                head[i] = (byte) ('a' + random.nextInt(26));
            }
            int at = 1 + random.nextInt(head.length - 1);
            boolean utf8 = random.nextBoolean() && at + 1 < head.length;
            if (utf8) {
                head[at] = (byte) 0xC3; // é in UTF-8
                head[at + 1] = (byte) 0xA9;
            } else {
                head[at] = (byte) 0xE9; // é in Windows-1252, not UTF-8
            }
            TextInput.Sniffed s = TextInput.sniff(head, true, "a.csv", null);
            if (utf8) {
                assertEquals(StandardCharsets.UTF_8, s.charset());
                assertNull(s.notice());
                assertEquals(strictUtf8(head), s.head());
            } else {
                assertEquals(TextInput.WINDOWS_1252, s.charset());
                assertNotNull(s.notice());
                assertEquals(TextInput.WINDOWS_1252.decode(ByteBuffer.wrap(head)).toString(), s.head());
            }
        }
    }
}
