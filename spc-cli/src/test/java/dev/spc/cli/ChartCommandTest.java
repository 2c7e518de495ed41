package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spc chart} as an analyst runs it on the example data. */
class ChartCommandTest {
    @TempDir
    Path dir;

    static String ipr() {
        return ExampleDataTest.data("ipr.csv").toString();
    }

    static String settings() {
        return ExampleDataTest.data("ipr-settings.csv").toString();
    }

    @Test
    void oneImagePerMetricInAFolderItMakes() throws IOException {
        Path out = dir.resolve("charts");
        Cli.Result r = Cli.run("chart", ipr(), "--settings", settings(), "-o", out.toString());
        assertEquals(0, r.status(), r.toString());
        List<String> printed = r.out().lines().toList();
        assertEquals(14, printed.size());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(14, files.filter(p -> p.toString().endsWith(".png")).count());
        }
        assertTrue(printed.contains(out.resolve("a-e-4-hour-performance.png").toString()), printed.toString());
        BufferedImage image = ImageIO.read(out.resolve("falls-per-1-000-bed-days.png").toFile());
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
    }

    @Test
    void svgWithSizeAndTheme() throws IOException {
        Path out = dir.resolve("svg");
        Cli.Result r = Cli.run("chart", ipr(), "--format", "svg", "--width", "1000", "--height", "500",
                "--theme", "high-contrast", "--two-sigma", "-o", out.toString());
        assertEquals(0, r.status(), r.toString());
        String svg = Files.readString(out.resolve("staff-turnover.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<title>Staff turnover (%)</title>"), svg.substring(0, 400));
        assertTrue(svg.contains("width='1000'") && svg.contains("viewBox='0 0 1000 500'"), svg.substring(0, 400));
    }

    @Test
    void numbersForPeopleFollowTheLocaleAskedForNotTheMachines() throws IOException {
        java.util.Locale machine = java.util.Locale.getDefault();
        try {
            // A German machine: the chart still writes numbers as in Britain unless told otherwise.
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            Path british = dir.resolve("british.svg");
            Cli.Result r = Cli.run("chart", ipr(), "--metric", "Mortality*", "--format", "svg", "-o", british.toString());
            assertEquals(0, r.status(), r.toString());
            String svg = Files.readString(british, StandardCharsets.UTF_8);
            // SHMI runs from about 0.98 to 1.07: its ticks and its explanation's numbers have decimals.
            assertTrue(Pattern.compile(">1\\.0[0-9]*</text>").matcher(svg).find(), "ticks as 1.0x");
            assertFalse(Pattern.compile(">[0-9]+,[0-9]+</text>").matcher(svg).find(), "no decimal commas");
            assertTrue(svg.contains("(mean 1.026)"), "the explanation as in Britain");

            Path german = dir.resolve("german.svg");
            r = Cli.run("chart", ipr(), "--metric", "Mortality*", "--format", "svg", "--locale", "de-DE",
                    "-o", german.toString());
            assertEquals(0, r.status(), r.toString());
            svg = Files.readString(german, StandardCharsets.UTF_8);
            assertTrue(Pattern.compile(">1,0[0-9]*</text>").matcher(svg).find(), "ticks as 1,0x");
            assertTrue(svg.contains("(mean 1,026)"), "the explanation's numbers as in Germany");
        } finally {
            java.util.Locale.setDefault(machine);
        }
        Cli.Result wrong = Cli.run("chart", ipr(), "--locale", "xx-nonsense-123", "-o", dir.resolve("x").toString());
        assertEquals(2, wrong.status(), wrong.toString());
        assertTrue(wrong.err().contains("is not a locale"), wrong.err());
    }

    @Test
    void oneMetricToOneFileWithTheDpi() throws IOException {
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, "date,value\n2024-01-01,3\n2024-02-01,4\n2024-03-01,5\n");
        Path png = dir.resolve("one.png");
        Cli.Result r = Cli.run("chart", csv.toString(), "--dpi", "192", "-o", png.toString());
        assertEquals(0, r.status(), r.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
    }

    @Test
    void smallMultiplesToOnePdf() throws IOException {
        Path pdf = dir.resolve("board.pdf");
        Cli.Result r = Cli.run("chart", ipr(), "--settings", settings(), "--small-multiples", "--y-axes", "free",
                "--width", "1600", "--height", "900", "-o", pdf.toString());
        assertEquals(0, r.status(), r.toString());
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(head));
        }
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
    }

    @Test
    void manyMetricsToOneFileIsACommandLineError() {
        Path png = dir.resolve("all.png");
        Cli.Result r = Cli.run("chart", ipr(), "-o", png.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("14 metrics but -o names one file"), r.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void formatAndFileNameMustAgree() {
        Cli.Result r = Cli.run("chart", ipr(), "--format", "svg", "-o", dir.resolve("x.png").toString());
        assertEquals(2, r.status(), r.toString());
    }

    @Test
    void anOutputInAMissingFolderIsRefusedBeforeAnyWork() {
        Path out = dir.resolve("missing").resolve("charts");
        Cli.Result r = Cli.run("chart", ipr(), "-o", out.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(out.getParent()));
    }
}
