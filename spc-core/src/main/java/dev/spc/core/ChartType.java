package dev.spc.core;

import java.util.Locale;

/** The chart families this library computes, by the names the command line uses. */
public enum ChartType {
    /** Individuals chart with moving ranges: the Making Data Count default. */
    XMR("xmr");

    private final String id;

    ChartType(String id) {
        this.id = id;
    }

    /** The name used by {@code --chart} and the {@code chart} column of a settings file. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the available charts when the text names none */
    public static ChartType parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ChartType c : values()) {
            if (c.id.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an available chart; available: " + ids());
    }

    /** The ids of all chart types, comma separated. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (ChartType c : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(c.id);
        }
        return sb.toString();
    }
}
