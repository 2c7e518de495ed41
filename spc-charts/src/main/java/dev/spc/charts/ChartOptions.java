package dev.spc.charts;

import dev.spc.core.Formats;
import java.util.Locale;
import java.util.Objects;

/**
 * How a chart is drawn: its size in points (1/96 inch, the CSS pixel), the resolution of raster images,
 * the theme, and which optional parts appear.
 */
public final class ChartOptions {
    private final int width;
    private final int height;
    private final int dpi;
    private final Theme theme;
    private final Lines twoSigma;
    private final Parts icons;
    private final Parts subtitle;
    private final Parts signals;
    private final Locale locale;
    private final String xLabel;

    /** Whether the faint two-sigma lines are drawn. */
    public enum Lines { SHOWN, HIDDEN }

    /** Whether an optional part (icons, subtitle, signals) is drawn. */
    public enum Parts { SHOWN, HIDDEN }

    private ChartOptions(Builder b) {
        this.width = b.width;
        this.height = b.height;
        this.dpi = b.dpi;
        this.theme = b.theme;
        this.twoSigma = b.twoSigma;
        this.icons = b.icons;
        this.subtitle = b.subtitle;
        this.signals = b.signals;
        this.locale = b.locale;
        this.xLabel = b.xLabel;
    }

    /** 800 x 450 at 96 dpi, the MDC theme, no two-sigma lines, icons and subtitle shown. */
    public static ChartOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().width(width).height(height).dpi(dpi).theme(theme).twoSigma(twoSigma).icons(icons)
                .subtitle(subtitle).signals(signals).locale(locale).xLabel(xLabel);
    }

    /** How numbers on the chart read (grouping, decimal point): British English unless another is asked for. */
    public Locale locale() {
        return locale;
    }

    /** The words under the horizontal axis ("Day", "Case number"); empty for none, the default. */
    public String xLabel() {
        return xLabel;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int dpi() {
        return dpi;
    }

    /**
     * The most pixels a raster image may have: 100 million, as 10000 x 10000 points at 96 dpi, or the
     * default 800 x 450 at 1200 dpi (56 million). Each pixel takes 4 bytes of memory while it is drawn.
     */
    public static final long MAX_PIXELS = 100_000_000L;

    /** The raster image's width in pixels: the width in points times dpi / 96, rounded. */
    public int pixelWidth() {
        return (int) Math.round(width * scale());
    }

    /** The raster image's height in pixels. */
    public int pixelHeight() {
        return (int) Math.round(height * scale());
    }

    /**
     * Refuses a raster size over {@link #MAX_PIXELS}, naming the size and the limit; vector formats (SVG,
     * PDF) have no such limit.
     *
     * @throws IllegalArgumentException when the image would be too large
     */
    public void checkRasterSize() {
        long pixels = (long) pixelWidth() * pixelHeight();
        if (pixels > MAX_PIXELS) {
            throw new IllegalArgumentException("a PNG of " + width + " x " + height + " points at " + dpi + " dpi would be "
                    + pixelWidth() + " x " + pixelHeight() + " pixels, more than the " + MAX_PIXELS / 1_000_000
                    + " million a PNG may have; lower the width, height or dpi (width x height x (dpi / 96)² "
                    + "at most " + MAX_PIXELS + "), or draw SVG or PDF, which have no such limit");
        }
    }

    /** The factor from points to raster pixels: dpi / 96. */
    public double scale() {
        return dpi / 96.0;
    }

    public Theme theme() {
        return theme;
    }

    public boolean showsTwoSigma() {
        return twoSigma == Lines.SHOWN;
    }

    /** True when the icons are drawn: asked for, and never on a plain chart ({@link #showsSignals()}). */
    public boolean showsIcons() {
        return icons == Parts.SHOWN && showsSignals();
    }

    /** True when the subtitle (the analysis in words) is drawn: asked for, and never on a plain chart. */
    public boolean showsSubtitle() {
        return subtitle == Parts.SHOWN && showsSignals();
    }

    /**
     * False for a plain chart, as an exercise shows one: every point drawn alike (a grey circle), no signal
     * labels, icons or subtitle, and nothing of the signals in the points' tooltips or the chart's
     * description; the lines (centre, limits, target) are drawn as ever, so that the signals can be found.
     * {@link SpcChart} and {@link SmallMultiples} draw plain charts.
     */
    public boolean showsSignals() {
        return signals == Parts.SHOWN;
    }

    public static final class Builder {
        private int width = 800;
        private int height = 450;
        private int dpi = 96;
        private Theme theme = Theme.MDC;
        private Lines twoSigma = Lines.HIDDEN;
        private Parts icons = Parts.SHOWN;
        private Parts subtitle = Parts.SHOWN;
        private Parts signals = Parts.SHOWN;
        private Locale locale = Formats.PEOPLE;
        private String xLabel = "";

        private Builder() {
        }

        /** The words under the horizontal axis, such as "Day" for points numbered by day; blank for none. */
        public Builder xLabel(String value) {
            this.xLabel = value == null ? "" : value.strip();
            return this;
        }

        /** The locale the chart's numbers are written in (its words and month names stay English). */
        public Builder locale(Locale value) {
            this.locale = Objects.requireNonNull(value);
            return this;
        }

        public Builder width(int points) {
            if (points < 100 || points > 10_000) {
                throw new IllegalArgumentException("width must be 100 to 10000, not " + points);
            }
            this.width = points;
            return this;
        }

        public Builder height(int points) {
            if (points < 80 || points > 10_000) {
                throw new IllegalArgumentException("height must be 80 to 10000, not " + points);
            }
            this.height = points;
            return this;
        }

        public Builder dpi(int value) {
            if (value < 36 || value > 1200) {
                throw new IllegalArgumentException("dpi must be 36 to 1200, not " + value);
            }
            this.dpi = value;
            return this;
        }

        public Builder theme(Theme value) {
            this.theme = Objects.requireNonNull(value);
            return this;
        }

        public Builder twoSigma(Lines value) {
            this.twoSigma = Objects.requireNonNull(value);
            return this;
        }

        public Builder icons(Parts value) {
            this.icons = Objects.requireNonNull(value);
            return this;
        }

        public Builder subtitle(Parts value) {
            this.subtitle = Objects.requireNonNull(value);
            return this;
        }

        /** {@link Parts#HIDDEN} draws the chart plain: see {@link ChartOptions#showsSignals()}. */
        public Builder signals(Parts value) {
            this.signals = Objects.requireNonNull(value);
            return this;
        }

        public ChartOptions build() {
            return new ChartOptions(this);
        }
    }
}
