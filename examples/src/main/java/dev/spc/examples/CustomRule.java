package dev.spc.examples;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.Signal;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Write a custom rule: a check of your own over an {@link Analysis}, using the lines it already holds.
 * This one is Western Electric's third test, "four of five points beyond one sigma on the same side", a
 * sensitive early warning that the Making Data Count rules leave out. It reads the centre line and sigma
 * of each point, so it respects recalculations (and limits that vary point by point) without recomputing
 * anything. The library has it built in too, as rule {@code we3} of {@link RuleSet#WESTERN_ELECTRIC}; the
 * example ends by checking that the two agree.
 */
public final class CustomRule {
    private CustomRule() {
    }

    /** The indexes of the points that end a run of 4 of 5 beyond one sigma on the same side. */
    static List<Integer> fourOfFiveBeyondOneSigma(Analysis a) {
        List<Integer> flagged = new ArrayList<>();
        for (int end = 4; end < a.size(); end++) {
            for (int side : new int[] {1, -1}) {
                int beyond = 0;
                for (int i = end - 4; i <= end; i++) {
                    if (a.hasLimits(i) && side * (a.value(i) - a.centre(i)) > a.sigma(i)) {
                        beyond++;
                    }
                }
                if (beyond >= 4) {
                    flagged.add(end);
                }
            }
        }
        return flagged;
    }

    public static void main(String[] args) {
        double[] values = {50, 49.5, 50.8, 50.2, 49.1, 50.6, 49.8, 50.3, 51, 49.4, 50.5, 49.7, 50.1, 52.4, 52.9, 50.6,
            52.7, 52.2, 50.4, 50.0};
        LocalDate[] dates = new LocalDate[values.length];
        for (int i = 0; i < values.length; i++) {
            dates[i] = LocalDate.of(2024, 1, 1).plusMonths(i);
        }
        Series series = Series.of("Bed occupancy (%)", dates, values);
        Analysis a = Spc.analyse(series, ChartSpec.builder().direction(Direction.NEITHER).build());
        System.out.println("MDC rules flag " + a.signals().size() + " signals");
        for (int i : fourOfFiveBeyondOneSigma(a)) {
            System.out.println("4 of 5 beyond one sigma, ending " + a.date(i) + " (" + a.value(i) + ")");
        }
        Analysis builtIn = Spc.analyse(series, ChartSpec.builder().rules(RuleSet.WESTERN_ELECTRIC).build());
        for (Signal s : builtIn.signals()) {
            if (s.rule() == RuleId.WE3) {
                System.out.println("built-in we3 agrees, ending " + builtIn.date(s.last()));
            }
        }
    }
}
