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
 * The templates leave unescaped only the markup this program makes: the charts, the icons' symbols, the
 * page's script and the rows of each data table (whose values are escaped as the template's own, checked
 * here against the template line they replace). Any other unescaped tag ({@code {{{x}}}} or {@code {{&x}}})
 * could let text from the data in as markup.
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
        assertEquals(List.of("chartStyleMarkup", "iconMarkup", "chartMarkup", "rowsHtml", "chartMarkup",
                "scriptMarkup"), unescaped(template("report.mustache")));
        assertEquals(List.of(), unescaped(template("icon.mustache")));
    }

    @Test
    void theCheckFindsBothFormsOfUnescapedTag() {
        assertEquals(List.of("a", "b"), unescaped("<p>{{{a}}}</p><p>{{& b }}</p><p>{{c}}</p>"));
    }

    /**
     * The data table's rows, written by the section, are the bytes the template's own line wrote (kept here):
     * every value made safe and escaped, on rows of text with markup, quotes, ampersands, control characters
     * and broken characters in them.
     */
    @Test
    void theDataRowsAreWrittenAsTheTemplateLineWroteThem() {
        com.github.mustachejava.Mustache line = new SafeMustacheFactory("dev/spc/charts/report").compile(
                new java.io.StringReader("{{#rows}}<tr{{#special}} class=\"{{pointId}}\"{{/special}}><td>{{date}}"
                        + "<td>{{value}}<td>{{point}}<td>{{rules}}<td>{{annotation}}\n{{/rows}}"), "rows");
        String[] texts = {"", "Mar 2025", "12.5", "<b>", "a & b", "\"q\"", "'s", "=", "`", "\u001b[31m", "\ud800",
            "caf\u00e9", "Special cause (concern)", "common_cause", "concern_high", "gap", "Shift, Trend", "</td>",
            "{{x}}"};
        java.util.Random random = new java.util.Random(20261203);
        for (int n = 0; n < 2_000; n++) {
            List<Section.DataRow> rows = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                rows.add(new Section.DataRow(pick(random, texts), pick(random, texts), pick(random, texts),
                        random.nextBoolean() ? "common_cause" : pick(random, texts), pick(random, texts),
                        pick(random, texts)));
            }
            java.io.StringWriter expected = new java.io.StringWriter();
            line.execute(expected, java.util.Map.of("rows", rows));
            Section section = new Section(null, "", null, false, List.of(), List.of(), List.of(), rows, rows.size());
            assertEquals(expected.toString(), section.rowsHtml());
        }
    }

    private static String pick(java.util.Random random, String[] texts) {
        String text = texts[random.nextInt(texts.length)];
        return random.nextInt(4) == 0 ? text + texts[random.nextInt(texts.length)] : text;
    }
}
