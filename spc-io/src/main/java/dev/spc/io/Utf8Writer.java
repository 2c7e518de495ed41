package dev.spc.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * A buffered UTF-8 writer to a stream: the same bytes as an {@link java.io.OutputStreamWriter} in UTF-8 (a
 * surrogate without its pair is written {@code ?}), encoded straight into one buffer, and taking lines that
 * spc's tables have already made as bytes without turning them into characters and back.
 */
public final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buffer;
    private int count;
    /** A high surrogate whose low half has not come yet (0 for none). */
    private char pending;
    /** Where a string's characters are copied to be encoded. */
    private final char[] scratch = new char[1024];

    /** A writer with a 64 KB buffer. */
    public Utf8Writer(OutputStream out) {
        this(out, 1 << 16);
    }

    /** A writer with a buffer of the given size (at least 16 bytes). */
    public Utf8Writer(OutputStream out, int size) {
        this.out = Objects.requireNonNull(out, "out");
        this.buffer = new byte[Math.max(16, size)];
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pending == 0 && ch < 0x80) {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) ch;
        } else {
            encode(ch);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, chars.length);
        int end = off + len;
        int i = off;
        while (i < end) {
            // ASCII runs, the whole of most tables, copied a byte a character.
            if (pending == 0) {
                int room = buffer.length - count;
                if (room == 0) {
                    drain();
                    room = buffer.length;
                }
                int stop = Math.min(end, i + room);
                int n = count;
                while (i < stop) {
                    char c = chars[i];
                    if (c >= 0x80) {
                        break;
                    }
                    buffer[n++] = (byte) c;
                    i++;
                }
                count = n;
                if (i == stop) {
                    continue;
                }
            }
            encode(chars[i++]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, s.length());
        // Through a small array, in pieces: the characters copied out of the string at the speed of memory.
        char[] chars = scratch;
        for (int i = off, end = off + len; i < end; i += chars.length) {
            int n = Math.min(chars.length, end - i);
            s.getChars(i, i + n, chars, 0);
            write(chars, 0, n);
        }
    }

    /** Writes bytes that are already UTF-8 (whole characters). */
    void writeUtf8(byte[] bytes, int off, int len) throws IOException {
        if (pending != 0) {
            pending = 0;
            put((byte) '?');
        }
        if (len > buffer.length - count) {
            drain();
            if (len > buffer.length) {
                out.write(bytes, off, len);
                return;
            }
        }
        System.arraycopy(bytes, off, buffer, count, len);
        count += len;
    }

    /** One character that is not plain ASCII, or that follows a high surrogate. */
    private void encode(char c) throws IOException {
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                put((byte) (0xF0 | cp >> 18));
                put((byte) (0x80 | cp >> 12 & 0x3F));
                put((byte) (0x80 | cp >> 6 & 0x3F));
                put((byte) (0x80 | cp & 0x3F));
                return;
            }
            put((byte) '?');
        }
        if (c < 0x80) {
            put((byte) c);
        } else if (c < 0x800) {
            put((byte) (0xC0 | c >> 6));
            put((byte) (0x80 | c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pending = c;
        } else if (Character.isLowSurrogate(c)) {
            put((byte) '?');
        } else {
            put((byte) (0xE0 | c >> 12));
            put((byte) (0x80 | c >> 6 & 0x3F));
            put((byte) (0x80 | c & 0x3F));
        }
    }

    private void put(byte b) throws IOException {
        if (count == buffer.length) {
            drain();
        }
        buffer[count++] = b;
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    /** Writes out what is buffered (a high surrogate waiting for its pair waits on) and flushes the stream. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Writes out what is buffered (a surrogate left without its pair as {@code ?}) and closes the stream. */
    @Override
    public void close() throws IOException {
        if (pending != 0) {
            pending = 0;
            put((byte) '?');
        }
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
