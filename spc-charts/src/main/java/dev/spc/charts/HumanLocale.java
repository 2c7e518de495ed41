package dev.spc.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one locale that numbers and dates in pictures are written in, British English (en-GB), whatever the
 * locale of the Java machine: the same data give the same chart on every computer ("90.5%", never "90,5%"
 * or Arabic-Indic digits).
 */
public final class HumanLocale {
    /** British English. */
    public static final Locale DEFAULT = Locale.forLanguageTag("en-GB");

    private HumanLocale() {
    }

    /** A decimal format of the pattern, with the default locale's symbols (point, comma, Western digits). */
    public static DecimalFormat decimalFormat(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DEFAULT));
    }
}
