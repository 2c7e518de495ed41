package dev.spc.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an RGB image as a PNG file (ISO/IEC 15948): 8 bits a channel, no interlacing, each row filtered by
 * its difference from the row above ("Up"), compressed at zlib's fastest level. A chart is mostly flat colour
 * whose rows repeat, which this compresses nearly as well as trying every filter on every row, in a fraction
 * of the time; the pixels are read straight from the image's own array.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    /** PNG's filter types. */
    private static final int NONE = 0;
    private static final int UP = 2;

    private PngEncoder() {
    }

    /** Writes the image, which must be of {@link BufferedImage#TYPE_INT_RGB}. */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("an RGB image of ints is needed, not type " + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, w);
        putInt(header, 4, h);
        header[8] = 8; // bits a channel
        header[9] = 2; // RGB
        chunk(out, "IHDR", header, header.length);

        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(w * h / 4 + 1024);
        byte[] line = new byte[1 + 3 * w];
        byte[] buffer = new byte[1 << 16];
        try {
            for (int y = 0; y < h; y++) {
                int at = y * w;
                if (y == 0) {
                    line[0] = NONE;
                    for (int x = 0, i = 1; x < w; x++) {
                        int p = pixels[x];
                        line[i++] = (byte) (p >> 16);
                        line[i++] = (byte) (p >> 8);
                        line[i++] = (byte) p;
                    }
                } else {
                    // Each byte less the one above, from the pixels of both rows in one pass (a byte's difference
                    // depends only on the low 8 bits of each, so there is no need to unpack the row above first).
                    line[0] = UP;
                    int above = at - w;
                    for (int x = 0, i = 1; x < w; x++) {
                        int p = pixels[at + x];
                        int q = pixels[above + x];
                        line[i++] = (byte) ((p >> 16) - (q >> 16));
                        line[i++] = (byte) ((p >> 8) - (q >> 8));
                        line[i++] = (byte) (p - q);
                    }
                }
                deflater.setInput(line, 0, line.length);
                while (!deflater.needsInput()) {
                    int n = deflater.deflate(buffer);
                    compressed.write(buffer, 0, n);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                compressed.write(buffer, 0, n);
            }
        } finally {
            deflater.end();
        }
        byte[] data = compressed.toByteArray();
        chunk(out, "IDAT", data, data.length);
        chunk(out, "IEND", new byte[0], 0);
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.write(head);
        out.write(data, 0, length);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.write(sum);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
