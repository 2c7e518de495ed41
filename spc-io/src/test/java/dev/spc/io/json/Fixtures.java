package dev.spc.io.json;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small seeded series for every chart, each with what a document must carry back: a gap, a ghost, an
 * annotation, a point's own target, a rebase (so two phases) and a unit; and the spec to analyse them with.
 * The numbers come from a seeded generator: the tests compare the analyses of them with their own
 * recomputation, never with figures written down.
 */
final class Fixtures {
    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final int POINTS = 24;
    static final int GAP = 4;
    static final int GHOST = 6;
    static final int ANNOTATED = 7;
    static final int OWN_TARGET = 9;
    static final int REBASE = 12;

    private Fixtures() {
    }

    /** A spec for the chart with a direction, a target, and few enough points for limits in each phase. */
    static ChartSpec spec(ChartType chart) {
        return ChartSpec.builder().chart(chart).direction(Direction.INCREASE).target(target(chart)).minimumPoints(5)
                .build();
    }

    /** The series for the chart: values, counts, times, ratios, rates or subgroups as the chart takes. */
    static Series series(ChartType chart) {
        Random random = new Random(20240101L + chart.ordinal());
        List<Series.Point> points = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            LocalDate date = START.plusMonths(i);
            Series.Point p = i == GAP ? Series.Point.gap(date) : point(chart, date, random);
            if (i == GHOST) {
                p = p.withGhost();
            }
            if (i == ANNOTATED) {
                p = p.withAnnotation("New triage process, \"phase 2\"; ward 7 closed");
            }
            if (i == OWN_TARGET) {
                p = p.withTarget(target(chart) * 1.5);
            }
            if (i == REBASE) {
                p = p.withRebase();
            }
            points.add(p);
        }
        Series s = switch (chart) {
            case U, UP -> Series.rates("Falls per bed day (" + chart.id() + ")", points);
            case G, T -> Series.eventIntervals("Days between events (" + chart.id() + ")", points);
            default -> Series.of("Metric for " + chart.title(), points);
        };
        return s.withUnit(chart.input() == ChartType.Input.RATIOS ? "" : "days");
    }

    private static Series.Point point(ChartType chart, LocalDate date, Random random) {
        return switch (chart) {
            case RUN, XMR, MR, CUSUM, EWMA, AUTO -> Series.Point.of(date, 50 + 5 * random.nextGaussian());
            case C -> Series.Point.of(date, random.nextInt(10));
            case G -> Series.Point.of(date, random.nextInt(30));
            case T -> Series.Point.of(date, 1 + 29 * random.nextDouble());
            case NP -> Series.Point.ratio(date, random.nextInt(15), 50);
            case P, PP -> {
                int n = 40 + random.nextInt(21);
                yield Series.Point.ratio(date, random.nextInt(n / 2), n);
            }
            case U, UP -> Series.Point.ratio(date, random.nextInt(12), 1000 + random.nextInt(1000));
            case XBAR_R, XBAR_S, R, S -> {
                double[] x = new double[3 + random.nextInt(3)];
                for (int j = 0; j < x.length; j++) {
                    x[j] = 20 + 3 * random.nextGaussian();
                }
                yield Series.Point.subgroup(date, Subgroup.of(x));
            }
        };
    }

    private static double target(ChartType chart) {
        return switch (chart.input()) {
            case RATIOS -> chart == ChartType.NP ? 7 : chart == ChartType.U || chart == ChartType.UP ? 0.004 : 0.15;
            case SUBGROUPS -> 20;
            case VALUES -> chart == ChartType.C ? 5 : chart == ChartType.G || chart == ChartType.T ? 15 : 50;
        };
    }

    /** Every chart but auto, each analysed. */
    static List<Analysis> everyChart() {
        List<Analysis> all = new ArrayList<>();
        for (ChartType chart : ChartType.values()) {
            if (chart != ChartType.AUTO) {
                all.add(Spc.analyse(series(chart), spec(chart)));
            }
        }
        return all;
    }
}
