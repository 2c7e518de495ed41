package dev.spc.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bytes of an export, looked at before they are read: a workbook, or text in one of the encodings
 * exports come in. The first 64 KiB decide: a byte order mark names UTF-8, UTF-16 or UTF-32; without one,
 * text that is valid UTF-8 is UTF-8, text with every other byte zero is UTF-16, and other text is
 * Windows-1252 (what Excel's "CSV (Comma delimited)" writes), said in a notice. Nothing is decoded
 * leniently: a byte that the encoding does not define stops the reading with its row named, so no
 * character is ever read wrong without a word.
 */
final class TextInput {
    /** How many bytes are looked at to decide. */
    static final int HEAD = 1 << 16;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** What the bytes are. */
    enum Kind { TEXT, WORKBOOK }

    /**
     * What the first bytes showed.
     *
     * @param kind text or a workbook
     * @param charset the text's encoding (null for a workbook)
     * @param bom the length of the byte order mark to skip
     * @param notice a one-line notice naming an encoding other than UTF-8, or null
     * @param head the text of the first bytes (at most {@link #HEAD}), decoded, for looking at the first lines
     */
    record Sniffed(Kind kind, Charset charset, int bom, String notice, String head) {
    }

    private final InputStream in;
    private final Sniffed sniffed;
    private final String source;

    private TextInput(InputStream in, Sniffed sniffed, String source) {
        this.in = in;
        this.sniffed = sniffed;
        this.source = source;
    }

    /** Opens a file, refusing a folder, a missing file and one that cannot be read. */
    static TextInput open(Path file, Charset forced) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw DataException.atFile(source, "this is a folder, not a file",
                    "Give the path of a CSV file or Excel workbook, for example " + file.resolve("data.csv"));
        }
        try {
            return open(Files.newInputStream(file), source, forced);
        } catch (NoSuchFileException e) {
            throw DataException.atFile(source, "no such file", "Check the path and the file name");
        } catch (AccessDeniedException e) {
            throw DataException.atFile(source, "the file cannot be read (permission denied)",
                    "Check the file's permissions");
        } catch (IOException e) {
            throw DataException.atFile(source, "the file cannot be read: " + e.getMessage(), "Check the file", e);
        }
    }

    /**
     * Opens a stream (which the returned input closes).
     *
     * @param forced an encoding to read the text in, or null to decide from the bytes
     */
    static TextInput open(InputStream raw, String source, Charset forced) {
        BufferedInputStream in = new BufferedInputStream(raw, HEAD + 8);
        byte[] head;
        try {
            in.mark(HEAD + 8);
            head = in.readNBytes(HEAD);
            boolean whole = in.read() < 0;
            in.reset();
            Sniffed s = sniff(head, whole, source, forced);
            if (s.bom() > 0) {
                in.skipNBytes(s.bom());
            }
            return new TextInput(in, s, source);
        } catch (IOException e) {
            close(in);
            throw DataException.atFile(source, "the input cannot be read: " + e.getMessage(), "Check the input", e);
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more can be done
        }
    }

    /** What the first bytes show; {@code whole} when they are all the input. */
    static Sniffed sniff(byte[] head, boolean whole, String source, Charset forced) {
        int n = head.length;
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new Sniffed(Kind.WORKBOOK, null, 0, null, "");
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw DataException.atFile(source, "this is an Excel 97-2003 workbook (.xls) or a workbook protected "
                    + "by a password, which cannot be read", "Save it in Excel as an Excel Workbook (.xlsx) without a "
                    + "password, or as CSV UTF-8, and read that");
        }
        if (forced != null) {
            return text(head, whole, 0, forced, source, forced.equals(StandardCharsets.UTF_8) ? null
                    : notice(source, forced, "not UTF-8 throughout"));
        }
        int b0 = n > 0 ? head[0] & 0xFF : -1;
        int b1 = n > 1 ? head[1] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && n > 2 && (head[2] & 0xFF) == 0xBF) {
            return text(head, whole, 3, StandardCharsets.UTF_8, source, null);
        }
        if (b0 == 0xFF && b1 == 0xFE && n >= 4 && head[2] == 0 && head[3] == 0) {
            return text(head, whole, 4, UTF_32LE, source, notice(source, UTF_32LE, "by its byte order mark"));
        }
        if (b0 == 0 && b1 == 0 && n >= 4 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
            return text(head, whole, 4, UTF_32BE, source, notice(source, UTF_32BE, "by its byte order mark"));
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return text(head, whole, 2, StandardCharsets.UTF_16LE, source,
                    notice(source, StandardCharsets.UTF_16LE, "by its byte order mark"));
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return text(head, whole, 2, StandardCharsets.UTF_16BE, source,
                    notice(source, StandardCharsets.UTF_16BE, "by its byte order mark"));
        }
        int zeros = 0;
        int evenZeros = 0;
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            byte b = head[i];
            if (b == 0) {
                zeros++;
                if (i % 2 == 0) {
                    evenZeros++;
                }
            } else if (b < 0) {
                ascii = false;
            }
        }
        if (zeros > 0) {
            // UTF-16 text of Latin letters has a zero byte beside every letter, on one side.
            if (zeros * 3 >= n && (evenZeros * 10 <= zeros || evenZeros * 10 >= zeros * 9)) {
                Charset utf16 = evenZeros * 2 > zeros ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
                return text(head, whole, 0, utf16, source, notice(source, utf16, "without a byte order mark"));
            }
            throw DataException.atFile(source, "this is not text: it holds zero bytes, which no CSV file does",
                    "Export the data as CSV (in Excel: File > Save As > CSV UTF-8), or as an Excel workbook (.xlsx)");
        }
        if (ascii) {
            // ASCII throughout, as most exports are, is UTF-8 as it stands, each byte a character: copied as it is,
            // where decoding would check it and then decode it again.
            return new Sniffed(Kind.TEXT, StandardCharsets.UTF_8, 0, null, new String(head, StandardCharsets.ISO_8859_1));
        }
        if (decodes(head, whole, StandardCharsets.UTF_8)) {
            return text(head, whole, 0, StandardCharsets.UTF_8, source, null);
        }
        if (decodes(head, whole, WINDOWS_1252)) {
            return text(head, whole, 0, WINDOWS_1252, source, notice(source, WINDOWS_1252, "as it is not UTF-8"));
        }
        throw DataException.atFile(source, "the file is neither UTF-8 nor Windows-1252 text",
                "Save it as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8)");
    }

    private static String notice(String source, Charset charset, String why) {
        String name = charset.equals(WINDOWS_1252) ? "Windows-1252 text (what Excel's \"CSV (Comma delimited)\" writes)"
                : charset.name() + " text";
        return source + ": read as " + name + ", " + why + (charset.equals(WINDOWS_1252)
                ? "; save it as \"CSV UTF-8\" to be sure every character is read as written" : "");
    }

    private static Sniffed text(byte[] head, boolean whole, int bom, Charset charset, String source, String notice) {
        CharsetDecoder d = decoder(charset);
        ByteBuffer bytes = ByteBuffer.wrap(head, bom, head.length - bom);
        CharBuffer chars = CharBuffer.allocate(head.length + 1);
        CoderResult r = d.decode(bytes, chars, whole);
        if (r.isError()) {
            throw DataException.atFile(source, "the text is not " + charset.name() + ", though it starts as if it were",
                    "Save it as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8)");
        }
        chars.flip();
        return new Sniffed(Kind.TEXT, charset, bom, notice, chars.toString());
    }

    /** True when the bytes decode without error (an incomplete character at the end allowed unless whole). */
    private static boolean decodes(byte[] head, boolean whole, Charset charset) {
        CharsetDecoder d = decoder(charset);
        CoderResult r = d.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), whole);
        return !r.isError();
    }

    static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** What the first bytes showed. */
    Sniffed sniffed() {
        return sniffed;
    }

    /** The bytes, for a workbook (after its kind is known). */
    InputStream bytes() {
        return in;
    }

    /** The text, decoded strictly (a byte the encoding does not define is an error, not a replacement). */
    Reader reader() {
        return new InputStreamReader(in, decoder(sniffed.charset()));
    }

    /** Closes the input. */
    void close() {
        close(in);
    }

    /** The name the input goes by in messages. */
    String source() {
        return source;
    }
}
