package dev.spc.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PNG encoder's files read back, with Java's own PNG reader, as exactly the pixels written. */
class PngEncoderTest {
    @ParameterizedTest
    @CsvSource({"1, 1, 1", "7, 3, 2", "800, 450, 3", "33, 200, 4"})
    void pixelsReadBackExactly(int width, int height, long seed) throws IOException {
        Random r = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Flat runs, repeated rows and noise, as a chart has all three.
                int rgb = y % 5 == 0 ? 0xFFFFFF : x % 7 == 0 ? r.nextInt(1 << 24) : (y * 31 + x / 9) * 0x010203;
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(width, back.getWidth());
        assertEquals(height, back.getHeight());
        assertArrayEquals(image.getRGB(0, 0, width, height, null, 0, width),
                back.getRGB(0, 0, width, height, null, 0, width));
    }

    @ParameterizedTest
    @CsvSource({"2"})
    void onlyIntRgbImagesAreTaken(int type) {
        BufferedImage argb = new BufferedImage(2, 2, type);
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.write(argb, new ByteArrayOutputStream()));
    }
}
