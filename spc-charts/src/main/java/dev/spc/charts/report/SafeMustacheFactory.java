package dev.spc.charts.report;

import com.github.mustachejava.DefaultMustacheFactory;
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
        super.encode(SafeText.text(value), writer);
    }
}
