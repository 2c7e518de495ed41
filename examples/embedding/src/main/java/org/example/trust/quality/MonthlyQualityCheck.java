package org.example.trust.quality;

import dev.spc.core.Analysis;
import dev.spc.core.Monitor;
import dev.spc.core.Spc;
import dev.spc.core.series.InvalidInputException;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a trust's quality system does with spc-core each month: analyse a metric's history, report its
 * process limits, icons and explanation, then judge this month's new value against the limits, frozen,
 * without analysing the history again. Run it with {@code mvn -q compile exec:java} or from the tests.
 */
public final class MonthlyQualityCheck {
    private MonthlyQualityCheck() {
    }

    public static void main(String[] args) {
        // Two years of a percentage whose target is 78%: stable, alternating 74% and 76%.
        List<Series.Point> months = new ArrayList<>();
        LocalDate april2023 = LocalDate.of(2023, 4, 1);
        for (int m = 0; m < 24; m++) {
            months.add(Series.Point.of(april2023.plusMonths(m), m % 2 == 0 ? 74 : 76));
        }
        Series history = Series.of("Patients seen within 4 hours", months).withUnit("%");
        ChartSpec spec = ChartSpec.builder().direction(Direction.INCREASE).target(78).build();

        Analysis analysis = Spc.analyse(history, spec);
        int last = analysis.latestIndex().getAsInt();
        System.out.println("centre: " + analysis.formats().line(analysis.centre(last)));
        System.out.println("limits: " + analysis.formats().line(analysis.lowerLimit(last)) + " to "
                + analysis.formats().line(analysis.upperLimit(last)));
        System.out.println("variation: " + analysis.variation().id());
        System.out.println("assurance: " + analysis.assurance().id());
        System.out.println(analysis.explanation());

        // April 2025 arrives: judge it against the limits of the two years before, frozen.
        Monitor monitor = Monitor.of(history, spec);
        Monitor.Judgement april = monitor.add(Series.Point.of(LocalDate.of(2025, 4, 1), 68));
        System.out.println("2025-04: " + april.point().pointClass().id() + " " + april.point().rules()
                + (april.isSpecialCause() ? ": investigate" : ""));
        System.out.println(monitor.analysis().explanation());

        // A month given twice is refused, with the problem as data.
        try {
            monitor.add(Series.Point.of(LocalDate.of(2025, 4, 1), 75));
        } catch (InvalidInputException e) {
            System.out.println("refused: " + e.problem().kind() + " on " + e.problem().date());
        }
    }
}
