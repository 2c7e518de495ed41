package dev.spc.cli.teach;

import dev.spc.core.spec.Direction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a lesson's exercise and of its answer key. The exercise says what the chart measures,
 * which way is better, what its lines are and the questions, and nothing else: not the lesson's title,
 * not its words, not the rules that fire. The answer key has the lesson's title and words, each question
 * with its answer, and the facilitator's notes with their timings.
 */
public final class Exercises {
    private Exercises() {
    }

    /**
     * Which way is better, in a sentence for each metric (named as before its colon, once) that differs:
     * "Higher is better." for a lesson whose charts all agree.
     */
    static List<String> directions(Lesson lesson) {
        Map<String, Direction> better = new LinkedHashMap<>();
        for (Lesson.Metric m : lesson.metrics()) {
            String name = m.series().metric();
            int colon = name.indexOf(": ");
            better.putIfAbsent(colon > 0 ? name.substring(0, colon) : name, m.spec().direction());
        }
        if (new java.util.HashSet<>(better.values()).size() == 1) {
            return List.of(sentence(better.values().iterator().next(), lesson.metrics().size() == 1 ? "" : " on every chart"));
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Direction> e : better.entrySet()) {
            out.add(sentence(e.getValue(), " for " + e.getKey()));
        }
        return out;
    }

    private static String sentence(Direction d, String where) {
        return switch (d) {
            case INCREASE -> "Higher is better" + where + ".";
            case DECREASE -> "Lower is better" + where + ".";
            case NEITHER -> "Neither higher nor lower is better" + where + ".";
        };
    }

    /** What the lines of an exercise's chart are; the file's name, if not empty, is said after "chart". */
    static String lines(Lesson lesson, String file) {
        String chart = file.isEmpty() ? "chart" : "chart (" + file + ")";
        return (lesson.metrics().size() == 1 ? "The " + chart + " shows" : "Each " + chart + " shows") + " the points joined by "
                + "a line, the mean (the solid line), the process limits (dashed) and the two-sigma lines (dotted, "
                + "two thirds of the way from the mean to each limit)"
                + (lesson.metrics().stream().anyMatch(m -> m.spec().target().isPresent())
                        ? ", and the target (dashed and dotted)." : ".");
    }

    /** The exercise as text: {@code exercise.txt}. */
    public static String text(Lesson lesson, Workshop workshop, String chartName) {
        StringBuilder sb = new StringBuilder();
        String heading = "Exercise: " + Course.subject(lesson);
        sb.append(heading).append('\n').append("=".repeat(heading.length())).append("\n\n");
        sb.append(lines(lesson, chartName)).append(' ').append(String.join(" ", directions(lesson)));
        if (LessonCharts.table(lesson).isPresent()) {
            sb.append(" The table (rag-table").append(chartName.substring(chartName.lastIndexOf('.')))
                    .append(") colours each month red, amber or green against the target.");
        }
        sb.append("\n\n");
        sb.append("Questions\n---------\n\n");
        List<String> questions = workshop.questions(lesson);
        for (int k = 0; k < questions.size(); k++) {
            sb.append(k + 1).append(". ").append(questions.get(k)).append("\n\n");
        }
        return sb.toString();
    }

    /** The answer key as text: {@code answer-key.txt}. */
    public static String answerKey(Lesson lesson, Workshop workshop, String chartName, String exerciseName) {
        StringBuilder sb = new StringBuilder();
        String heading = "Answer key: " + lesson.scenario().title();
        sb.append(heading).append('\n').append("=".repeat(heading.length())).append("\n\n");
        sb.append("The chart with its signals coloured is ").append(chartName).append("; the exercise's chart is ")
                .append(exerciseName).append(".\n\n");
        for (String paragraph : lesson.text()) {
            sb.append(paragraph).append("\n\n");
        }
        sb.append("Questions and answers\n---------------------\n\n");
        List<String> questions = workshop.questions(lesson);
        List<String> answers = workshop.answers(lesson);
        for (int k = 0; k < questions.size(); k++) {
            sb.append(k + 1).append(". ").append(questions.get(k)).append("\n\n   Answer: ").append(answers.get(k))
                    .append("\n\n");
        }
        sb.append(notes(workshop));
        return sb.toString();
    }

    /** The facilitator's notes with their timings. */
    static String notes(Workshop workshop) {
        StringBuilder sb = new StringBuilder();
        String heading = "Facilitator's notes (" + workshop.minutes() + " minutes)";
        sb.append(heading).append('\n').append("-".repeat(heading.length())).append("\n\n");
        for (Workshop.Note n : workshop.notes()) {
            sb.append("- ").append(n.minutes()).append(" min: ").append(n.text()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The plan of a workshop of the lessons, in order: when each starts, how long it takes, its exercise
     * number, its folder and its title, and the total (for the facilitator; it names the lessons).
     */
    public static String plan(List<Lesson> lessons) {
        int total = 0;
        for (Lesson l : lessons) {
            total += Workshop.of(l.scenario()).minutes();
        }
        StringBuilder sb = new StringBuilder();
        String heading = "Workshop plan: " + lessons.size() + " lessons, " + hours(total);
        sb.append(heading).append('\n').append("=".repeat(heading.length())).append("\n\n");
        sb.append("Each lesson's folder holds its exercise (exercise.txt and its chart), its answer key with the "
                + "facilitator's notes (answer-key.txt) and its data. Leave time for breaks and for the room's own "
                + "examples; drop or shorten lessons to fit.\n\n");
        sb.append("Start  Minutes  Exercise  Folder                  Lesson\n");
        int start = 0;
        for (int k = 0; k < lessons.size(); k++) {
            Lesson l = lessons.get(k);
            int minutes = Workshop.of(l.scenario()).minutes();
            sb.append(String.format(Locale.ROOT, "%d:%02d   %7d  %8d  %-22s  %s%n", start / 60, start % 60, minutes,
                    k + 1, l.scenario().id(), l.scenario().title()));
            start += minutes;
        }
        sb.append(String.format(Locale.ROOT, "%d:%02d   end%n", start / 60, start % 60));
        return sb.toString();
    }

    private static String hours(int minutes) {
        return minutes / 60 + " h " + String.format(Locale.ROOT, "%02d", minutes % 60) + " min";
    }
}
