package dev.spc.cli.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.charts.ChartWriter;
import dev.spc.charts.Drawable;
import dev.spc.charts.SmallMultiples;
import dev.spc.charts.SpcChart;
import dev.spc.charts.Theme;
import dev.spc.core.Analysis;
import dev.spc.core.result.RuleId;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every lesson, over seeds 1 to 25, says what its chart shows: each metric's chart flags exactly the rules
 * its scenario declares ({@link Scenario#signals}), and every number its words quote is one the analysis
 * gives (a value, limit, centre, count of flagged points, position...) or one of the few constants of the
 * lesson's own method, listed in {@link WordsAndNumbers#CONSTANTS} with where each comes from; and no two
 * labels of its chart meet, in the teaching theme that labels every signal.
 */
class LessonsTrueToWordsTest {
    static final int SEEDS = 25;

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void theChartFlagsExactlyTheSignalsTheWordsName(Scenario scenario) {
        List<String> wrong = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            Lesson lesson = scenario.make(seed);
            List<Analysis> analyses = lesson.analyses();
            for (int m = 0; m < analyses.size(); m++) {
                Set<RuleId> shown = Scenario.rulesFlagged(analyses.get(m));
                if (!shown.equals(scenario.signals(lesson, m))) {
                    wrong.add("seed " + seed + ", " + analyses.get(m).metric() + ": shows " + shown + ", declares "
                            + scenario.signals(lesson, m));
                }
            }
        }
        assertTrue(wrong.isEmpty(), scenario.id() + ":\n" + String.join("\n", wrong));
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyNumberInTheWordsComesFromTheChart(Scenario scenario) {
        List<String> wrong = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            Lesson lesson = scenario.make(seed);
            Set<String> allowed = WordsAndNumbers.fromLesson(lesson);
            allowed.addAll(WordsAndNumbers.constants(scenario));
            for (String number : WordsAndNumbers.numbersIn(String.join("\n", lesson.text()))) {
                if (!allowed.contains(number)) {
                    wrong.add("seed " + seed + ": " + number);
                }
            }
        }
        assertEquals(List.of(), wrong, scenario.id() + ": numbers in the words that the chart does not give");
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void noTwoLabelsOfTheChartMeet(Scenario scenario) {
        System.setProperty("java.awt.headless", "true");
        List<String> wrong = new ArrayList<>();
        int labels = 0;
        boolean signals = false;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Lesson lesson = scenario.make(seed);
            LessonCharts.Picture drawn = LessonCharts.chart(lesson, Theme.TEACHING);
            Drawable picture = drawn.drawable();
            ChartWriter.image(picture, drawn.options());
            // Signal labels are the SPC charts'; a lesson's own picture (the league table's funnel plot) has none.
            List<SpcChart> charts = picture instanceof SmallMultiples grid ? grid.charts()
                    : picture instanceof SpcChart chart ? List.of(chart) : List.of();
            signals |= !scenario.signals(lesson, 0).isEmpty() && !charts.isEmpty();
            for (SpcChart chart : charts) {
                List<Rectangle2D> boxes = chart.labelBoxes();
                labels += boxes.size();
                for (int k = 0; k < boxes.size(); k++) {
                    if (!chart.plotArea().contains(boxes.get(k))) {
                        wrong.add("seed " + seed + ", " + chart.title() + ": a label leaves the plot " + boxes.get(k));
                    }
                    for (int j = 0; j < k; j++) {
                        if (boxes.get(k).intersects(boxes.get(j))) {
                            wrong.add("seed " + seed + ", " + chart.title() + ": labels meet at " + boxes.get(k));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, scenario.id());
        if (signals) {
            assertTrue(labels > 0, scenario.id() + ": a lesson about a signal labels it");
        }
    }
}
