package dev.spc.charts.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.util.HtmlEscaper;
import dev.spc.charts.SafeText;
import java.io.Writer;

/**
 * The template engine, with every value from the data made safe ({@link SafeText#text}: control characters
 * and lone surrogates replaced) before it is escaped for HTML, so that a name with ESC or a broken character
 * in it reaches the page as plain text.
 */
final class SafeMustacheFactory extends DefaultMustacheFactory {
    SafeMustacheFactory(String resourceRoot) {
        super(resourceRoot);
    }

    @Override
    public void encode(String value, Writer writer) {
        escape(value, writer);
    }

    /** A value as the templates write one: made safe, then escaped for HTML; nothing for no value. */
    static void escape(String value, Writer writer) {
        if (value != null) {
            HtmlEscaper.escape(SafeText.text(value), writer);
        }
    }
}
