package dev.spc.cli.teach;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.Drawable;
import dev.spc.charts.SmallMultiples;
import dev.spc.charts.SpcChart;
import dev.spc.charts.Theme;
import dev.spc.core.Analysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pictures of a lesson's charts: as the lesson shows them (every signal coloured and, in the teaching
 * theme, labelled), plain for an exercise (signals hidden, the lines kept, the two-sigma lines drawn on
 * every exercise so that their presence hints at no answer), and either at slide size.
 */
public final class LessonCharts {
    /** A slide's picture: 16:9, 1920 x 1080 pixels; a single chart at 768 x 432 points and 240 dpi (text 2.5 times a pixel's size). */
    private static final int SLIDE_WIDTH = 768;
    private static final int SLIDE_HEIGHT = 432;
    private static final int SLIDE_DPI = 240;
    /** A grid of charts on a slide: 960 x 540 points at 192 dpi, the same 1920 x 1080 pixels with more room. */
    private static final int GRID_SLIDE_WIDTH = 960;
    private static final int GRID_SLIDE_HEIGHT = 540;
    private static final int GRID_SLIDE_DPI = 192;

    private LessonCharts() {
    }

    /** A picture and the options it is drawn with. */
    public record Picture(Drawable drawable, ChartOptions options) {
        public byte[] render(ChartFormat format) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartWriter.write(drawable, format, options, out);
            return out.toByteArray();
        }
    }

    /** Whether a picture shows its signals or is the exercise's plain one. */
    public enum Version { ANSWER, EXERCISE }

    /** The lesson's chart, as its folder's chart file shows it. */
    public static Picture chart(Lesson lesson, Theme theme) {
        return draw(lesson, Version.ANSWER, base(lesson, theme), false);
    }

    /** The chart of an exercise: plain, with the two-sigma lines. */
    public static Picture exercise(Lesson lesson, Theme theme) {
        return draw(lesson, Version.EXERCISE, base(lesson, theme), false);
    }

    /** The chart at slide size (16:9, 1920 x 1080 pixels). */
    public static Picture slide(Lesson lesson, Theme theme, Version version) {
        return draw(lesson, version, base(lesson, theme), true);
    }

    private static ChartOptions base(Lesson lesson, Theme theme) {
        return ChartOptions.builder().theme(theme).twoSigma(lesson.scenario() == Scenario.TWO_OF_THREE
                ? ChartOptions.Lines.SHOWN : ChartOptions.Lines.HIDDEN).xLabel(lesson.scenario().xLabel()).build();
    }

    private static Picture draw(Lesson lesson, Version version, ChartOptions base, boolean slide) {
        ChartOptions.Builder b = base.toBuilder();
        if (version == Version.EXERCISE) {
            b.signals(ChartOptions.Parts.HIDDEN).twoSigma(ChartOptions.Lines.SHOWN);
        }
        List<Analysis> analyses = lesson.analyses();
        if (analyses.size() == 1) {
            if (slide) {
                b.width(SLIDE_WIDTH).height(SLIDE_HEIGHT).dpi(SLIDE_DPI);
            }
            ChartOptions options = b.build();
            Drawable own = lesson.scenario().picture(lesson, options);
            return new Picture(own != null ? own : SpcChart.of(analyses.get(0), options), options);
        }
        int columns = columns(lesson);
        int rows = (analyses.size() + columns - 1) / columns;
        if (slide) {
            b.width(GRID_SLIDE_WIDTH).height(GRID_SLIDE_HEIGHT).dpi(GRID_SLIDE_DPI);
        } else {
            b.width(columns == 1 ? 900 : 1200).height(300 * rows);
        }
        ChartOptions options = b.build();
        return new Picture(SmallMultiples.of(analyses, options, lesson.scenario().axes(), columns), options);
    }

    /**
     * The lesson's further pictures (a CUSUM beside its XmR chart, a league table beside its funnel plot), by
     * file name without its extension, drawn as the version shows them: plain for an exercise.
     */
    public static Map<String, Picture> extras(Lesson lesson, Theme theme, Version version) {
        ChartOptions.Builder b = base(lesson, theme).toBuilder();
        if (version == Version.EXERCISE) {
            b.signals(ChartOptions.Parts.HIDDEN).twoSigma(ChartOptions.Lines.SHOWN);
        }
        ChartOptions options = b.build();
        Map<String, Picture> pictures = new LinkedHashMap<>();
        for (Map.Entry<String, Drawable> e : lesson.scenario().pictures(lesson, options).entrySet()) {
            pictures.put(e.getKey(), new Picture(e.getValue(), options));
        }
        return pictures;
    }

    /** The RAG lesson's table of the months against its target; no other lesson has one. */
    public static Optional<Picture> table(Lesson lesson) {
        if (lesson.scenario() != Scenario.RAG_TABLE) {
            return Optional.empty();
        }
        ChartOptions options = ChartOptions.builder().width(900).height(120).build();
        return Optional.of(new Picture(new RagTable(lesson.metrics().get(0).series(), 92), options));
    }

    /** How many columns the grid of a lesson with several charts has. */
    static int columns(Lesson lesson) {
        return lesson.metrics().size() >= 4 ? 2 : 1;
    }
}
