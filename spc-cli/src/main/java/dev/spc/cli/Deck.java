package dev.spc.cli;

import dev.spc.charts.SafeText;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A PowerPoint deck (16:9, 960 x 540 points) of title, section and picture slides, for board papers and
 * training sessions: every slide's title is its title placeholder (what PowerPoint's outline and a screen
 * reader read), every picture carries its text alternative, and text is set in a size that fits its box,
 * never below {@link #SMALLEST} points. The same slides always give the same bytes: the document's dates
 * are the one given to {@link #write}, and every file in the package has the same fixed time.
 */
public final class Deck {
    /** The slide's width and height in points (13.33 x 7.5 inches: 16:9). */
    public static final double WIDTH = 960;
    public static final double HEIGHT = 540;
    /** The smallest text size, in points, that reads from the back of a meeting room. */
    public static final double SMALLEST = 12;
    /** The left and right margin of every slide, in points. */
    public static final double MARGIN = 36;
    static final String FONT = "Arial";
    static final Color INK = new Color(0x21, 0x2B, 0x32);
    static final Color QUIET = new Color(0x42, 0x55, 0x63);
    static final Color ACCENT = new Color(0x00, 0x5E, 0xB8);
    /**
     * The time of every file in the package, as ZIP stores it, without a time zone: not 1 January 1980 at
     * midnight, which Java's ZIP writer takes for "before 1980" and writes in the machine's time zone.
     */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private final XMLSlideShow show = new XMLSlideShow();
    private final XSLFSlideMaster master;

    /**
     * A paragraph of a slide: an optional bold lead-in ("Suggested action") and its text, and optionally
     * more of the same on the same line ("Latest: Mar 2025: 76.7%.   Target: 78%").
     */
    public record Paragraph(String lead, String text, Paragraph more) {
        public Paragraph(String lead, String text) {
            this(lead, text, null);
        }

        public static Paragraph of(String text) {
            return new Paragraph(null, text);
        }

        /** This paragraph with {@code next} after it on the same line. */
        public Paragraph then(Paragraph next) {
            return new Paragraph(lead, text, more == null ? next : more.then(next));
        }
    }

    /**
     * A picture: PNG bytes, its shape (width over height) and its text alternative.
     *
     * @param aspect width divided by height
     */
    public record Picture(byte[] png, double aspect, String alt) {
    }

    /** A new deck, whose document title is {@code title}. */
    public Deck(String title) {
        show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
        master = show.getSlideMasters().get(0);
        show.getProperties().getCoreProperties().setTitle(clean(title));
        show.getProperties().getCoreProperties().setCreator("spc");
    }

    /** The number of slides so far. */
    public int size() {
        return show.getSlides().size();
    }

    /** A title slide: the title and, under it, lines such as the period and the number of metrics. */
    public void addTitle(String title, List<String> lines) {
        opening(SlideLayout.TITLE, title, 100, 180, lines, 24);
    }

    /** A section slide: a group's heading and lines under it (its metrics, say). */
    public void addSection(String heading, List<String> lines) {
        opening(SlideLayout.SECTION_HEADER, heading, 40, 130, lines, 20);
    }

    /**
     * A slide of a heading (at {@code top}, {@code height} points high, its last line at the bottom), a rule
     * under it, and lines under that to the foot of the slide.
     */
    private void opening(SlideLayout kind, String heading, double top, double height, List<String> lines, double size) {
        XSLFSlide slide = show.createSlide(layout(kind));
        XSLFTextShape title = slide.getPlaceholder(0);
        set(title, heading, 40, true, ACCENT);
        title.setAnchor(new Rectangle2D.Double(MARGIN * 2, top, WIDTH - 4 * MARGIN, height));
        title.setVerticalAlignment(VerticalAlignment.BOTTOM);
        title.getTextParagraphs().get(0).setTextAlign(TextParagraph.TextAlign.LEFT);
        fit(title, 40, 24);
        double rule = top + height + 16;
        bar(slide, rule);
        XSLFTextShape under = slide.getPlaceholder(1);
        lines(under, lines, size, new Rectangle2D.Double(MARGIN * 2, rule + 18, WIDTH - 4 * MARGIN, HEIGHT - rule - 18 - 30));
    }

    /** A short rule in the accent colour under a heading. */
    private static void bar(XSLFSlide slide, double y) {
        XSLFAutoShape bar = slide.createAutoShape();
        bar.setAnchor(new Rectangle2D.Double(MARGIN * 2 + 6, y, 120, 5));
        bar.setFillColor(ACCENT);
        bar.setLineColor(null);
    }

    private static void lines(XSLFTextShape shape, List<String> lines, double size, Rectangle2D box) {
        shape.clearText();
        shape.setAnchor(box);
        shape.setVerticalAlignment(VerticalAlignment.TOP);
        for (String line : lines) {
            XSLFTextParagraph p = shape.addNewTextParagraph();
            p.setTextAlign(TextParagraph.TextAlign.LEFT);
            p.setIndent(0.0);
            p.setLeftMargin(0.0);
            p.setBullet(false);
            p.setSpaceBefore(0.0);
            p.setSpaceAfter(30.0);
            run(p, line, size, false, QUIET);
        }
        fit(shape, size, SMALLEST);
    }

    /**
     * A slide of a picture and words: the title across the top, the picture on the left as large as its
     * shape allows in about two thirds of the width, the paragraphs beside it, set as large as fits.
     */
    public void addSlide(String title, Picture picture, List<Paragraph> paragraphs) {
        addSlide(title, picture, List.of(), paragraphs);
    }

    /**
     * A slide of a picture and words: the title across the top, the picture on the left in two thirds of the
     * width, a caption of short facts under it, the paragraphs beside it, each set as large as fits.
     */
    public void addSlide(String title, Picture picture, List<Paragraph> caption, List<Paragraph> paragraphs) {
        Slide slide = addSlide(title);
        double top = 80;
        double bottom = HEIGHT - 14;
        double width = 640;
        double room = caption.isEmpty() ? bottom - top : bottom - top - 60;
        double height = Math.min(width / picture.aspect(), room);
        width = height * picture.aspect();
        double left = MARGIN - 16;
        slide.picture(picture, new Rectangle2D.Double(left, top, width, height));
        if (!caption.isEmpty()) {
            slide.text(new Rectangle2D.Double(left, top + height + 4, width, bottom - top - height - 4), caption, 14,
                    0);
        }
        double right = left + width + 16;
        slide.text(new Rectangle2D.Double(right, top, WIDTH - right - 16, bottom - top), paragraphs, 16, 10);
    }

    /** A slide with its title alone, to place pictures and words on by hand. */
    public Slide addSlide(String title) {
        XSLFSlide slide = show.createSlide(layout(SlideLayout.TITLE_ONLY));
        XSLFTextShape heading = slide.getPlaceholder(0);
        set(heading, title, 28, true, ACCENT);
        heading.setAnchor(new Rectangle2D.Double(MARGIN - 12, 14, WIDTH - 2 * MARGIN + 24, 62));
        heading.setVerticalAlignment(VerticalAlignment.MIDDLE);
        fit(heading, 28, 18);
        return new Slide(slide);
    }

    /** One slide, to add pictures, words and boxes to; positions and sizes in points from its top left. */
    public final class Slide {
        private final XSLFSlide slide;

        private Slide(XSLFSlide slide) {
            this.slide = slide;
        }

        /** The picture in the box, with its text alternative. */
        public void picture(Picture picture, Rectangle2D box) {
            XSLFPictureData data = show.addPicture(picture.png(), PictureData.PictureType.PNG);
            XSLFPictureShape shape = slide.createPicture(data);
            shape.setAnchor(box);
            ((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture) shape.getXmlObject()).getNvPicPr().getCNvPr()
                    .setDescr(clean(picture.alt()));
        }

        /**
         * The paragraphs in the box, at {@code size} points or smaller (to {@link #SMALLEST}) so that they fit.
         */
        public void text(Rectangle2D box, List<Paragraph> paragraphs, double size) {
            text(box, paragraphs, size, 8);
        }

        /** The paragraphs in the box, as {@link #text(Rectangle2D, List, double)}, with {@code gap} points after each. */
        public void text(Rectangle2D box, List<Paragraph> paragraphs, double size, double gap) {
            XSLFTextShape shape = slide.createTextBox();
            shape.setAnchor(box);
            shape.setWordWrap(true);
            shape.setVerticalAlignment(VerticalAlignment.TOP);
            shape.clearText();
            for (Paragraph para : paragraphs) {
                XSLFTextParagraph p = shape.addNewTextParagraph();
                p.setSpaceAfter(-gap);
                for (Paragraph part = para; part != null; part = part.more()) {
                    if (part != para) {
                        run(p, "   ", size, false, INK);
                    }
                    if (part.lead() != null) {
                        run(p, part.lead() + ": ", size, true, INK);
                    }
                    run(p, part.text(), size, false, INK);
                }
            }
            fit(shape, size, SMALLEST);
        }

        /**
         * One line of text in the box, centred, in the colour and size given (made smaller if it does not
         * fit, to {@link #SMALLEST}); with a fill and a line round it when {@code fill} is not null.
         */
        public void label(Rectangle2D box, String text, double size, boolean bold, Color colour, Color fill) {
            label(box, text, size, bold, colour, fill, TextParagraph.TextAlign.CENTER);
        }

        /** One line of text in the box, as {@link #label(Rectangle2D, String, double, boolean, Color, Color)}, aligned as given. */
        public void label(Rectangle2D box, String text, double size, boolean bold, Color colour, Color fill,
                TextParagraph.TextAlign align) {
            XSLFAutoShape shape = slide.createAutoShape();
            shape.setAnchor(box);
            if (fill != null) {
                shape.setFillColor(fill);
                shape.setLineColor(new Color(0xD0, 0xD5, 0xDA));
                shape.setLineWidth(0.75);
            }
            shape.setWordWrap(true);
            shape.setVerticalAlignment(VerticalAlignment.MIDDLE);
            shape.setInsets(new org.apache.poi.sl.usermodel.Insets2D(2, 4, 2, 4));
            set(shape, text, size, bold, colour);
            shape.getTextParagraphs().get(0).setTextAlign(align);
            fit(shape, size, SMALLEST);
        }
    }

    /**
     * Writes the deck. Its created and modified dates are {@code date} (the date of the data, say), so
     * that the same slides give the same bytes whenever they are written.
     */
    public void write(OutputStream out, LocalDate date) throws IOException {
        Date at = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        show.getProperties().getCoreProperties().setCreated(Optional.of(at));
        show.getProperties().getCoreProperties().setModified(Optional.of(at));
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        show.write(raw);
        steady(raw.toByteArray(), out);
    }

    /**
     * The package again with every entry's time fixed (POI stamps them with the time of writing), in the
     * same order and the same compression.
     */
    private static void steady(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream z = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(e.getName());
                fixed.setTimeLocal(ZIP_TIME);
                z.putNextEntry(fixed);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        z.finish();
        z.flush();
    }

    private XSLFSlideLayout layout(SlideLayout kind) {
        XSLFSlideLayout layout = master.getLayout(kind);
        if (layout == null) {
            throw new IllegalStateException("POI's default template has no " + kind + " layout");
        }
        return layout;
    }

    private static void set(XSLFTextShape shape, String text, double size, boolean bold, Color colour) {
        shape.clearText();
        XSLFTextParagraph p = shape.addNewTextParagraph();
        run(p, text, size, bold, colour);
    }

    private static void run(XSLFTextParagraph p, String text, double size, boolean bold, Color colour) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(clean(text));
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(colour);
        // The layouts' own styles set some titles in capitals: the text is shown as written.
        r.getRPr(true).setCap(org.openxmlformats.schemas.drawingml.x2006.main.STTextCapsType.NONE);
    }

    /**
     * Makes every run of the shape smaller, a point at a time from {@code size} down to {@code smallest},
     * until the text fits the box's height (measured as PowerPoint would lay it out, through POI).
     */
    static void fit(XSLFTextShape shape, double size, double smallest) {
        double room = shape.getAnchor().getHeight();
        for (double s = size; s >= smallest; s -= 1) {
            for (XSLFTextParagraph p : shape.getTextParagraphs()) {
                for (XSLFTextRun r : p.getTextRuns()) {
                    r.setFontSize(s);
                }
            }
            if (shape.getTextHeight() <= room) {
                return;
            }
        }
    }

    /** Text a slide can hold: characters XML cannot hold become spaces or U+FFFD ({@link SafeText#text}). */
    static String clean(String s) {
        return SafeText.text(s == null ? "" : s);
    }
}
