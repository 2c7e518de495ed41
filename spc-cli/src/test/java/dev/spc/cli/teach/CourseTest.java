package dev.spc.cli.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The teaching order names each lesson once, and an exercise's subject names no lesson. */
class CourseTest {
    @Test
    void theOrderNamesOnlyLessonsEachOnceAndTheCourseHasEveryLessonOnce() {
        for (String id : Course.ORDER) {
            assertEquals(id, Scenario.parse(id).id(), id + " is a lesson");
        }
        assertEquals(Course.ORDER.size(), new HashSet<>(Course.ORDER).size(), "no lesson twice");
        List<Scenario> all = Course.all();
        assertEquals(Scenario.values().length, all.size());
        assertEquals(Scenario.values().length, new HashSet<>(all).size());
    }

    @Test
    void aLessonTheOrderDoesNotNameComesAtTheEnd() {
        List<String> order = new ArrayList<>(Course.ORDER);
        order.remove("common-cause");
        List<Scenario> ordered = Course.ordered(List.of(Scenario.COMMON_CAUSE, Scenario.FUNNEL, Scenario.SHIFT,
                Scenario.TWO_POINT), order);
        assertEquals(List.of(Scenario.TWO_POINT, Scenario.SHIFT, Scenario.FUNNEL, Scenario.COMMON_CAUSE), ordered);
    }

    static Lesson named(String... names) {
        List<Lesson.Metric> metrics = new ArrayList<>();
        for (String n : names) {
            metrics.add(new Lesson.Metric(Series.of(n, new LocalDate[] {LocalDate.of(2024, 1, 1)}, new double[] {1}),
                    ChartSpec.builder().build()));
        }
        return new Lesson(Scenario.FUNNEL, 1, metrics, List.of());
    }

    @Test
    void theSubjectIsWhatTheChartsMeasureSaidOnce() {
        assertEquals("Complaints received", Course.subject(named("Complaints received")));
        assertEquals("Theatre sessions used (%)", Course.subject(named("Theatre sessions used (%): one set of limits",
                "Theatre sessions used (%): recalculated from the change")));
        assertEquals("Funnel Rule 1, 2, 3 and 4", Course.subject(named("Funnel Rule 1: leave it",
                "Funnel Rule 2: move it back", "Funnel Rule 3: aim opposite", "Funnel Rule 4: aim at the last drop")));
        assertEquals("Readmissions and A&E attendances", Course.subject(named("Readmissions: XmR chart",
                "Readmissions: P chart", "A&E attendances: P chart")));
        // The words the names share are said once, and never the whole of a name.
        assertEquals("Ward A and B", Course.subject(named("Ward A", "Ward B")));
        assertEquals("Ward and Ward B", Course.subject(named("Ward", "Ward B")));
    }
}
