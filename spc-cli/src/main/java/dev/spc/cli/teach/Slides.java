package dev.spc.cli.teach;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.Theme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson as slides: the exercise (the plain chart) and then the answer (the chart with its signals
 * coloured), each a 16:9 picture of 1920 x 1080 pixels with text large enough to read across a room, with
 * the words a presenter needs beside it. {@code spc teach --slides} writes the pictures; a deck writer
 * (a PowerPoint file, say) takes the same list and needs nothing else.
 */
public final class Slides {
    private Slides() {
    }

    /**
     * One slide.
     *
     * @param file the picture's file name in the lesson's folder
     * @param title the slide's title (the exercise's gives nothing of the lesson away)
     * @param png the picture
     * @param notes the presenter's notes: the questions on the exercise's slide; the answers and the
     *     facilitator's notes on the answer's
     */
    public record Slide(String file, String title, byte[] png, List<String> notes) {
        public Slide {
            notes = List.copyOf(notes);
        }
    }

    /** The lesson's slides, in the order they are shown. */
    public static List<Slide> of(Lesson lesson, int number, Theme theme) throws IOException {
        Workshop w = Workshop.of(lesson.scenario());
        List<String> answerNotes = new ArrayList<>(w.answers(lesson));
        for (Workshop.Note n : w.notes()) {
            answerNotes.add(n.minutes() + " min: " + n.text());
        }
        return List.of(
                new Slide("slide-exercise.png", "Exercise " + number + ": " + Course.subject(lesson),
                        LessonCharts.slide(lesson, theme, LessonCharts.Version.EXERCISE).render(ChartFormat.PNG),
                        w.questions(lesson)),
                new Slide("slide-answer.png", lesson.scenario().title(),
                        LessonCharts.slide(lesson, theme, LessonCharts.Version.ANSWER).render(ChartFormat.PNG),
                        answerNotes));
    }
}
