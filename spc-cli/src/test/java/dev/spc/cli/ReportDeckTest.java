package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spc report --pptx} and {@code spc chart --format pptx} as an analyst runs them, the decks read back
 * with Apache POI.
 */
class ReportDeckTest {
    /** ipr-settings.csv puts its 14 metrics in 5 groups: responsive 5, effective 2, safe 3, caring 2, well-led 2. */
    private static final int METRICS = 14;
    private static final List<String> GROUPS = List.of("responsive", "effective", "safe", "caring", "well-led");

    @TempDir
    Path dir;

    private Cli.Result deck(Path pptx, String... more) {
        List<String> args = new ArrayList<>(List.of("report", ChartCommandTest.ipr(), "--settings",
                ChartCommandTest.settings(), "--pptx", pptx.toString(), "--title", "Trust board"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static XMLSlideShow open(Path pptx) throws IOException {
        try (InputStream in = Files.newInputStream(pptx)) {
            return new XMLSlideShow(in);
        }
    }

    private static String text(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<XSLFPictureShape> pictures(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast)
                .toList();
    }

    @Test
    void theExampleReportIsATitleTheGridASectionPerGroupAndASlidePerMetric() throws IOException {
        Path pptx = dir.resolve("board.pptx");
        Cli.Result r = deck(pptx, "--subtitle", "May 2025");
        assertEquals(0, r.status(), r.toString());
        assertEquals(pptx.toString(), r.out().strip(), "the path of the file written");
        try (XMLSlideShow show = open(pptx)) {
            Dimension page = show.getPageSize();
            assertEquals(16.0 / 9.0, page.getWidth() / page.getHeight(), 1e-9, "16:9");
            List<XSLFSlide> slides = show.getSlides();
            assertEquals(1 + 1 + GROUPS.size() + METRICS, slides.size(), "title, grid, 5 sections, 14 metrics");

            String title = text(slides.get(0));
            assertTrue(title.contains("Trust board") && title.contains("May 2025"), title);
            // ipr.csv runs from April 2022 to March 2025.
            assertTrue(title.contains("Data from Apr 2022 to Mar 2025"), title);
            assertTrue(title.contains("14 metrics"), title);

            XSLFSlide grid = slides.get(1);
            assertEquals("Summary: 14 metrics by variation and assurance", grid.getTitle());
            String words = text(grid);
            assertTrue(words.contains("Common cause") && words.contains("Target consistently met")
                    && words.contains("Special cause – concern, higher"), words);
            assertFalse(words.contains("common_cause") || words.contains("hit_and_miss"), "words, not ids: " + words);
            // 7 variation icons drawn (none for "too few points") and 3 assurance icons, each with its words.
            assertEquals(10, pictures(grid).size());
            for (XSLFPictureShape p : pictures(grid)) {
                assertFalse(description(p).isBlank(), "every icon has a text alternative");
            }

            List<String> titles = slides.stream().map(XSLFSlide::getTitle).toList();
            assertEquals("responsive", titles.get(2));
            assertEquals("A&E 4-hour performance (%)", titles.get(3));
            int sections = 0;
            for (XSLFSlide s : slides.subList(2, slides.size())) {
                if (GROUPS.contains(s.getTitle())) {
                    sections++;
                    assertTrue(pictures(s).isEmpty(), "a section slide has no chart");
                    continue;
                }
                List<XSLFPictureShape> charts = pictures(s);
                assertEquals(1, charts.size(), s.getTitle() + ": one chart");
                XSLFPictureShape chart = charts.get(0);
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(chart.getPictureData().getData()));
                // Drawn at 560 x 340 points at 3 pixels a point (ReportDeck.CHART_WIDTH, CHART_HEIGHT, CHART_DPI).
                assertEquals(1680, png.getWidth());
                assertEquals(1020, png.getHeight());
                assertTrue(chart.getAnchor().getWidth() >= 600, "the chart takes most of the slide's width");
                assertTrue(description(chart).startsWith(s.getTitle()), "the chart's text alternative names it");
                String t = text(s);
                assertTrue(t.contains("Latest: ") && t.contains("Variation: ") && t.contains("Suggested action: ")
                        && t.contains("The latest point"), s.getTitle() + ": " + t);
            }
            assertEquals(GROUPS.size(), sections);
            String ae = text(slides.get(3));
            // ipr.csv's last A&E point: 2025-03-01, 76.7; its target in ipr-settings.csv: 78.
            assertTrue(ae.contains("Mar 2025: 76.7%") && ae.contains("Target: 78%"), ae);
        }
    }

    @Test
    void everyTextFitsItsBoxInReadableSizes() throws IOException {
        Path pptx = dir.resolve("board.pptx");
        assertEquals(0, deck(pptx).status());
        try (XMLSlideShow show = open(pptx)) {
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape s : slide.getShapes()) {
                    if (s instanceof XSLFTextShape t && !t.getText().isBlank()) {
                        String where = "slide " + slide.getSlideNumber() + " '" + t.getText() + "'";
                        assertTrue(t.getTextHeight() <= t.getAnchor().getHeight() + 0.5, where + " overflows its box");
                        t.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(run -> assertTrue(
                                run.getFontSize() >= Deck.SMALLEST, where + " is set in " + run.getFontSize() + " pt")));
                    }
                    assertTrue(s.getAnchor().getMinX() >= 0 && s.getAnchor().getMaxX() <= Deck.WIDTH
                            && s.getAnchor().getMinY() >= 0 && s.getAnchor().getMaxY() <= Deck.HEIGHT,
                            "slide " + slide.getSlideNumber() + ": a shape off the slide at " + s.getAnchor());
                }
            }
            // Every slide draws (as PowerPoint would show it) without an error, and not blank.
            for (XSLFSlide slide : show.getSlides()) {
                BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 480, 270);
                g.scale(0.5, 0.5);
                slide.draw(g);
                g.dispose();
                assertTrue(inked(image) > 0.01, "slide " + slide.getSlideNumber() + " is drawn");
            }
        }
    }

    @Test
    void theSameDataGiveTheSameBytesInAnyTimeZone() throws IOException {
        Path first = dir.resolve("first.pptx");
        Path second = dir.resolve("second.pptx");
        assertEquals(0, deck(first).status());
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertEquals(0, deck(second).status());
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals("1980-02-01T00:00", e.getTimeLocal().toString(), e.getName());
            }
        }
        try (XMLSlideShow show = open(first)) {
            // Dated by the data's last date, 2025-03-01 (ipr.csv).
            assertEquals("2025-03-01T00:00:00Z", show.getProperties().getCoreProperties().getCreated().toInstant().toString());
            assertEquals("Trust board", show.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void theDeckIsWrittenBesideTheHtmlAndNeverOverAnInput() throws IOException {
        Path html = dir.resolve("board.html");
        Path pptx = dir.resolve("board.pptx");
        Cli.Result r = deck(pptx, "-o", html.toString());
        assertEquals(0, r.status(), r.toString());
        assertEquals(List.of(html.toString(), pptx.toString()), r.out().strip().lines().toList());
        assertTrue(Files.size(html) > 0 && Files.size(pptx) > 0);

        Path data = dir.resolve("ipr.csv");
        Files.copy(Path.of(ChartCommandTest.ipr()), data);
        byte[] before = Files.readAllBytes(data);
        Cli.Result onInput = Cli.run("report", data.toString(), "--pptx", data.toString());
        assertEquals(1, onInput.status(), onInput.toString());
        assertTrue(onInput.err().contains("the output is the input file"), onInput.err());
        assertArrayEquals(before, Files.readAllBytes(data));

        Cli.Result same = deck(pptx, "-o", pptx.toString());
        assertEquals(2, same.status(), same.toString());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("board.html", "board.pptx", "ipr.csv"), left.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void chartFormatPptxWritesASlidePerMetric() throws IOException {
        Path pptx = dir.resolve("charts.pptx");
        Cli.Result r = Cli.run("chart", ChartCommandTest.ipr(), "--settings", ChartCommandTest.settings(), "-o",
                pptx.toString());
        assertEquals(0, r.status(), r.toString());
        try (XMLSlideShow show = open(pptx)) {
            assertEquals(METRICS, show.getSlides().size(), "a slide per metric, no title or sections");
            for (XSLFSlide s : show.getSlides()) {
                assertEquals(1, pictures(s).size());
            }
        }
        Cli.Result folder = Cli.run("chart", ChartCommandTest.ipr(), "--format", "pptx", "-o", dir.toString());
        assertEquals(0, folder.status(), folder.toString());
        assertEquals(pptx.toString(), folder.out().strip(), "charts.pptx in the folder");

        Cli.Result mismatch = Cli.run("chart", ChartCommandTest.ipr(), "--format", "pptx", "-o",
                dir.resolve("x.png").toString());
        assertEquals(2, mismatch.status(), mismatch.toString());
        Cli.Result multiples = Cli.run("chart", ChartCommandTest.ipr(), "--small-multiples", "-o", pptx.toString());
        assertEquals(2, multiples.status(), multiples.toString());
        Cli.Result unknown = Cli.run("chart", ChartCommandTest.ipr(), "--format", "ppt", "-o", dir.toString());
        assertEquals(2, unknown.status(), unknown.toString());
        assertTrue(unknown.err().contains("png, svg, pdf or pptx"), unknown.err());
    }

    private static String description(XSLFPictureShape p) {
        String descr = ((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture) p.getXmlObject()).getNvPicPr()
                .getCNvPr().getDescr();
        assertNotNull(descr);
        return descr;
    }

    /** The share of pixels that are not white. */
    private static double inked(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n / (double) (image.getWidth() * image.getHeight());
    }

}
