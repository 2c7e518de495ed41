package dev.spc.cli.teach;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.SmallMultiples;
import dev.spc.charts.Theme;
import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.CsvWriter;
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
        String chartName = "chart." + format.extension();
        LessonCharts.Picture chart = LessonCharts.chart(lesson, theme);
        ChartOptions options = chart.options();
        files.put(chartName, chart.render(format));
        for (Map.Entry<String, LessonCharts.Picture> more : LessonCharts.extras(lesson, theme,
                LessonCharts.Version.ANSWER).entrySet()) {
            files.put(more.getKey() + "." + format.extension(), more.getValue().render(format));
        }
        java.util.Optional<LessonCharts.Picture> table = LessonCharts.table(lesson);
        if (table.isPresent()) {
            files.put("rag-table." + format.extension(), table.get().render(format));
        }
        files.put("lesson.txt", text(lesson, chartName, options).getBytes(StandardCharsets.UTF_8));
        return files;
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
        return LessonCharts.columns(lesson);
    }
}
