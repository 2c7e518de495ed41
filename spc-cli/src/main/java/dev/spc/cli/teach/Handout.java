package dev.spc.cli.teach;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.Theme;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * The workshop handout as one HTML page, made to be printed to PDF (A4): a cover with the contents, then
 * each lesson's exercise on a page of its own (what the chart measures, the plain chart, the questions with
 * ruled space to write), then the answers at the back (each lesson's title, its chart with the signals
 * coloured, its words and the answers). The exercises' headings say only what each chart measures, so
 * that turning the pages gives nothing away before the answers. The charts are SVG inside the page (data
 * addresses), so that the page stands alone and prints sharp.
 */
public final class Handout {
    /** Ruled lines to write on under each question. */
    private static final int LINES = 3;
    private static final String STYLE = """
            @page{size:A4;margin:14mm 16mm}
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;line-height:1.4;font-size:11pt;margin:0}
            h1{font-size:26pt;margin:40mm 0 4mm}
            h2{font-size:16pt;margin:0 0 2mm}
            h3{font-size:13pt;margin:6mm 0 2mm}
            .page{break-before:page}
            .cover p{font-size:12pt;max-width:150mm}
            .cover ol{font-size:12pt;line-height:1.7}
            .measure{margin:0 0 3mm;color:#333}
            figure{margin:0 0 3mm;break-inside:avoid}
            img{display:block;max-width:100%;max-height:105mm;margin:0 auto}
            .table img{max-height:20mm}
            .tall img{max-height:150mm}
            .tall .line:nth-child(4){display:none}
            ol.questions{padding-left:6mm;margin:0}
            ol.questions li{break-inside:avoid;margin-bottom:2mm}
            ol.questions li p{margin:0 0 1mm}
            .line{border-bottom:1px solid #8c8c8c;height:8mm}
            .answer{break-inside:avoid}
            .answer img{max-height:80mm}
            .answer ol li p{margin:0 0 1.5mm}
            .words p{margin:0 0 2mm}
            """;

    private Handout() {
    }

    /** The page of the lessons, which must be in teaching order. */
    public static String of(List<Lesson> lessons, Theme theme) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Understanding variation: workshop handout</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n<section class=\"cover\">\n")
                .append("<h1>Understanding variation</h1>\n<p><strong>Workshop handout.</strong> Each exercise shows "
                        + "a chart of made-up data with its signals not marked: the points, the mean (solid line), "
                        + "the process limits (dashed) and the two-sigma lines (dotted). Answer the questions in the "
                        + "space below them; the answers are at the back.</p>\n<h2>Exercises</h2>\n<ol>\n");
        for (Lesson l : lessons) {
            sb.append("<li>").append(Html.text(Course.subject(l))).append("</li>\n");
        }
        sb.append("</ol>\n<p>Answers: at the back. Data made with seed ").append(lessons.get(0).seed())
                .append(".</p>\n</section>\n");
        StringBuilder rules = new StringBuilder();
        for (int k = 0; k < LINES; k++) {
            rules.append("<div class=\"line\"></div>");
        }
        for (int k = 0; k < lessons.size(); k++) {
            Lesson l = lessons.get(k);
            Workshop w = Workshop.of(l.scenario());
            sb.append("<section class=\"page\">\n<h2>Exercise ").append(k + 1).append(": ")
                    .append(Html.text(Course.subject(l))).append("</h2>\n<p class=\"measure\">")
                    .append(Html.text(String.join(" ", Exercises.directions(l)))).append("</p>\n");
            table(sb, l);
            LessonCharts.Picture plain = LessonCharts.exercise(l, theme);
            // A grid taller than wide (three charts or more in a column) gets more of the page and fewer lines.
            boolean tall = plain.options().height() > 0.8 * plain.options().width();
            sb.append(Html.image(svg(plain), "Exercise chart of " + Course.subject(l) + ": the points with their mean, "
                    + "process limits and two-sigma lines; the signals are not marked.", tall ? "chart tall" : "chart"));
            for (LessonCharts.Picture more : LessonCharts.extras(l, theme, LessonCharts.Version.EXERCISE).values()) {
                sb.append(Html.image(svg(more), more.drawable().description(), "chart"));
            }
            sb.append("<ol class=\"questions").append(tall ? " tall" : "").append("\">\n");
            for (String q : w.questions(l)) {
                sb.append("<li><p>").append(Html.text(q)).append("</p>").append(rules).append("</li>\n");
            }
            sb.append("</ol>\n</section>\n");
        }
        sb.append("<section class=\"page\">\n<h2>Answers</h2>\n");
        for (int k = 0; k < lessons.size(); k++) {
            Lesson l = lessons.get(k);
            Workshop w = Workshop.of(l.scenario());
            LessonCharts.Picture chart = LessonCharts.chart(l, theme);
            sb.append("<div class=\"answer").append(k > 0 ? " page" : "").append("\">\n<h3>Exercise ").append(k + 1)
                    .append(": ").append(Html.text(l.scenario().title())).append("</h3>\n")
                    .append(Html.image(svg(chart), chart.drawable().description(), "chart"));
            for (LessonCharts.Picture more : LessonCharts.extras(l, theme, LessonCharts.Version.ANSWER).values()) {
                sb.append(Html.image(svg(more), more.drawable().description(), "chart"));
            }
            sb.append("<div class=\"words\">\n").append(Html.paragraphs(l.text())).append("</div>\n")
                    .append("<ol>\n");
            List<String> questions = w.questions(l);
            List<String> answers = w.answers(l);
            for (int q = 0; q < questions.size(); q++) {
                sb.append("<li><p><strong>").append(Html.text(questions.get(q))).append("</strong></p><p>")
                        .append(Html.text(answers.get(q))).append("</p></li>\n");
            }
            sb.append("</ol>\n</div>\n");
        }
        return sb.append("</section>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder sb, Lesson l) throws IOException {
        var table = LessonCharts.table(l);
        if (table.isPresent()) {
            sb.append(Html.image(svg(table.get()), "The months as a red, amber and green table against the target",
                    "table"));
        }
    }

    /** The picture as SVG in a data address. */
    private static String svg(LessonCharts.Picture p) throws IOException {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(p.render(ChartFormat.SVG));
    }
}
