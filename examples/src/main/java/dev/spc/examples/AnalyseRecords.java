package dev.spc.examples;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyse a metric held in a list of records inside a service: turn the records into a {@link Series},
 * choose a {@link ChartSpec}, and read the icons, each point's class and the explanation from the
 * {@link Analysis}. No files, no command line.
 */
public final class AnalyseRecords {
    /** A row as a service might hold it. */
    record MonthlyFigure(YearMonth month, int seen, int seenWithin4Hours) {
        double percent() {
            return 100.0 * seenWithin4Hours / seen;
        }
    }

    private AnalyseRecords() {
    }

    public static void main(String[] args) {
        List<MonthlyFigure> figures = new ArrayList<>();
        int[] within = {7412, 7530, 7391, 7602, 7488, 7455, 7570, 7398, 7512, 7460, 7525, 7444,
            7801, 7855, 7832, 7890, 7876, 7911, 7864, 7902};
        for (int i = 0; i < within.length; i++) {
            figures.add(new MonthlyFigure(YearMonth.of(2023, 4).plusMonths(i), 10_000, within[i]));
        }

        List<Series.Point> points = new ArrayList<>();
        for (MonthlyFigure f : figures) {
            LocalDate first = f.month().atDay(1);
            points.add(Series.Point.of(first, f.percent()));
        }
        Series series = Series.of("A&E 4-hour performance (%)", points).withUnit("%");
        ChartSpec spec = ChartSpec.builder().direction(Direction.INCREASE).target(78).build();
        Analysis analysis = Spc.analyse(series, spec);

        System.out.println("variation: " + analysis.variation().id());
        System.out.println("assurance: " + analysis.assurance().id());
        for (int i = 0; i < analysis.size(); i++) {
            System.out.printf("%s %6.2f %-12s %s%n", analysis.date(i), analysis.value(i), analysis.pointClass(i).id(),
                    analysis.rules(i));
        }
        System.out.println(analysis.explanation());
    }
}
