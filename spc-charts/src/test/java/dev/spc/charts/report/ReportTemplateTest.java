package dev.spc.charts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The templates leave unescaped only the markup this program makes: the charts, the icons' symbols and
 * the page's script. Any other unescaped tag ({@code {{{x}}}} or {@code {{&x}}}) could let text from the
 * data in as markup.
 */
class ReportTemplateTest {
    static String template(String name) throws IOException {
        try (InputStream in = ReportTemplateTest.class.getResourceAsStream("/dev/spc/charts/report/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> unescaped(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\{\\{\\s*([^}]*?)\\s*}}}|\\{\\{&\\s*([^}]*?)\\s*}}").matcher(template);
        while (m.find()) {
            names.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return names;
    }

    @Test
    void onlyTheProgramsOwnMarkupIsLeftUnescaped() throws IOException {
        // chartMarkup twice: a metric's chart, and a funnel plot's.
        assertEquals(List.of("chartStyleMarkup", "iconMarkup", "chartMarkup", "chartMarkup", "scriptMarkup"),
                unescaped(template("report.mustache")));
        assertEquals(List.of(), unescaped(template("icon.mustache")));
    }

    @Test
    void theCheckFindsBothFormsOfUnescapedTag() {
        assertEquals(List.of("a", "b"), unescaped("<p>{{{a}}}</p><p>{{& b }}</p><p>{{c}}</p>"));
    }
}
