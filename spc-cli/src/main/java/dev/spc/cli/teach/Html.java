package dev.spc.cli.teach;

import dev.spc.charts.ChartWriter;
import java.util.List;

/** The bits of HTML the course page and the handout share: escaped text, lists and pictures. */
final class Html {
    private Html() {
    }

    /** Text escaped for HTML content and attributes. */
    static String text(String s) {
        return ChartWriter.escapeXml(s);
    }

    /** Each item as a list item of escaped text, in an ordered list. */
    static String orderedList(List<String> items) {
        StringBuilder sb = new StringBuilder("<ol>\n");
        for (String item : items) {
            sb.append("<li><p>").append(text(item)).append("</p></li>\n");
        }
        return sb.append("</ol>\n").toString();
    }

    /** Each string as a paragraph. */
    static String paragraphs(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            sb.append("<p>").append(text(p)).append("</p>\n");
        }
        return sb.toString();
    }

    /** A picture in a figure, with its text alternative. */
    static String image(String src, String alt, String cssClass) {
        return "<figure class=\"" + cssClass + "\"><img src=\"" + src + "\" alt=\"" + text(alt) + "\"></figure>\n";
    }
}
