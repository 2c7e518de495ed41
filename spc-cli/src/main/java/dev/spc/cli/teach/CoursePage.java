package dev.spc.cli.teach;

import dev.spc.charts.ChartFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code index.html}: the lessons as a self-paced course, in teaching order. Each lesson starts with its
 * exercise (the plain chart, what it measures, the questions) and keeps its answer (the lesson's title,
 * its chart with the signals coloured, its words and the answers) behind a "Show the answer" control, an
 * HTML {@code <details>} element that opens without any script. The pictures are the files in each
 * lesson's folder.
 */
public final class CoursePage {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62rem;margin:0 auto;padding:1rem 1.25rem 4rem;color:#262626;line-height:1.5}
            h1{font-size:2rem;margin:1.5rem 0 .5rem}
            h2{font-size:1.45rem;margin:0 0 .5rem;padding-top:1rem;border-top:3px solid #005eb8}
            h3{font-size:1.1rem;margin:1.25rem 0 .4rem}
            figure{margin:1rem 0}
            img{max-width:100%;height:auto;border:1px solid #d0d0d0}
            nav ol{columns:2;column-gap:2.5rem;padding-left:1.5rem}
            nav li{margin:.2rem 0;break-inside:avoid}
            section{margin:3rem 0}
            .measure{color:#404040}
            ol li p{margin:.2rem 0 .6rem}
            details{margin:1.25rem 0;border:1px solid #b0b0b0;border-radius:6px;padding:.25rem 1rem}
            details[open]{padding-bottom:1rem;background:#fafafa}
            summary{cursor:pointer;font-weight:600;color:#004a91;padding:.5rem 0}
            summary:focus-visible{outline:3px solid #ffb81c;outline-offset:2px}
            .files{font-size:.95rem}
            a{color:#004a91}
            @media (max-width:40rem){nav ol{columns:1}}
            """;

    private CoursePage() {
    }

    /** The page of the lessons, which must be in teaching order (as {@link Course#ordered} gives them). */
    public static String of(List<Lesson> lessons, ChartFormat format) {
        int total = 0;
        for (Lesson l : lessons) {
            total += Workshop.of(l.scenario()).minutes();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Understanding variation: a self-paced course</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>Understanding variation</h1>\n")
                .append("<p>A self-paced course of ").append(lessons.size()).append(" lessons on reading variation "
                        + "with statistical process control charts, about ").append(total).append(" minutes in all. "
                        + "Each lesson starts with an exercise: a chart with its signals not marked, and questions. "
                        + "Answer them, on paper or aloud, then open <strong>Show the answer</strong> to see the chart "
                        + "with its signals coloured, what it teaches and the answers.</p>\n")
                .append("<p>The data are made up, from seed ").append(lessons.get(0).seed()).append("; each lesson's "
                        + "folder holds its data, its settings, its charts and its words.</p>\n</header>\n")
                .append("<nav aria-label=\"Lessons\">\n<h2>Lessons</h2>\n<ol>\n");
        for (int k = 0; k < lessons.size(); k++) {
            Lesson l = lessons.get(k);
            sb.append("<li><a href=\"#").append(l.scenario().id()).append("\">").append(Html.text(Course.subject(l)))
                    .append("</a></li>\n");
        }
        sb.append("</ol>\n</nav>\n<main>\n");
        for (int k = 0; k < lessons.size(); k++) {
            sb.append(section(lessons.get(k), k, format));
        }
        return sb.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A lesson's heading before its answer is shown: its number and what it measures. */
    static String heading(Lesson lesson, int k) {
        return "Lesson " + (k + 1) + ": " + Course.subject(lesson);
    }

    private static String section(Lesson l, int k, ChartFormat format) {
        String id = l.scenario().id();
        Workshop w = Workshop.of(l.scenario());
        String ext = format.extension();
        StringBuilder sb = new StringBuilder();
        sb.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n")
                .append("<h2 id=\"").append(id).append("-heading\">").append(Html.text(heading(l, k))).append("</h2>\n")
                .append("<p class=\"measure\">").append(Html.text(Exercises.lines(l, "") + " "
                        + String.join(" ", Exercises.directions(l)))).append(" About ").append(w.minutes())
                .append(" minutes.</p>\n");
        if (LessonCharts.table(l).isPresent()) {
            sb.append(picture(id + "/rag-table." + ext, "The months as a red, amber and green table against the "
                    + "target", format));
        }
        sb.append(picture(id + "/exercise." + ext, "Exercise chart of " + Course.subject(l) + ": the points with "
                + "their mean, process limits and two-sigma lines; the signals are not marked.", format));
        for (Map.Entry<String, LessonCharts.Picture> more : LessonCharts.extras(l, dev.spc.charts.Theme.TEACHING,
                LessonCharts.Version.EXERCISE).entrySet()) {
            sb.append(picture(id + "/exercise-" + more.getKey() + "." + ext, more.getValue().drawable().description(),
                    format));
        }
        sb.append("<h3>Questions</h3>\n").append(Html.orderedList(w.questions(l)));
        sb.append("<details>\n<summary>Show the answer</summary>\n<h3>").append(Html.text(l.scenario().title()))
                .append("</h3>\n");
        sb.append(picture(id + "/chart." + ext, LessonCharts.chart(l, dev.spc.charts.Theme.TEACHING).drawable()
                .description(), format));
        for (Map.Entry<String, LessonCharts.Picture> more : LessonCharts.extras(l, dev.spc.charts.Theme.TEACHING,
                LessonCharts.Version.ANSWER).entrySet()) {
            sb.append(picture(id + "/" + more.getKey() + "." + ext, more.getValue().drawable().description(), format));
        }
        sb.append(Html.paragraphs(l.text()));
        sb.append("<h3>Answers</h3>\n").append(Html.orderedList(w.answers(l)));
        sb.append("<p class=\"files\">Files: <a href=\"").append(id).append("/data.csv\">data.csv</a> &middot; <a href=\"")
                .append(id).append("/lesson.txt\">lesson.txt</a> &middot; <a href=\"").append(id)
                .append("/answer-key.txt\">answer-key.txt</a> (with the facilitator's notes)</p>\n");
        return sb.append("</details>\n</section>\n").toString();
    }

    private static String picture(String src, String alt, ChartFormat format) {
        if (format == ChartFormat.PDF) {
            return "<p><a href=\"" + src + "\">" + Html.text(alt) + " (PDF)</a></p>\n";
        }
        return Html.image(src, alt, "chart");
    }
}
