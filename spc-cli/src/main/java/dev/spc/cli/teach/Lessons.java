package dev.spc.cli.teach;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.Drawable;
import dev.spc.charts.SmallMultiples;
import dev.spc.charts.SpcChart;
import dev.spc.charts.Theme;
import dev.spc.core.Analysis;
import dev.spc.core.series.Period;
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
 * ({@code settings.csv}), the chart, the words ({@code lesson.txt}) and, for the RAG lesson, the table.
 * The same lesson always gives the same bytes.
 */
public final class Lessons {
    private Lessons() {
    }

    /** The files of a lesson, by file name, in the order they should be listed. */
    public static Map<String, byte[]> files(Lesson lesson, ChartFormat format, Theme theme) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("data.csv", data(lesson).getBytes(StandardCharsets.UTF_8));
        files.put("settings.csv", settings(lesson).getBytes(StandardCharsets.UTF_8));
        String chartName = "chart." + format.extension();
        ChartOptions options = options(lesson, theme);
        Drawable picture = picture(lesson, options);
        files.put(chartName, render(picture, format, options));
        if (lesson.scenario() == Scenario.RAG_TABLE) {
            Series s = lesson.metrics().get(0).series();
            ChartOptions table = ChartOptions.builder().width(900).height(120).build();
            files.put("rag-table." + format.extension(), render(new RagTable(s, 92), format, table));
        }
        files.put("lesson.txt", text(lesson, chartName, options).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** How the lesson's chart is drawn: one chart, or a grid of small charts for a lesson of several metrics. */
    static ChartOptions options(Lesson lesson, Theme theme) {
        ChartOptions.Builder b = ChartOptions.builder().theme(theme).twoSigma(twoSigma(lesson))
                .xLabel(lesson.scenario().xLabel());
        int metrics = lesson.metrics().size();
        if (metrics > 1) {
            int columns = columns(lesson);
            b.width(columns == 1 ? 900 : 1200).height(300 * ((metrics + columns - 1) / columns));
        }
        return b.build();
    }

    /** The red bead lesson of a workshop's own results (worker,day,red), with a paddle of so many beads. */
    public static Lesson redBeads(java.nio.file.Path file, int paddle, String metric) {
        Lesson l = RedBeads.lesson(Scenario.RED_BEAD, 0, RedBeads.read(file, paddle), paddle, metric, false);
        return new Lesson(l.scenario(), l.seed(), l.metrics(), l.text(), fileName(file));
    }

    /** The funnel lesson of a workshop's own drops (rule,drop,x and optionally y). */
    public static Lesson funnel(java.nio.file.Path file, String metric) {
        Lesson l = FunnelDrops.lesson(Scenario.FUNNEL, FunnelDrops.read(file), metric);
        return new Lesson(l.scenario(), l.seed(), l.metrics(), l.text(), fileName(file));
    }

    private static String fileName(java.nio.file.Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The lesson's chart. */
    public static Drawable picture(Lesson lesson, ChartOptions options) {
        List<Analysis> analyses = lesson.analyses();
        return analyses.size() == 1 ? SpcChart.of(analyses.get(0), options)
                : SmallMultiples.of(analyses, options, lesson.scenario().axes(), columns(lesson));
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
        boolean numbered = lesson.metrics().stream().allMatch(m -> m.series().period().orElse(null) == Period.SEQUENCE);
        StringBuilder sb = new StringBuilder("metric,").append(numbered ? "index" : "date")
                .append(ratios ? ",numerator,denominator" : ",value").append(notes ? ",annotation\n" : "\n");
        for (Lesson.Metric m : lesson.metrics()) {
            Series s = m.series();
            for (int i = 0; i < s.size(); i++) {
                sb.append(CsvWriter.quote(s.metric())).append(',')
                        .append(numbered ? s.label(i).orElseThrow() : s.date(i).toString()).append(',');
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
        StringBuilder sb = new StringBuilder("metric,direction,target,unit,recalculate_from,chart,baseline_points\n");
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
                    .append(spec.chart().id()).append(',');
            spec.phasing().baselinePoints().ifPresent(sb::append);
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
        sb.append("The chart is ").append(chartName).append("; the data are in data.csv (")
                .append(lesson.from() != null ? "the room's own results, from " + lesson.from() : "seed " + lesson.seed())
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
        if (!options.xLabel().isEmpty()) {
            sb.append(" --x-label ").append(options.xLabel());
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
