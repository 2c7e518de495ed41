package dev.spc.cli.teach;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.Drawable;
import dev.spc.charts.SmallMultiples;
import dev.spc.charts.SpcChart;
import dev.spc.charts.Theme;
import dev.spc.core.Analysis;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The files of a lesson: its data ({@code data.csv}), the settings that reproduce its chart
 * ({@code settings.csv}), the chart, the words ({@code lesson.txt}) and, for the RAG lesson, the table. A
 * scenario may give its own data file (then it has no settings), picture, further pictures and command to
 * draw its chart again.
 * The same lesson always gives the same bytes.
 */
public final class Lessons {
    private Lessons() {
    }

    /** The files of a lesson, by file name, in the order they should be listed. */
    public static Map<String, byte[]> files(Lesson lesson, ChartFormat format, Theme theme) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String ownData = lesson.scenario().data(lesson);
        files.put("data.csv", (ownData != null ? ownData : data(lesson)).getBytes(StandardCharsets.UTF_8));
        if (ownData == null) {
            files.put("settings.csv", settings(lesson).getBytes(StandardCharsets.UTF_8));
        }
        List<Analysis> analyses = lesson.analyses();
        String chartName = "chart." + format.extension();
        ChartOptions options;
        Drawable picture;
        if (analyses.size() == 1) {
            options = ChartOptions.builder().theme(theme).twoSigma(twoSigma(lesson)).build();
            Drawable own = lesson.scenario().picture(lesson, options);
            picture = own != null ? own : SpcChart.of(analyses.get(0), options);
        } else {
            int columns = columns(lesson);
            int rows = (analyses.size() + columns - 1) / columns;
            options = ChartOptions.builder().theme(theme).width(columns == 1 ? 900 : 1200).height(300 * rows)
                    .twoSigma(twoSigma(lesson)).build();
            picture = SmallMultiples.of(analyses, options, lesson.scenario().axes(), columns);
        }
        files.put(chartName, render(picture, format, options));
        for (Map.Entry<String, Drawable> more : lesson.scenario().pictures(lesson, options).entrySet()) {
            files.put(more.getKey() + "." + format.extension(), render(more.getValue(), format, options));
        }
        if (lesson.scenario() == Scenario.RAG_TABLE) {
            Series s = lesson.metrics().get(0).series();
            ChartOptions table = ChartOptions.builder().width(900).height(120).build();
            files.put("rag-table." + format.extension(), render(new RagTable(s, 92), format, table));
        }
        files.put("lesson.txt", text(lesson, chartName, options).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static ChartOptions.Lines twoSigma(Lesson lesson) {
        return lesson.scenario() == Scenario.TWO_OF_THREE ? ChartOptions.Lines.SHOWN : ChartOptions.Lines.HIDDEN;
    }

    private static byte[] render(Drawable d, ChartFormat format, ChartOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartWriter.write(d, format, options, out);
        return out.toByteArray();
    }

    /** The long CSV of the lesson's metrics. */
    static String data(Lesson lesson) {
        boolean ratios = lesson.metrics().stream().allMatch(m -> m.series().hasDenominators());
        boolean notes = lesson.metrics().stream().anyMatch(m -> m.series().points().stream()
                .anyMatch(p -> p.annotation().isPresent()));
        StringBuilder sb = new StringBuilder(ratios ? "metric,date,numerator,denominator" : "metric,date,value")
                .append(notes ? ",annotation\n" : "\n");
        for (Lesson.Metric m : lesson.metrics()) {
            Series s = m.series();
            for (int i = 0; i < s.size(); i++) {
                sb.append(CsvWriter.quote(s.metric())).append(',').append(s.date(i)).append(',');
                if (ratios) {
                    sb.append(CsvWriter.number(s.numerator(i))).append(',')
                            .append(CsvWriter.number(s.denominator(i)));
                } else {
                    sb.append(CsvWriter.number(s.value(i)));
                }
                if (notes) {
                    sb.append(',').append(CsvWriter.quote(s.annotation(i).orElse("")));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The settings that give each metric the lesson's direction, target and recalculation. */
    static String settings(Lesson lesson) {
        // The baseline's columns only for a lesson that has one: the other lessons' files stay as they were.
        boolean baselines = lesson.metrics().stream().anyMatch(m -> m.spec().baselinePoints().isPresent());
        StringBuilder sb = new StringBuilder("metric,direction,target,unit,recalculate_from,chart")
                .append(baselines ? ",baseline_points,min_points\n" : "\n");
        for (Lesson.Metric m : lesson.metrics()) {
            ChartSpec spec = m.spec();
            OptionalDouble target = spec.target();
            List<String> dates = new ArrayList<>();
            for (LocalDate d : spec.phasing().recalculateFrom()) {
                dates.add(d.toString());
            }
            sb.append(CsvWriter.quote(m.series().metric())).append(',').append(spec.direction().id()).append(',')
                    .append(target.isPresent() ? CsvWriter.number(target.getAsDouble()) : "").append(',')
                    .append(m.series().unit()).append(',').append(String.join(";", dates)).append(',')
                    .append(spec.chart().id());
            if (baselines) {
                sb.append(',').append(spec.baselinePoints().isPresent() ? Integer.toString(spec.baselinePoints().getAsInt())
                        : "").append(',').append(spec.limits().minimumPoints());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String text(Lesson lesson, String chartName, ChartOptions options) {
        StringBuilder sb = new StringBuilder();
        sb.append(lesson.scenario().title()).append('\n');
        sb.append("=".repeat(lesson.scenario().title().length())).append("\n\n");
        for (String paragraph : lesson.text()) {
            sb.append(paragraph).append("\n\n");
        }
        String own = lesson.scenario().redraw(lesson, chartName, options);
        if (own != null) {
            return sb.append(own).toString();
        }
        sb.append("The chart is ").append(chartName).append("; the data are in data.csv (seed ").append(lesson.seed())
                .append("). To draw it again:\n\n    spc chart data.csv --settings settings.csv --theme teaching");
        if (lesson.metrics().size() > 1) {
            sb.append(" --small-multiples --y-axes ").append(lesson.scenario().axes() == SmallMultiples.Axes.SHARED
                    ? "shared" : "free").append(" --columns ").append(columns(lesson));
        }
        if (options.width() != ChartOptions.defaults().width() || options.height() != ChartOptions.defaults().height()) {
            sb.append(" --width ").append(options.width()).append(" --height ").append(options.height());
        }
        if (options.showsTwoSigma()) {
            sb.append(" --two-sigma");
        }
        sb.append(" -o ").append(chartName).append('\n');
        return sb.toString();
    }

    private static int columns(Lesson lesson) {
        return lesson.metrics().size() >= 4 ? 2 : 1;
    }

    /** A page of every lesson: its title, its words and its pictures, each lesson in its own folder. */
    public static String index(List<Lesson> lessons, ChartFormat format) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Variation: teaching charts</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;")
                .append("color:#262626;line-height:1.5}\nimg,object{max-width:100%;height:auto;border:1px solid #ddd}\n")
                .append("section{margin-bottom:3rem}\nnav li{margin:.2rem 0}\n</style>\n</head>\n<body>\n")
                .append("<h1>Variation: teaching charts</h1>\n<p>Made with seed ").append(lessons.get(0).seed())
                .append(". Each lesson's folder holds its data, settings, chart and words.</p>\n<nav><ol>\n");
        for (Lesson l : lessons) {
            sb.append("<li><a href=\"#").append(l.scenario().id()).append("\">").append(html(l.scenario().title()))
                    .append("</a></li>\n");
        }
        sb.append("</ol></nav>\n");
        for (Lesson l : lessons) {
            String id = l.scenario().id();
            sb.append("<section id=\"").append(id).append("\">\n<h2>").append(html(l.scenario().title()))
                    .append("</h2>\n");
            if (l.scenario() == Scenario.RAG_TABLE) {
                sb.append(picture(id + "/rag-table." + format.extension(), "The months as a red, amber and green table", format));
            }
            sb.append(picture(id + "/chart." + format.extension(), "The chart of " + l.scenario().title(), format));
            for (Map.Entry<String, Drawable> more : l.scenario().pictures(l, ChartOptions.defaults()).entrySet()) {
                sb.append(picture(id + "/" + more.getKey() + "." + format.extension(), more.getValue().title(), format));
            }
            for (String paragraph : l.text()) {
                sb.append("<p>").append(html(paragraph)).append("</p>\n");
            }
            sb.append("<p><a href=\"").append(id).append("/data.csv\">data.csv</a> &middot; <a href=\"").append(id)
                    .append("/lesson.txt\">lesson.txt</a></p>\n</section>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static String picture(String src, String alt, ChartFormat format) {
        if (format == ChartFormat.PDF) {
            return "<p><a href=\"" + src + "\">" + html(alt) + " (PDF)</a></p>\n";
        }
        return "<p><img src=\"" + src + "\" alt=\"" + html(alt) + "\"></p>\n";
    }

    private static String html(String s) {
        return ChartWriter.escapeXml(s);
    }
}
