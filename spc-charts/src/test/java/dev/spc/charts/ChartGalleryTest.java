package dev.spc.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.result.PointClass;
import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import dev.spc.core.testing.Reference;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.DateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.XYSeries;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Renders every chart option to {@code target/gallery/} (a gallery a person can open) and checks what
 * can be checked without eyes: sizes, colours at known points, well-formed SVG with its title, and a PDF
 * that pdftoppm can turn into a picture.
 */
class ChartGalleryTest {
    static final Path GALLERY = Paths.get("target", "gallery");
    static final int IMPROVEMENT = 0x00B0F0;
    static final int CONCERN = 0xE46C0A;

    @BeforeAll
    static void headless() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(GALLERY);
    }

    /** An MDC check case analysed under its reference settings. */
    static Analysis mdc(String metric) {
        List<Series.Point> points = new ArrayList<>();
        for (Reference.CasePoint p : Reference.mdcCases().get(metric)) {
            points.add(Series.Point.of(p.date(), p.value()));
        }
        Reference.CaseSettings s = Reference.mdcSettings().get(metric);
        ChartSpec.Builder spec = ChartSpec.builder().direction(Direction.parse(s.direction()));
        if (s.baselinePoints() != null) {
            spec.baselinePoints(s.baselinePoints());
        }
        if (s.recalculateFrom() != null) {
            spec.recalculateFrom(s.recalculateFrom());
        }
        return Spc.analyse(Series.of(metric, points), spec.target(30).build());
    }

    /** Monthly data with a ghosted point, a gap, annotations and a per-row target trajectory. */
    static Analysis everything() {
        double[] v = {70.1, 71.3, 69.8, 72.4, 70.9, 71.8, 73.0, 70.2, Double.NaN, 71.1, 72.0, 90.0, 71.5, 72.9, 74.8,
            75.2, 75.9, 76.3, 75.1, 76.8, 77.2, 76.0, 77.9, 78.4};
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            Series.Point p = Series.Point.of(LocalDate.of(2023, 1, 1).plusMonths(i), v[i]).withTarget(i < 12 ? 72 : 76);
            if (i == 11) {
                p = p.withGhost().withAnnotation("Data error, excluded");
            }
            if (i == 14) {
                p = p.withRebase().withAnnotation("New triage model <b>&</b> \"streaming\"");
            }
            points.add(p);
        }
        return Spc.analyse(Series.of("Seen within 4 hours <script>alert(1)</script> & \"more\" (%)", points).withUnit("%"),
                ChartSpec.builder().direction(Direction.INCREASE).minimumPoints(8).build());
    }

    static List<Analysis> family() {
        return List.of(mdc("Special cause - High is good"), mdc("Special cause - Low is good"),
                mdc("Special cause - Neither"), mdc("Recalculations - Recalculated"), mdc("Baselines - Recalculated"),
                mdc("Special cause crossing recalculations - two-sigma"), mdc("Summary icons - variation - Too few points"),
                everything());
    }

    static byte[] bytes(Drawable d, ChartFormat f, ChartOptions o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartWriter.write(d, f, o, out);
        return out.toByteArray();
    }

    static void save(String name, byte[] data) throws IOException {
        Files.write(GALLERY.resolve(name), data);
    }

    @Test
    void everyThemeFormatAndOptionRendersToTheGallery() throws Exception {
        FileNames names = new FileNames();
        int written = 0;
        for (Analysis a : family()) {
            for (Theme theme : Theme.values()) {
                for (ChartOptions.Lines twoSigma : ChartOptions.Lines.values()) {
                    ChartOptions o = ChartOptions.builder().theme(theme).twoSigma(twoSigma).build();
                    SpcChart chart = SpcChart.of(a, o);
                    for (ChartFormat f : ChartFormat.values()) {
                        byte[] data = bytes(chart, f, o);
                        assertTrue(data.length > 1000, "a real image: " + data.length + " bytes");
                        save(names.next(a.metric() + " " + theme.id() + " " + twoSigma, f.extension()), data);
                        written++;
                    }
                }
            }
        }
        assertEquals(8 * 3 * 2 * 3, written);
    }

    /** A P chart of 20 months whose denominators alternate 40 and 400: its limits step in and out. */
    static Analysis pChart() {
        List<Series.Point> points = new ArrayList<>();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 20; i++) {
            int n = i % 2 == 0 ? 40 : 400;
            points.add(Series.Point.ratio(LocalDate.of(2024, 1, 1).plusMonths(i), Math.round(n * (0.2 + 0.03
                    * r.nextGaussian())), n));
        }
        return Spc.analyse(Series.of("Proportion (P chart)", points),
                ChartSpec.builder().chart(dev.spc.core.spec.ChartType.P).build());
    }

    @Test
    void everyChartTypeRendersInEveryFormat() throws Exception {
        FileNames names = new FileNames();
        for (dev.spc.core.spec.ChartType type : dev.spc.core.spec.ChartType.values()) {
            List<Series.Point> points = new ArrayList<>();
            java.util.Random r = new java.util.Random(type.ordinal());
            for (int i = 0; i < 24; i++) {
                LocalDate d = LocalDate.of(2024, 1, 1).plusMonths(i);
                points.add(switch (type.input()) {
                    case RATIOS -> Series.Point.ratio(d, 20 + r.nextInt(10), 100);
                    case SUBGROUPS -> Series.Point.subgroup(d, dev.spc.core.series.Subgroup.of(10 + r.nextGaussian(),
                            10 + r.nextGaussian(), 10 + r.nextGaussian(), 10 + r.nextGaussian()));
                    case VALUES -> Series.Point.of(d, 1 + r.nextInt(20));
                });
            }
            Analysis a = Spc.analyse(Series.of(type.title(), points), ChartSpec.builder().chart(type).build());
            ChartOptions o = ChartOptions.builder().build();
            for (ChartFormat f : ChartFormat.values()) {
                byte[] data = bytes(SpcChart.of(a, o), f, o);
                assertTrue(data.length > 1000, type.id() + " " + f + ": " + data.length + " bytes");
                save(names.next("chart " + type.id(), f.extension()), data);
            }
        }
    }

    @Test
    void periodsAreLabelledAsTheDataNameThem() throws IOException {
        // 24 financial months from April 2023 (2023/24 M01) to March 2025 (2024/25 M12).
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            points.add(Series.Point.of(LocalDate.of(2023, 4, 1).plusMonths(i), 50 + (i * 7) % 5));
        }
        Series months = Series.of("Financial months", points).withPeriod(Period.FINANCIAL_MONTH);
        ChartOptions o = ChartOptions.builder().build();
        SpcChart chart = SpcChart.of(Spc.analyse(months, ChartSpec.mdc()), o);
        DateAxis axis = (DateAxis) chart.chart().getXYPlot().getDomainAxis();
        DateFormat labels = axis.getDateFormatOverride();
        assertEquals("2023/24 M01", labels.format(new Date((long) SpcChart.x(months.date(0)))));
        assertEquals("2024/25 M12", labels.format(new Date((long) SpcChart.x(months.date(23)))));
        DateTickUnit unit = axis.getTickUnit();
        assertEquals(DateTickUnitType.MONTH, unit.getUnitType(), "ticks a whole number of months apart");
        save("financial-months.png", bytes(chart, ChartFormat.PNG, o));
    }

    @Test
    void aTargetThatChangesIsDrawnAsStepsNeverAsASlope() {
        // A trajectory whose target changes every month, with a month without one.
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            Series.Point p = Series.Point.of(LocalDate.of(2024, 1, 1).plusMonths(i), 50 + i % 4);
            points.add(i == 7 ? p : p.withTarget(40 + i));
        }
        Analysis a = Spc.analyse(Series.of("Trajectory", points), ChartSpec.builder().direction(Direction.INCREASE)
                .build());
        XYPlot plot = SpcChart.of(a, ChartOptions.defaults()).chart().getXYPlot();
        XYSeries target = null;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) instanceof XYSeriesCollection c && c.getSeriesCount() > 0
                    && "target".equals(c.getSeries(0).getKey())) {
                target = c.getSeries(0);
            }
        }
        assertTrue(target != null, "the trajectory is a series of its own");
        int segments = 0;
        for (int k = 1; k < target.getItemCount(); k++) {
            double y0 = target.getY(k - 1).doubleValue();
            double y1 = target.getY(k).doubleValue();
            if (Double.isNaN(y0) || Double.isNaN(y1)) {
                continue;
            }
            segments++;
            assertTrue(target.getX(k - 1).doubleValue() == target.getX(k).doubleValue() || y0 == y1,
                    "segment " + k + " is level or upright, not a slope");
        }
        assertTrue(segments >= 30, "each change is a step up and a level run: " + segments);
    }

    @Test
    void limitsThatVaryAreDrawnAtEachPointsOwnLevel() throws IOException {
        Analysis a = pChart();
        assertTrue(a.upperLimit(0) - a.upperLimit(1) > 0.05, "n = 40 has a wider limit than n = 400");
        ChartOptions o = ChartOptions.builder().build();
        SpcChart chart = SpcChart.of(a, o);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage probe = new BufferedImage(o.width(), o.height(), BufferedImage.TYPE_INT_RGB);
        chart.draw(probe.createGraphics(), new Rectangle2D.Double(0, 0, o.width(), o.height()), info);
        byte[] png = bytes(chart, ChartFormat.PNG, o);
        save("p-chart-steps.png", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        XYPlot plot = chart.chart().getXYPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        int limit = Theme.MDC.limitLine().getRGB() & 0xFFFFFF;
        for (int i : new int[] {4, 5}) {
            double x = plot.getDomainAxis().valueToJava2D(SpcChart.x(a.date(i)), area, RectangleEdge.BOTTOM);
            double y = plot.getRangeAxis().valueToJava2D(a.upperLimit(i), area, RectangleEdge.LEFT);
            double other = plot.getRangeAxis().valueToJava2D(a.upperLimit(i == 4 ? 5 : 4), area, RectangleEdge.LEFT);
            assertTrue(nearColour(image, x, y, limit), "point " + i + "'s own upper limit is drawn at its x");
            assertTrue(!nearColour(image, x, other, limit), "the other level's limit is not drawn at point " + i);
        }
    }

    /**
     * True when, in a column within 6 of x, the rows within 1 of y hold the colour's ink: anti-aliasing
     * spreads a thin line over the rows it crosses (a line exactly between two rows is drawn at half
     * strength in both), but the darkness it adds to the column, summed over those rows, is the line's own.
     * Dashes leave gaps, hence the columns either side.
     */
    static boolean nearColour(BufferedImage image, double x, double y, int rgb) {
        for (int dx = -6; dx <= 6; dx++) {
            int px = (int) Math.round(x) + dx;
            if (px < 0 || px >= image.getWidth()) {
                continue;
            }
            int[] ink = new int[3];
            for (int dy = -1; dy <= 1; dy++) {
                int py = (int) Math.round(y) + dy;
                if (py >= 0 && py < image.getHeight()) {
                    int c = image.getRGB(px, py);
                    for (int k = 0; k < 3; k++) {
                        ink[k] += 255 - (c >> 8 * k & 0xFF);
                    }
                }
            }
            boolean match = true;
            for (int k = 0; k < 3; k++) {
                match &= Math.abs(ink[k] - (255 - (rgb >> 8 * k & 0xFF))) <= 64;
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    @Test
    void pngSizeFollowsTheDpi() throws IOException {
        for (int dpi : new int[] {96, 192, 48}) {
            ChartOptions o = ChartOptions.builder().width(640).height(360).dpi(dpi).build();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes(SpcChart.of(everything(), o), ChartFormat.PNG, o)));
            assertEquals(640 * dpi / 96, image.getWidth());
            assertEquals(360 * dpi / 96, image.getHeight());
        }
    }

    /** Where point i is drawn, in points, found from the rendered plot's own axes. */
    static double[] where(SpcChart chart, ChartRenderingInfo info, int i) {
        XYPlot plot = chart.chart().getXYPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        Analysis a = chart.analysis();
        double x = plot.getDomainAxis().valueToJava2D(SpcChart.x(a.date(i)), area, RectangleEdge.BOTTOM);
        double y = plot.getRangeAxis().valueToJava2D(a.value(i), area, RectangleEdge.LEFT);
        return new double[] {x, y};
    }

    @Test
    void improvementAndConcernPointsAreDrawnInTheMdcColours() throws IOException {
        // The reference says: "Special cause - High is good" point 17 is improvement, point 1 is concern.
        Analysis a = mdc("Special cause - High is good");
        assertEquals(PointClass.IMPROVEMENT, a.pointClass(16));
        assertEquals(PointClass.CONCERN, a.pointClass(0));
        for (int dpi : new int[] {96, 192}) {
            ChartOptions o = ChartOptions.builder().dpi(dpi).build();
            SpcChart chart = SpcChart.of(a, o);
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage probe = new BufferedImage(o.width(), o.height(), BufferedImage.TYPE_INT_RGB);
            chart.draw(probe.createGraphics(), new Rectangle2D.Double(0, 0, o.width(), o.height()), info);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes(chart, ChartFormat.PNG, o)));
            save("improvement-probe-" + dpi + ".png", bytes(chart, ChartFormat.PNG, o));
            double[] p17 = where(chart, info, 16);
            double[] p1 = where(chart, info, 0);
            assertEquals(IMPROVEMENT, rgb(png, p17, o.scale()), "point 17 at " + p17[0] + "," + p17[1]);
            assertEquals(CONCERN, rgb(png, p1, o.scale()), "point 1 at " + p1[0] + "," + p1[1]);
        }
    }

    static int rgb(BufferedImage image, double[] at, double scale) {
        return image.getRGB((int) Math.round(at[0] * scale), (int) Math.round(at[1] * scale)) & 0xFFFFFF;
    }

    @Test
    void svgIsWellFormedXmlWithTitleAndDescriptionAsText() throws Exception {
        Analysis a = everything();
        ChartOptions o = ChartOptions.defaults();
        String svg = new String(bytes(SpcChart.of(a, o), ChartFormat.SVG, o), StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                : doc.getDocumentElement().getLocalName());
        assertEquals(a.metric(), doc.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(doc.getElementsByTagName("desc").item(0).getTextContent().contains(a.explanation()));
        assertTrue(!svg.contains("<script>"), "the metric name is text, not markup");
    }

    @Test
    void pdfConvertsWithPdftoppm() throws Exception {
        boolean ci = System.getenv("CI") != null;
        boolean available = Files.isExecutable(Paths.get("/usr/bin/pdftoppm"));
        if (!available) {
            if (ci) {
                throw new AssertionError("pdftoppm is missing: .ci/run must install poppler-utils");
            }
            Assumptions.abort("pdftoppm is not installed (apt-get install poppler-utils)");
        }
        ChartOptions o = ChartOptions.defaults();
        Path pdf = GALLERY.resolve("pdftoppm-check.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            ChartWriter.write(SpcChart.of(mdc("Special cause - High is good"), o), ChartFormat.PDF, o, out);
        }
        Path prefix = GALLERY.resolve("pdftoppm-check");
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "96", "-singlefile", pdf.toString(), prefix.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        BufferedImage page = ImageIO.read(GALLERY.resolve("pdftoppm-check.png").toFile());
        assertEquals(800, page.getWidth(), 2);
        assertEquals(450, page.getHeight(), 2);
        assertTrue(countColour(page, IMPROVEMENT) > 20, "improvement points are on the page");
    }

    @Test
    void pdfTakesMetricNamesWithBracketsBackslashesAndAnyScript() throws Exception {
        boolean available = Files.isExecutable(Paths.get("/usr/bin/pdfinfo"));
        if (!available) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("pdfinfo is missing: .ci/run must install poppler-utils");
            }
            Assumptions.abort("pdfinfo is not installed (apt-get install poppler-utils)");
        }
        String name = "Waits (over 4h \\ Cost (\u00a3k) Caf\u00e9 \u0425\u043e\u0434\u044c\u0431\u0430 :)";
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            points.add(Series.Point.of(LocalDate.of(2024, 1, 1).plusMonths(i), 10 + i % 4));
        }
        ChartOptions o = ChartOptions.defaults();
        Path pdf = GALLERY.resolve("brackets.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            ChartWriter.write(SpcChart.of(Spc.analyse(Series.of(name, points), ChartSpec.mdc()), o), ChartFormat.PDF, o,
                    out);
        }
        Process p = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), info);
        assertFalse(info.contains("Error"), info);
        // The title keeps its brackets and backslash; letters outside ASCII lose accents or become '?'.
        assertTrue(info.contains("Waits (over 4h \\ Cost (?k) Cafe ?????? :)"), info);
    }

    static int countColour(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255)) <= 3 && Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255)) <= 3
                        && Math.abs((c & 255) - (rgb & 255)) <= 3) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void smallMultiplesShareOrFreeTheValueAxes() throws IOException {
        List<Analysis> many = family();
        ChartOptions o = ChartOptions.builder().width(1600).height(900).build();
        SmallMultiples shared = SmallMultiples.of(many, o, SmallMultiples.Axes.SHARED, 0);
        SmallMultiples free = SmallMultiples.of(many, o, SmallMultiples.Axes.FREE, 0);
        double[] first = range(shared.charts().get(0));
        for (SpcChart c : shared.charts()) {
            assertArrayEquals(first, range(c), 1e-9, "shared axes");
        }
        boolean differ = false;
        for (SpcChart c : free.charts()) {
            differ |= range(c)[0] != range(free.charts().get(0))[0];
        }
        assertTrue(differ, "free axes fit each metric");
        assertEquals(4, shared.columns());
        assertEquals(2, shared.rows());
        for (ChartFormat f : ChartFormat.values()) {
            save("small-multiples-shared." + f.extension(), bytes(shared, f, o));
            save("small-multiples-free." + f.extension(), bytes(free, f, o));
        }
        BufferedImage png = ImageIO.read(GALLERY.resolve("small-multiples-shared.png").toFile());
        assertEquals(1600, png.getWidth());
        assertTrue(countColour(png, IMPROVEMENT) > 100);
    }

    @Test
    void aMetricWithoutValuesDoesNotStretchASharedAxis() {
        Analysis empty = Spc.analyse(Series.of("no values", List.of(Series.Point.gap(LocalDate.of(2024, 1, 1)),
                Series.Point.gap(LocalDate.of(2024, 2, 1)))), ChartSpec.mdc());
        Analysis big = mdc("Special cause - High is good");
        ChartOptions o = ChartOptions.defaults();
        SmallMultiples grid = SmallMultiples.of(List.of(big, empty), o, SmallMultiples.Axes.SHARED, 0);
        assertArrayEquals(SpcChart.range(big, false), range(grid.charts().get(0)), 1e-9);
        assertArrayEquals(SpcChart.range(big, false), range(grid.charts().get(1)), 1e-9);
    }

    static double[] range(SpcChart c) {
        var axis = c.chart().getXYPlot().getRangeAxis();
        return new double[] {axis.getLowerBound(), axis.getUpperBound()};
    }
}
