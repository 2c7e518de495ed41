package dev.spc.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Something that draws itself into a rectangle: one chart, or many as small multiples. */
public interface Drawable {

    /** Draws into the area, in points (1/96 inch). */
    void draw(Graphics2D g, Rectangle2D area);

    /** A short title, for the image's metadata (the SVG {@code <title>}, the PDF title). */
    String title();

    /** A longer description for screen readers (the SVG {@code <desc>}). */
    String description();
}
