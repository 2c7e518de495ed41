package dev.spc.charts;

import java.nio.charset.StandardCharsets;

/**
 * Takes the creation and modification dates out of a PDF, so that the same picture or report gives the
 * same bytes on every run: each {@code /CreationDate (...)} and {@code /ModDate (...)} entry of the
 * document information is overwritten with spaces, which keeps every byte offset (the cross-reference
 * table stays right) and leaves a valid dictionary without the two optional entries.
 */
public final class PdfDates {
    private static final byte[][] KEYS = {"/CreationDate".getBytes(StandardCharsets.US_ASCII),
        "/ModDate".getBytes(StandardCharsets.US_ASCII)};

    private PdfDates() {
    }

    /**
     * Blanks the first date entry of each kind in place: one written as a literal string, {@code (D:...)},
     * as the PDF writers spc uses write them. Other bytes are left as they are.
     *
     * @return the same array, for chaining
     */
    public static byte[] remove(byte[] pdf) {
        for (byte[] key : KEYS) {
            int at = indexOf(pdf, key);
            if (at < 0) {
                continue;
            }
            int open = at + key.length;
            while (open < pdf.length && (pdf[open] == ' ' || pdf[open] == '\n' || pdf[open] == '\r')) {
                open++;
            }
            if (open + 2 >= pdf.length || pdf[open] != '(' || pdf[open + 1] != 'D' || pdf[open + 2] != ':') {
                continue;
            }
            int close = open;
            while (close < pdf.length && pdf[close] != ')') {
                close++;
            }
            if (close - open > 40 || close >= pdf.length) {
                continue;
            }
            for (int i = at; i <= close; i++) {
                pdf[i] = ' ';
            }
        }
        return pdf;
    }

    private static int indexOf(byte[] data, byte[] key) {
        outer:
        for (int i = 0; i + key.length <= data.length; i++) {
            for (int k = 0; k < key.length; k++) {
                if (data[i + k] != key[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
