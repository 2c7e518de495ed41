package dev.spc.cli;

import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A --locale value: a language tag (en-GB, de-DE, fr) that Java writes numbers for. Charts and reports
 * write their numbers so; their words and month names stay English, and CSV and JSON never change.
 */
final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
        Locale locale = Locale.forLanguageTag(value.trim().replace('_', '-'));
        boolean known = !locale.getLanguage().isEmpty() && Arrays.stream(DecimalFormatSymbols.getAvailableLocales())
                .anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
        if (!known) {
            throw new TypeConversionException("'" + value + "' is not a locale; give a language tag such as en-GB, "
                    + "de-DE or fr-FR");
        }
        return locale;
    }
}
