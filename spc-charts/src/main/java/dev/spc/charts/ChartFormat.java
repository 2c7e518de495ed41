package dev.spc.charts;

import java.util.Locale;

/** The image formats a chart can be written in. */
public enum ChartFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf");

    private final String extension;

    ChartFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** @throws IllegalArgumentException naming the formats when the text names none */
    public static ChartFormat parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ChartFormat f : values()) {
            if (f.extension.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an image format; use png, svg or pdf");
    }

    /** The format a file name's extension names, if it names one. */
    public static java.util.Optional<ChartFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return java.util.Optional.empty();
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ChartFormat f : values()) {
            if (f.extension.equals(ext)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
