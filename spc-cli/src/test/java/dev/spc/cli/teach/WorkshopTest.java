package dev.spc.cli.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every lesson has valid workshop material, whose placeholders its chart fills for every seed; a file that
 * breaks the format is refused with its name, line and what was expected.
 */
class WorkshopTest {
    private static final String GOOD = """
            # minutes: 10
            # questions
            - Is there a signal?
            - What would you do?
            # answers
            - No: every point lies within {limit.lower} to {limit.upper}.
            - Nothing about single months.
            # notes
            - 2 min: show the chart
            - 8 min: discuss
            """;

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyLessonHasAWorkshopFileTheChartFillsForTwentySeeds(Scenario scenario) {
        Workshop w = Workshop.of(scenario);
        assertEquals(w.questions().size(), w.answers().size(), scenario.id());
        assertEquals(w.minutes(), w.notes().stream().mapToInt(Workshop.Note::minutes).sum(), scenario.id());
        for (long seed = 1; seed <= 20; seed++) {
            Lesson lesson = scenario.make(seed);
            for (String text : concat(w.questions(lesson), w.answers(lesson))) {
                assertFalse(text.contains("{") || text.contains("}"), scenario.id() + ", seed " + seed + ": " + text);
                assertFalse(text.contains("n/a"), scenario.id() + ", seed " + seed + ": " + text);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void aWellFormedFileIsRead() {
        Workshop w = Workshop.parse("good.txt", GOOD);
        assertEquals(10, w.minutes());
        assertEquals(List.of("Is there a signal?", "What would you do?"), w.questions());
        assertEquals("Nothing about single months.", w.answers().get(1));
        assertEquals(List.of(new Workshop.Note(2, "show the chart"), new Workshop.Note(8, "discuss")), w.notes());
    }

    static String refusal(String text) {
        return assertThrows(IllegalStateException.class, () -> Workshop.parse("bad.txt", text)).getMessage();
    }

    @Test
    void aFileThatBreaksTheFormatIsRefusedWithItsLine() {
        assertEquals("bad.txt, line 1: expected '# minutes: N' first, not '# questions'",
                refusal(GOOD.replace("# minutes: 10\n", "")));
        assertTrue(refusal(GOOD.replace("- Nothing about single months.\n", ""))
                .endsWith("2 questions but 1 answers: give one answer for each question, in order"));
        assertTrue(refusal(GOOD.replace("8 min", "7 min")).endsWith("the notes' minutes add up to 9, not the 10 minutes "
                + "the lesson takes"));
        assertEquals("bad.txt, line 5: expected '# answers', not '# notes'", refusal(GOOD.replace("# answers", "# notes")));
        assertTrue(refusal(GOOD.replace("- 2 min: show", "- show")).startsWith("bad.txt, line 9: a note starts with "
                + "its minutes"), refusal(GOOD.replace("- 2 min: show", "- show")));
        assertTrue(refusal(GOOD.replace("{limit.upper}", "{limit.top}")).startsWith("bad.txt, line 6: '{limit.top}' "
                + "is not a placeholder"));
        assertTrue(refusal(GOOD.replace("{limit.upper}", "{rule.shfit.first}")).contains("shfit is not a rule's id"));
        assertTrue(refusal(GOOD.replace("# notes\n- 2 min: show the chart\n- 8 min: discuss\n", ""))
                .contains("must have '# minutes: N', '# questions', '# answers' and '# notes'"));
    }

    @Test
    void aPlaceholderTheChartCannotFillIsAnErrorNotABlank() {
        // The common-cause lesson has no target and no signal.
        Lesson lesson = Scenario.COMMON_CAUSE.make(1);
        Placeholders p = new Placeholders(lesson.analyses());
        assertThrows(IllegalStateException.class, () -> p.fill("{target}"));
        assertThrows(IllegalStateException.class, () -> p.fill("{rule.shift.first}"));
        assertThrows(IllegalStateException.class, () -> p.fill("{centre:2}"));
        assertEquals("0 points", p.fill("{rule.shift} points"));
    }
}
