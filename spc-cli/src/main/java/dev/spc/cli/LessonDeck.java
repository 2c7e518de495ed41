package dev.spc.cli;

import dev.spc.cli.teach.Lesson;
import dev.spc.cli.teach.Slides;
import dev.spc.cli.teach.Workshop;
import dev.spc.core.series.Series;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The lessons of {@code spc teach --slides} as one PowerPoint deck: a title slide, then each lesson's exercise
 * (the plain chart beside its questions) and its answer (the coloured chart beside the answers), in the order
 * taught. The facilitator's notes stay in the answer key, not on a slide the room sees.
 */
final class LessonDeck {
    private final Deck deck = new Deck("Understanding variation");
    private final List<String> titles = new ArrayList<>();
    private LocalDate latest = LocalDate.of(1980, 1, 1);

    /** Adds a lesson's two slides. */
    void add(Lesson lesson, List<Slides.Slide> slides) {
        Workshop w = Workshop.of(lesson.scenario());
        if (titles.isEmpty()) {
            deck.addTitle("Understanding variation", List.of("Exercises on reading variation, each followed by its answer",
                    "Made with spc teach, seed " + lesson.seed()));
        }
        titles.add(slides.get(0).title());
        slide(slides.get(0), w.questions(lesson), false);
        slide(slides.get(1), w.answers(lesson), true);
        for (Lesson.Metric m : lesson.metrics()) {
            Series s = m.series();
            if (s.size() > 0 && s.date(s.size() - 1).isAfter(latest)) {
                latest = s.date(s.size() - 1);
            }
        }
    }

    private void slide(Slides.Slide slide, List<String> points, boolean answers) {
        List<Deck.Paragraph> paragraphs = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            paragraphs.add(new Deck.Paragraph((answers ? "Answer " : "Question ") + (k + 1), points.get(k)));
        }
        deck.addSlide(slide.title(), new Deck.Picture(slide.png(), 16.0 / 9, slide.title()), paragraphs);
    }

    /** The deck's bytes: the same lessons give the same bytes (dated by the latest data, not the clock). */
    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        deck.write(out, latest);
        return out.toByteArray();
    }
}
