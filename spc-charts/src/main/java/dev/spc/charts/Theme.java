package dev.spc.charts;

import dev.spc.core.result.PointClass;
import java.awt.Color;
import java.util.Locale;

/**
 * The look of a chart: colours of the point classes and lines, line widths, fonts, and whether each
 * signal is labelled.
 *
 * <ul>
 *   <li>{@link #MDC}: the Making Data Count look: improvement #00B0F0, concern #E46C0A, neither
 *       #490092, common cause #A6A6A6 (docs/methods.md, section 3);
 *   <li>{@link #HIGH_CONTRAST}: darker, colour-blind-safe colours (Okabe-Ito), thicker lines, bigger
 *       points and text;
 *   <li>{@link #TEACHING}: the MDC colours, with every signal labelled with the rule that found it.
 * </ul>
 */
public enum Theme {
    MDC("mdc", new Color(0x00B0F0), new Color(0xE46C0A), new Color(0x490092), new Color(0xA6A6A6),
            new Color(0x7F7F7F), new Color(0x404040), new Color(0x595959), new Color(0xBFBFBF), new Color(0xC00000),
            1.0f, 4.0f, 1.0f, false),
    HIGH_CONTRAST("high-contrast", new Color(0x0072B2), new Color(0xD55E00), new Color(0x882255), new Color(0x555555),
            new Color(0x333333), Color.BLACK, Color.BLACK, new Color(0x777777), new Color(0xA00000),
            2.0f, 5.5f, 1.25f, false),
    TEACHING("teaching", new Color(0x00B0F0), new Color(0xE46C0A), new Color(0x490092), new Color(0xA6A6A6),
            new Color(0x7F7F7F), new Color(0x404040), new Color(0x595959), new Color(0xBFBFBF), new Color(0xC00000),
            1.0f, 4.5f, 1.0f, true);

    private final String id;
    private final Color improvement;
    private final Color concern;
    private final Color neither;
    private final Color commonCause;
    private final Color processLine;
    private final Color centreLine;
    private final Color limitLine;
    private final Color twoSigmaLine;
    private final Color targetLine;
    private final float lineWidth;
    private final float pointRadius;
    private final float textScale;
    private final boolean labelsSignals;

    Theme(String id, Color improvement, Color concern, Color neither, Color commonCause, Color processLine,
            Color centreLine, Color limitLine, Color twoSigmaLine, Color targetLine, float lineWidth, float pointRadius,
            float textScale, boolean labelsSignals) {
        this.id = id;
        this.improvement = improvement;
        this.concern = concern;
        this.neither = neither;
        this.commonCause = commonCause;
        this.processLine = processLine;
        this.centreLine = centreLine;
        this.limitLine = limitLine;
        this.twoSigmaLine = twoSigmaLine;
        this.targetLine = targetLine;
        this.lineWidth = lineWidth;
        this.pointRadius = pointRadius;
        this.textScale = textScale;
        this.labelsSignals = labelsSignals;
    }

    /** The name used by {@code --theme}. */
    public String id() {
        return id;
    }

    /** The colour of a point of the given class. */
    public Color colour(PointClass c) {
        return switch (c) {
            case IMPROVEMENT -> improvement;
            case CONCERN -> concern;
            case NEITHER -> neither;
            case COMMON_CAUSE -> commonCause;
        };
    }

    public Color processLine() {
        return processLine;
    }

    public Color centreLine() {
        return centreLine;
    }

    public Color limitLine() {
        return limitLine;
    }

    public Color twoSigmaLine() {
        return twoSigmaLine;
    }

    public Color targetLine() {
        return targetLine;
    }

    /** The width of the process line and the centre line, in points at 96 dpi. */
    public float lineWidth() {
        return lineWidth;
    }

    /** The radius of a point's marker. */
    public float pointRadius() {
        return pointRadius;
    }

    /** How much bigger than the default the text is. */
    public float textScale() {
        return textScale;
    }

    /** True when every signal is labelled with the rule that found it. */
    public boolean labelsSignals() {
        return labelsSignals;
    }

    /** @throws IllegalArgumentException naming the themes when the text names none */
    public static Theme parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Theme theme : values()) {
            if (theme.id.equals(t)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a theme; use mdc, high-contrast or teaching");
    }
}
