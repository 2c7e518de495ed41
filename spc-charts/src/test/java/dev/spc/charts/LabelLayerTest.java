package dev.spc.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every label of every chart of the gallery is laid out clear of the points, the lines and the other
 * labels, inside the plot; a label with no room is a numbered note under the chart. The placer alone is
 * tried on crowded cases made by hand.
 */
class LabelLayerTest {
    @BeforeAll
    static void headless() throws IOException {
        System.setProperty("java.awt.headless", "true");
        java.nio.file.Files.createDirectories(ChartGalleryTest.GALLERY);
    }

    /** Draws the chart as its PNG would be drawn, so that its layer records the boxes of that drawing. */
    static void draw(Drawable d, ChartOptions o) {
        ChartWriter.image(d, o);
    }

    /**
     * Checks the boxes of a drawn chart: inside the plot, clear of every point's mark, every line and one
     * another; every label placed or a note (the notes listed under the chart); only the word "target" may
     * be left out.
     */
    static void assertClear(SpcChart chart, String name) {
        assertClear(chart.labels(), chart.chart(), name);
    }

    /** {@link #assertClear(SpcChart, String)} for any chart whose labels a layer placed. */
    static void assertClear(LabelLayer layer, org.jfree.chart.JFreeChart chart, String name) {
        Rectangle2D area = layer.area();
        assertNotNull(area, name + ": the layer was drawn");
        List<LabelLayer.Placed> placed = layer.placed();
        for (int k = 0; k < placed.size(); k++) {
            LabelLayer.Placed p = placed.get(k);
            Rectangle2D box = p.box();
            String what = name + ": label '" + p.text() + "' at " + box;
            assertTrue(box.getMinX() >= area.getMinX() && box.getMaxX() <= area.getMaxX()
                    && box.getMinY() >= area.getMinY() && box.getMaxY() <= area.getMaxY(), what + " inside " + area);
            for (int j = 0; j < k; j++) {
                assertFalse(box.intersects(placed.get(j).box()), what + " overlaps '" + placed.get(j).text() + "'");
            }
            for (double[] c : layer.circles()) {
                assertTrue(LabelLayer.distance(box, c[0], c[1]) >= c[2], what + " covers the point at " + c[0] + ","
                        + c[1]);
            }
            for (Line2D line : layer.lines()) {
                assertFalse(box.intersectsLine(line), what + " crosses a line from " + line.getP1() + " to "
                        + line.getP2());
            }
        }
        BitSet noted = layer.noted();
        int shown = 0;
        for (LabelLayer.Placed p : placed) {
            shown += p.kind() == LabelLayer.Kind.NOTE ? 0 : 1;
        }
        long targets = layer.labels().stream().filter(l -> l.kind() == LabelLayer.Kind.TARGET).count();
        assertTrue(shown + noted.cardinality() >= layer.labels().size() - targets,
                name + ": every label shown or a note: " + shown + " + " + noted);
        if (!noted.isEmpty()) {
            String notes = layer.notes(noted);
            assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt
                    && tt.getText().equals(SafeText.shorten(notes, 400))), name + ": the notes under the chart: " + notes);
        }
    }

    /**
     * A funnel plot whose outliers crowd together: 40 wards of 200 to 260 patients, every fourth with three
     * times the events of the rest (30 against 10, far beyond the 99.8% limits), and a few large wards.
     * Their names stand clear of every ward's point, the curves, the target and one another, or are notes.
     */
    @Test
    void crowdedFunnelOutliersAreNamedClearOrNoted() {
        List<dev.spc.core.funnel.Unit> units = new java.util.ArrayList<>();
        for (int k = 0; k < 40; k++) {
            int n = 200 + (k * 37) % 60;
            units.add(new dev.spc.core.funnel.Unit("Ward with a long name " + k, k % 4 == 0 ? 30 : 10, n));
        }
        for (int k = 0; k < 4; k++) {
            units.add(new dev.spc.core.funnel.Unit("Large ward " + k, 120 + k, 2000));
        }
        dev.spc.core.funnel.Funnel f = dev.spc.core.funnel.Funnel.of("Falls", units,
                dev.spc.core.funnel.FunnelSpec.of(dev.spc.core.funnel.FunnelType.PROPORTION)
                        .withOverdispersion(dev.spc.core.funnel.Overdispersion.NONE));
        for (Theme theme : new Theme[] {Theme.MDC, Theme.TEACHING}) {
            ChartOptions o = ChartOptions.builder().theme(theme).build();
            FunnelChart chart = FunnelChart.of(f, "patients", o);
            draw(chart, o);
            assertEquals(10, chart.labels().labels().size(), "ten outliers to name");
            assertClear(chart.labels(), chart.chart(), "crowded funnel, " + theme);
        }
    }

    @Test
    void everyChartOfTheGalleryHasItsLabelsClear() throws IOException {
        int charts = 0;
        int labels = 0;
        List<Analysis> all = new ArrayList<>(ChartGalleryTest.family());
        all.add(ChartGalleryTest.pChart());
        all.add(crowded());
        for (Analysis a : all) {
            for (Theme theme : Theme.values()) {
                for (ChartOptions.Lines twoSigma : ChartOptions.Lines.values()) {
                    for (int[] size : new int[][] {{800, 450}, {480, 270}, {320, 200}}) {
                        ChartOptions o = ChartOptions.builder().theme(theme).twoSigma(twoSigma).width(size[0])
                                .height(size[1]).build();
                        SpcChart chart = SpcChart.of(a, o);
                        draw(chart, o);
                        assertClear(chart, a.metric() + " " + theme.id() + " " + twoSigma + " " + size[0]);
                        charts++;
                        labels += chart.labels().placed().size();
                    }
                }
            }
        }
        for (Theme theme : Theme.values()) {
            for (SmallMultiples.Axes axes : SmallMultiples.Axes.values()) {
                ChartOptions o = ChartOptions.builder().theme(theme).build();
                SmallMultiples grid = SmallMultiples.of(all, o, axes, 0);
                draw(grid, o);
                ChartGalleryTest.save("labels-small-multiples-" + theme.id() + "-" + axes + ".png",
                        ChartGalleryTest.bytes(grid, ChartFormat.PNG, o));
                for (SpcChart chart : grid.charts()) {
                    assertClear(chart, "small multiples " + theme.id() + " " + axes + ": " + chart.analysis().metric());
                    charts++;
                    labels += chart.labels().placed().size();
                }
            }
        }
        // 10 analyses x 3 themes x 2 x 3 sizes, and 10 cells in 6 grids; the labels counted are those drawn.
        assertEquals(10 * 3 * 2 * 3 + 10 * 6, charts);
        assertTrue(labels > 300, "the gallery has labels to place: " + labels);
    }

    /**
     * The example of daily A&E 4-hour performance, whose two annotations were drawn over its points: read from
     * a copy of {@code examples/data/ae-daily-uk-dates.csv} in the test resources (dates day/month/year).
     */
    static Analysis dailyAe() throws IOException {
        List<Series.Point> points = new ArrayList<>();
        try (var in = LabelLayerTest.class.getResourceAsStream("/ae-daily-uk-dates.csv")) {
            assertNotNull(in, "the copy of the example is in the test resources");
            String[] rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R");
            for (String row : rows) {
                String[] cells = row.split(",", -1);
                if (!cells[0].equals("A&E 4-hour performance (%)")) {
                    continue;
                }
                String[] dmy = cells[1].split("/");
                Series.Point p = Series.Point.of(LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]),
                        Integer.parseInt(dmy[0])), Double.parseDouble(cells[2]));
                points.add(cells[3].isEmpty() ? p : p.withAnnotation(cells[3]));
            }
        }
        assertEquals(120, points.size(), "120 days, 1 November 2024 to 28 February 2025");
        return Spc.analyse(Series.of("A&E 4-hour performance (%)", points).withUnit("%"), ChartSpec.mdc());
    }

    @Test
    void theDailyAeExamplesAnnotationsStandClearOfItsPoints() throws IOException {
        Analysis a = dailyAe();
        for (Theme theme : Theme.values()) {
            ChartOptions o = ChartOptions.builder().theme(theme).build();
            SpcChart chart = SpcChart.of(a, o);
            draw(chart, o);
            ChartGalleryTest.save("labels-ae-daily-" + theme.id() + ".png", ChartGalleryTest.bytes(chart, ChartFormat.PNG,
                    o));
            assertClear(chart, "daily A&E " + theme.id());
            List<String> shown = chart.labels().placed().stream().filter(p -> p.kind() == LabelLayer.Kind.ANNOTATION)
                    .map(LabelLayer.Placed::text).toList();
            assertEquals(List.of("Winter escalation plan started", "Escalation stood down"), shown,
                    theme.id() + ": both annotations on the chart itself");
        }
    }

    /** 30 months, with annotations on eight neighbouring points and signals of several rules. */
    static Analysis crowded() {
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double v = i < 12 ? 50 + (i * 7) % 5 : i < 20 ? 56 + i % 3 : 44 + (i % 4);
            Series.Point p = Series.Point.of(LocalDate.of(2022, 1, 1).plusMonths(i), i == 25 ? 70 : v).withTarget(52);
            if (i >= 10 && i < 18) {
                p = p.withAnnotation("Change " + (i - 9) + ": a new way of working on the ward");
            }
            points.add(p);
        }
        return Spc.analyse(Series.of("Crowded labels", points), ChartSpec.builder().direction(Direction.INCREASE)
                .build());
    }

    @Test
    void crowdedAnnotationsOnNeighbouringPointsAreAllShownOrNoted() throws IOException {
        ChartOptions o = ChartOptions.builder().theme(Theme.TEACHING).build();
        SpcChart chart = SpcChart.of(crowded(), o);
        draw(chart, o);
        ChartGalleryTest.save("labels-crowded.png", ChartGalleryTest.bytes(chart, ChartFormat.PNG, o));
        assertClear(chart, "crowded");
        long annotations = chart.labels().placed().stream().filter(p -> p.kind() == LabelLayer.Kind.ANNOTATION).count();
        assertTrue(annotations >= 4, "most of the 8 annotations find room on an 800 x 450 chart: " + annotations);
        // Smaller, the same labels cannot all fit: some become notes, listed under the chart.
        ChartOptions small = ChartOptions.builder().theme(Theme.TEACHING).width(320).height(200).build();
        SpcChart tiny = SpcChart.of(crowded(), small);
        draw(tiny, small);
        ChartGalleryTest.save("labels-crowded-small.png", ChartGalleryTest.bytes(tiny, ChartFormat.PNG, small));
        assertClear(tiny, "crowded, small");
        assertFalse(tiny.labels().noted().isEmpty(), "some labels are notes");
    }

    @Test
    void theSameChartGivesTheSameBoxes() {
        ChartOptions o = ChartOptions.builder().theme(Theme.TEACHING).build();
        SpcChart first = SpcChart.of(crowded(), o);
        draw(first, o);
        SpcChart second = SpcChart.of(crowded(), o);
        draw(second, o);
        assertEquals(first.labels().placed(), second.labels().placed());
        draw(second, o);
        assertEquals(first.labels().placed(), second.labels().placed(), "drawn again, the same boxes");
    }

    /** A plot 200 x 100 points wide over x 0..10 and y 0..10, with the given points and horizontal lines. */
    static final class Bench {
        final XYPlot plot = new XYPlot();
        final NumberAxis xAxis = new NumberAxis();
        final NumberAxis yAxis = new NumberAxis();
        final Rectangle2D area = new Rectangle2D.Double(0, 0, 200, 100);
        final BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();

        Bench(double... lines) {
            xAxis.setRange(0, 10);
            yAxis.setRange(0, 10);
            plot.setDomainAxis(xAxis);
            plot.setRangeAxis(yAxis);
            for (double y : lines) {
                plot.addRangeMarker(new ValueMarker(y), Layer.BACKGROUND);
            }
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        }

        void draw(LabelLayer layer) {
            layer.draw(g, plot, area, xAxis, yAxis, 0, null);
        }
    }

    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    static LabelLayer.Label label(String text, double x, double y, LabelLayer.Side first) {
        return new LabelLayer.Label(LabelLayer.Kind.ANNOTATION, text, FONT, Color.BLACK, x, y, first);
    }

    @Test
    void aLabelWhoseOnlyRoomIsBelowGoesBelow() {
        // Point at (5, 8): y = 8 is 20 points from the top. A line at y = 9 (10 points above the point) leaves
        // no room above for a label about 14 points tall; below, tried next, is free.
        Bench b = new Bench(9);
        LabelLayer layer = new LabelLayer(new double[] {5}, new double[] {8}, 4, FONT);
        layer.add(label("Wanted above", 5, 8, LabelLayer.Side.ABOVE));
        b.draw(layer);
        List<LabelLayer.Placed> placed = layer.placed();
        assertEquals(1, placed.size());
        Rectangle2D box = placed.get(0).box();
        assertTrue(box.getMinY() > 20, "below the point (y 20 on screen): " + box);
        assertTrue(layer.noted().isEmpty());
    }

    @Test
    void neighbouringLabelsNeverOverlap() {
        // Twelve labelled points across the plot, two units apart in x, alternately high and low.
        double[] xs = new double[12];
        double[] ys = new double[12];
        Bench b = new Bench(5);
        for (int i = 0; i < 12; i++) {
            xs[i] = 0.5 + i * 0.8;
            ys[i] = i % 2 == 0 ? 4 : 6;
        }
        LabelLayer layer = new LabelLayer(xs, ys, 4, FONT);
        for (int i = 0; i < 12; i++) {
            layer.add(label("Label " + (i + 1), xs[i], ys[i], i % 2 == 1 ? LabelLayer.Side.ABOVE : LabelLayer.Side.BELOW));
        }
        b.draw(layer);
        List<LabelLayer.Placed> placed = layer.placed();
        for (int k = 0; k < placed.size(); k++) {
            for (int j = 0; j < k; j++) {
                assertFalse(placed.get(k).box().intersects(placed.get(j).box()), placed.get(k) + " and " + placed.get(j));
            }
            assertTrue(b.area.contains(placed.get(k).box()), placed.get(k).toString());
        }
        long shown = placed.stream().filter(p -> p.kind() == LabelLayer.Kind.ANNOTATION).count();
        assertEquals(12, shown + layer.noted().cardinality(), "each label shown or noted");
        assertTrue(shown >= 6, "most find room: " + shown);
    }

    @Test
    void aLabelWithNoRoomBecomesANumberedNote() {
        // Lines every unit (10 points apart): no gap holds a line of 10-point text.
        Bench b = new Bench(1, 2, 3, 4, 5, 6, 7, 8, 9);
        LabelLayer layer = new LabelLayer(new double[] {5}, new double[] {5.5}, 3, FONT);
        layer.add(label("Ward closed for refurbishment", 5, 5.5, LabelLayer.Side.ABOVE));
        b.draw(layer);
        assertEquals(BitSet.valueOf(new long[] {1}), layer.noted());
        assertTrue(layer.placed().stream().noneMatch(p -> p.kind() == LabelLayer.Kind.ANNOTATION));
        assertEquals("(1) Ward closed for refurbishment", layer.notes(layer.noted()));
    }

    @Test
    void aNotesNumberStandsByItsPointWhenTheWordsHaveNoRoom() {
        // Lines every 1.5 units, 15 points apart: the 10-point words (about 16 points tall with their padding)
        // fit between none, the 6-point number (about 11) fits beside the point, midway between two lines.
        Bench b = new Bench(1.5, 3, 4.5, 6, 7.5, 9);
        LabelLayer layer = new LabelLayer(new double[] {5}, new double[] {5.25}, 3, FONT.deriveFont(6f));
        layer.add(label("Ward closed", 5, 5.25, LabelLayer.Side.ABOVE));
        b.draw(layer);
        assertEquals(BitSet.valueOf(new long[] {1}), layer.noted());
        assertEquals(1, layer.placed().size(), "only the number: " + layer.placed());
        LabelLayer.Placed number = layer.placed().get(0);
        assertEquals(LabelLayer.Kind.NOTE, number.kind());
        assertEquals("(1)", number.text());
        // The point is drawn at (100, 47.5): the number's box touches the space kept around it.
        assertTrue(LabelLayer.distance(number.box(), 100, 47.5) < 10, number.box().toString());
    }

    @Test
    void aLongLabelIsCutToThePlotsWidthWithAnEllipsis() {
        Bench b = new Bench();
        LabelLayer layer = new LabelLayer(new double[] {5}, new double[] {5}, 3, FONT);
        layer.add(label("x".repeat(500), 5, 5, LabelLayer.Side.ABOVE));
        b.draw(layer);
        LabelLayer.Placed p = layer.placed().get(0);
        assertTrue(p.text().endsWith(SafeText.ELLIPSIS), p.text());
        assertTrue(p.box().getWidth() <= 200, "as wide as the plot at most: " + p.box());
    }

    @Test
    void aTargetThatChangesIsStillNamed() {
        // ChartGalleryTest.everything(): a per-row target of 72 for the first 12 months, then 76, drawn as steps.
        SpcChart chart = SpcChart.of(ChartGalleryTest.everything(), ChartOptions.defaults());
        draw(chart, ChartOptions.defaults());
        assertTrue(chart.labels().placed().stream().anyMatch(p -> p.kind() == LabelLayer.Kind.TARGET
                && p.text().equals("target")), "the word target is drawn: " + chart.labels().placed());
        assertClear(chart, "everything");
    }
}
