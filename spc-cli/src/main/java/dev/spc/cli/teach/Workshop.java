package dev.spc.cli.teach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's workshop material: how long it takes, discussion questions with their answers, and the
 * facilitator's notes with timings. Each scenario's is the resource {@code workshop/<scenario-id>.txt}
 * beside this class, written as
 *
 * <pre>
 * # minutes: 10
 * # questions
 * - A discussion question?
 * # answers
 * - The answer to the first question.
 * # notes
 * - 2 min: what the facilitator does first
 * - 8 min: ...
 * </pre>
 *
 * <p>The sections come in that order, each item on one line starting {@code "- "}; blank lines are
 * ignored. There are as many answers as questions, in the same order, and the notes' minutes add up to
 * the total. Questions and answers may quote the lesson's chart through placeholders such as
 * {@code {limit.upper}}, filled from the analysis when the lesson is made ({@link Placeholders} lists
 * them), so that an answer never disagrees with the chart beside it.
 *
 * @param minutes how long the lesson takes in a workshop
 * @param questions the discussion questions, as written (with their placeholders)
 * @param answers the answers, one for each question, in order
 * @param notes what the facilitator does, step by step
 */
public record Workshop(int minutes, List<String> questions, List<String> answers, List<Note> notes) {
    private static final Pattern MINUTES = Pattern.compile("# minutes: ([1-9][0-9]{0,2})");
    private static final Pattern NOTE = Pattern.compile("([1-9][0-9]{0,2}) min: (\\S.*)");

    /** One step of the facilitator's notes: how many minutes it takes and what to do. */
    public record Note(int minutes, String text) {
    }

    public Workshop {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        notes = List.copyOf(notes);
    }

    /** The resource that holds a scenario's workshop material, relative to this class. */
    static String resource(String scenarioId) {
        return "workshop/" + scenarioId + ".txt";
    }

    /**
     * The workshop material of a scenario.
     *
     * @throws IllegalStateException when the scenario has no workshop file, or its file breaks the format
     *     (naming the file, the line and what was expected)
     */
    public static Workshop of(Scenario scenario) {
        String name = resource(scenario.id());
        try (InputStream in = Workshop.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the lesson " + scenario.id() + " has no workshop file "
                        + "(dev/spc/cli/teach/" + name + " in the resources)");
            }
            return parse("dev/spc/cli/teach/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sections of the file, in the order they must come. */
    private enum Section { QUESTIONS, ANSWERS, NOTES }

    /**
     * Reads workshop material.
     *
     * @param file the file's name, for messages
     * @throws IllegalStateException naming the file and line when the text breaks the format
     */
    static Workshop parse(String file, String text) {
        List<String> lines = text.lines().toList();
        int minutes = -1;
        Section section = null;
        List<String> questions = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            int number = k + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (minutes < 0) {
                Matcher m = MINUTES.matcher(line);
                if (!m.matches()) {
                    throw bad(file, number, "expected '# minutes: N' first, not '" + line + "'");
                }
                minutes = Integer.parseInt(m.group(1));
                continue;
            }
            if (line.startsWith("#")) {
                Section next = section == null ? Section.QUESTIONS : section.ordinal() + 1 < Section.values().length
                        ? Section.values()[section.ordinal() + 1] : null;
                String heading = next == null ? null : "# " + next.name().toLowerCase(java.util.Locale.ROOT);
                if (!line.equals(heading)) {
                    throw bad(file, number, next == null ? "nothing may follow the notes, not '" + line + "'"
                            : "expected '" + heading + "', not '" + line + "'");
                }
                section = next;
                continue;
            }
            if (section == null || !line.startsWith("- ") || line.substring(2).isBlank()) {
                throw bad(file, number, section == null ? "expected '# questions', not '" + line + "'"
                        : "expected an item starting '- ', not '" + line + "'");
            }
            String item = line.substring(2).strip();
            try {
                Placeholders.check(item);
            } catch (IllegalArgumentException e) {
                throw bad(file, number, e.getMessage());
            }
            switch (section) {
                case QUESTIONS -> questions.add(item);
                case ANSWERS -> answers.add(item);
                case NOTES -> {
                    Matcher m = NOTE.matcher(item);
                    if (!m.matches()) {
                        throw bad(file, number, "a note starts with its minutes ('- 2 min: ...'), not '" + line + "'");
                    }
                    notes.add(new Note(Integer.parseInt(m.group(1)), m.group(2)));
                }
            }
        }
        int end = lines.size();
        if (section != Section.NOTES) {
            throw bad(file, end, "the file must have '# minutes: N', '# questions', '# answers' and '# notes'");
        }
        if (questions.isEmpty()) {
            throw bad(file, end, "there are no questions");
        }
        if (answers.size() != questions.size()) {
            throw bad(file, end, questions.size() + " questions but " + answers.size() + " answers: give one answer "
                    + "for each question, in order");
        }
        int sum = notes.stream().mapToInt(Note::minutes).sum();
        if (notes.isEmpty() || sum != minutes) {
            throw bad(file, end, "the notes' minutes add up to " + sum + ", not the " + minutes + " minutes the "
                    + "lesson takes");
        }
        return new Workshop(minutes, questions, answers, notes);
    }

    private static IllegalStateException bad(String file, int line, String what) {
        return new IllegalStateException(file + ", line " + line + ": " + what);
    }

    /** The questions with the lesson's numbers in their placeholders. */
    public List<String> questions(Lesson lesson) {
        return fill(questions, lesson);
    }

    /** The answers with the lesson's numbers in their placeholders. */
    public List<String> answers(Lesson lesson) {
        return fill(answers, lesson);
    }

    private static List<String> fill(List<String> items, Lesson lesson) {
        Placeholders p = new Placeholders(lesson.analyses());
        List<String> out = new ArrayList<>(items.size());
        for (String item : items) {
            out.add(p.fill(item));
        }
        return out;
    }
}
