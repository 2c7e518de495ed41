package dev.spc.cli.teach;

import dev.spc.charts.ChartOptions;
import dev.spc.charts.Drawable;
import dev.spc.charts.FunnelChart;
import dev.spc.charts.SensitiveChart;
import dev.spc.charts.SmallMultiples;
import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import dev.spc.core.Spc;
import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.FunnelSpec;
import dev.spc.core.funnel.FunnelType;
import dev.spc.core.funnel.Overdispersion;
import dev.spc.core.funnel.Unit;
import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.result.Signal;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import dev.spc.io.CsvWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * The teaching scenarios: each makes a seeded data set that shows one lesson about variation, and the
 * words to go with it. The data are redrawn (from the same seed, so still reproducible) until the chart
 * shows the signal the lesson is about, so every seed teaches the lesson.
 */
public enum Scenario {
    COMMON_CAUSE("common-cause", "Common cause variation only") {
        @Override
        Lesson draw(Random r, long seed) {
            Series s = monthly("Outpatient letters sent within 7 days (%)", noise(r, 24, 80, 3));
            Analysis a = Spc.analyse(s, increase());
            return lesson(seed, List.of(new Lesson.Metric(s, increase())), List.of(
                    "These 24 months come from one process that did not change. Every point is grey: no special-cause "
                            + "rule fires, so the ups and downs are the noise of a stable process.",
                    "The process limits, " + n(a.lowerLimit(0)) + "% to " + n(a.upperLimit(0)) + "%, say what to expect "
                            + "next month if nothing changes. The highest month (" + n(max(s)) + "%) and the lowest ("
                            + n(min(s)) + "%) are not news: asking why either happened looks for a cause that is not there.",
                    "To get better results, change the process itself; chasing single months only adds work."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            return allCommonCause(a.get(0));
        }
    },
    SHIFT("shift", "A shift: a run of points on one side of the mean") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = noise(r, 24, 60, 4);
            for (int i = 15; i < 24; i++) {
                v[i] += 7;
            }
            Series s = monthly("Patients discharged before noon (%)", round(v));
            return lesson(seed, List.of(new Lesson.Metric(s, increase())), List.of(
                    "From month 16 a new discharge lounge opened. No single month looks remarkable, yet the last "
                            + "points all sit above the mean: blue points mark a shift.",
                    "A run of 6 or more points on one side of the mean is very unlikely by chance, so it is "
                            + "evidence the process has changed.",
                    "When a change is real and lasting, recalculate the limits from when it started (see the "
                            + "recalculation lesson)."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            // The shift and nothing else: no concern elsewhere, no point beyond a limit ("no single month
            // looks remarkable").
            // The shift and nothing else, and no concern: the words speak only of improvement.
            return latestFlaggedBy(a.get(0), RuleId.SHIFT, PointClass.IMPROVEMENT) && noConcern(a.get(0))
                    && showsExactly(a);
        }

        @Override
        public Set<RuleId> signals(int metric) {
            return EnumSet.of(RuleId.SHIFT);
        }
    },
    TREND("trend", "A trend: points rising (or falling) one after another") {
        @Override
        Lesson draw(Random r, long seed) {
            // The last 7 months fall step by step from above the mean to below it: a trend, and no run long
            // enough on either side for a shift, nor a point near a limit.
            double[] v = noise(r, 24, 30, 2.5);
            for (int i = 17; i < 24; i++) {
                v[i] = 30 + 3.5 - (i - 17) * 1.15 - r.nextDouble() * 0.3;
            }
            Series s = monthly("Median wait for first appointment (days)", round(v));
            return lesson(seed, List.of(new Lesson.Metric(s, decrease())), List.of(
                    "Waits fall month after month at the end of this chart. Each step is small and no month is near "
                            + "a limit, but 6 or more points each lower than the one before rarely happen by chance: "
                            + "the points are marked as a trend.",
                    "Lower is better here, so the trend is improvement (blue). The same run going up would be a "
                            + "concern (orange).",
                    "A trend can cross the mean, as this one does; it is the run of steps, not the level, that is "
                            + "the signal."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            return latestFlaggedBy(a.get(0), RuleId.TREND, PointClass.IMPROVEMENT) && noConcern(a.get(0))
                    && showsExactly(a);
        }

        @Override
        public Set<RuleId> signals(int metric) {
            return EnumSet.of(RuleId.TREND);
        }
    },
    ASTRONOMICAL("astronomical-point", "An astronomical point: one point beyond a limit") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = noise(r, 24, 40, 4);
            v[14] = 40 + 22;
            Series s = monthly("Ambulance handovers over 60 minutes", round(v));
            return lesson(seed, List.of(new Lesson.Metric(s, decrease())), List.of(
                    "One month stands far above the upper process limit: an astronomical point. A stable process "
                            + "would almost never give it, so something happened that month: worth asking what.",
                    "Before and after it the process is the same as ever: one special cause, not a new level.",
                    "Lower is better for handovers, so the point is a concern (orange)."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis x = a.get(0);
            int count = 0;
            for (int i = 0; i < x.size(); i++) {
                if (x.rules(i).contains(RuleId.ASTRONOMICAL)) {
                    count++;
                }
            }
            // One point beyond the limit and no other signal: "before and after it the process is the same".
            return count == 1 && x.rules(14).contains(RuleId.ASTRONOMICAL) && x.pointClass(14) == PointClass.CONCERN
                    && x.signals().size() == 1 && showsExactly(a);
        }

        @Override
        public Set<RuleId> signals(int metric) {
            return EnumSet.of(RuleId.ASTRONOMICAL);
        }
    },
    TWO_OF_THREE("two-in-three", "Two of three points close to a limit") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = noise(r, 24, 50, 3);
            double sigma = 3;
            v[18] = 50 + 2.5 * sigma;
            v[19] = 50 + 0.7 * sigma;
            v[20] = 50 + 2.6 * sigma;
            Series s = monthly("Staff sickness absence (days lost per 100 staff)", round(v));
            return lesson(seed, List.of(new Lesson.Metric(s, decrease())), List.of(
                    "Near the end, two of three months lie close to the upper limit: beyond the two-sigma line, on the "
                            + "same side of the mean, but not beyond the limit.",
                    "No point is astronomical, yet two of three so close to the edge is unlikely in a stable process: "
                            + "an early warning worth a look.",
                    "Turn on --two-sigma to see the lines the rule uses."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis x = a.get(0);
            boolean any = false;
            for (int i = 0; i < x.size(); i++) {
                if (x.rules(i).contains(RuleId.ASTRONOMICAL)) {
                    return false;
                }
                any |= x.rules(i).contains(RuleId.TWO_OF_THREE);
            }
            return any && x.rules(20).contains(RuleId.TWO_OF_THREE) && showsExactly(a);
        }

        @Override
        public Set<RuleId> signals(int metric) {
            return EnumSet.of(RuleId.TWO_OF_THREE);
        }
    },
    RAG_TABLE("rag-table", "The same data as a red/amber/green table and as an SPC chart") {
        @Override
        Lesson draw(Random r, long seed) {
            Series s = monthly("Emergency patients seen within 4 hours (%)", noise(r, 18, 92, 1.8));
            ChartSpec spec = increase().toBuilder().target(92).build();
            Analysis a = Spc.analyse(s, spec);
            int red = 0;
            int green = 0;
            for (int i = 0; i < s.size(); i++) {
                red += rag(s.value(i), 92) == Rag.RED ? 1 : 0;
                green += rag(s.value(i), 92) == Rag.GREEN ? 1 : 0;
            }
            return lesson(seed, List.of(new Lesson.Metric(s, spec)), List.of(
                    "The table colours each month against the 92% target: green at or above it, amber within 1 point "
                            + "below, red otherwise. It shows " + green + " green and " + red + " red months, and each "
                            + "red one invites a report explaining what went wrong.",
                    "The chart shows the same months as one stable process: every point common cause, limits "
                            + n(a.lowerLimit(0)) + "% to " + n(a.upperLimit(0)) + "%. The target lies between the "
                            + "limits, so the process will hit it some months and miss it in others (hit and miss) "
                            + "whatever anyone does about single months.",
                    "The RAG colours change with the noise; the chart tells you the process needs changing to meet "
                            + "the target reliably."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis x = a.get(0);
            int reds = 0;
            int greens = 0;
            for (int i = 0; i < x.size(); i++) {
                reds += rag(x.value(i), 92) == Rag.RED ? 1 : 0;
                greens += rag(x.value(i), 92) == Rag.GREEN ? 1 : 0;
            }
            return allCommonCause(x) && x.assurance() == AssuranceIcon.HIT_AND_MISS && reds >= 3 && greens >= 3;
        }
    },
    TWO_POINT("two-point-comparison", "Two-point comparisons: \"up 12% on last month\"") {
        @Override
        Lesson draw(Random r, long seed) {
            Series s = monthly("Complaints received", round0(noise(r, 24, 40, 6)));
            int up = 1;
            int down = 1;
            for (int i = 2; i < s.size(); i++) {
                up = change(s, i) > change(s, up) ? i : up;
                down = change(s, i) < change(s, down) ? i : down;
            }
            return lesson(seed, List.of(new Lesson.Metric(s, decrease())), List.of(
                    "A board report might say: \"complaints " + phrase(s, up) + "\" in " + month(s, up)
                            + ", and \"complaints " + phrase(s, down) + "\" in " + month(s, down) + ".",
                    "Both months come from the same stable process: every point on the chart is common cause. "
                            + "Comparing a month with the one before compares two draws of noise; large swings are "
                            + "normal and mean nothing on their own.",
                    "Look at all the points and their limits instead: they show whether anything has changed."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis x = a.get(0);
            double biggest = 0;
            for (int i = 1; i < x.size(); i++) {
                biggest = Math.max(biggest, Math.abs(x.value(i) / x.value(i - 1) - 1));
            }
            return allCommonCause(x) && biggest >= 0.12;
        }
    },
    RECALCULATION("recalculation", "The effect of recalculating the limits") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = noise(r, 30, 40, 3);
            for (int i = 15; i < 30; i++) {
                v[i] += 9;
            }
            double[] rounded = round(v);
            Series before = monthly("Theatre sessions used (%): one set of limits", rounded);
            Series after = monthly("Theatre sessions used (%): recalculated from the change", rounded);
            LocalDate change = before.date(15);
            return lesson(seed, List.of(new Lesson.Metric(before, increase()),
                    new Lesson.Metric(after, increase().toBuilder().recalculateFrom(change).build())), List.of(
                    "A new scheduling system went live in month 16. With one set of limits, the chart shows long "
                            + "runs on each side of the mean: the old limits no longer describe the process.",
                    "Recalculated from the change, each phase gets its own mean and limits. The new phase is stable "
                            + "at a higher level: the improvement has become the new normal, and the new limits say "
                            + "what to expect from now on.",
                    "Recalculate only for a known, lasting change to the process, never just to make signals go away."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis one = a.get(0);
            Analysis two = a.get(1);
            boolean shifted = false;
            for (int i = 0; i < one.size(); i++) {
                shifted |= one.rules(i).contains(RuleId.SHIFT);
            }
            return shifted && two.phases().size() == 2 && two.variation() == VariationIcon.COMMON_CAUSE
                    && allCommonCauseFrom(two, 15) && showsExactly(a);
        }

        @Override
        public Set<RuleId> signals(int metric) {
            // One set of limits: the long runs on each side; recalculated: two stable phases.
            return metric == 0 ? EnumSet.of(RuleId.SHIFT) : EnumSet.noneOf(RuleId.class);
        }
    },
    ASSURANCE("assurance", "A target inside and outside the process limits") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = round(noise(r, 24, 85, 2.5));
            ChartSpec base = increase();
            Series inside = monthly("Cancer patients treated within 62 days (%): target 85%", v);
            Series above = monthly("Cancer patients treated within 62 days (%): target 95%", v);
            Series below = monthly("Cancer patients treated within 62 days (%): target 75%", v);
            return lesson(seed, List.of(new Lesson.Metric(inside, base.toBuilder().target(85).build()),
                    new Lesson.Metric(above, base.toBuilder().target(95).build()),
                    new Lesson.Metric(below, base.toBuilder().target(75).build())), List.of(
                    "The same stable process against three targets. Its limits say what it can deliver month by month.",
                    "A target between the limits (85%) will be met in some months and missed in others: hit and miss. "
                            + "A target above the upper limit (95%) will not be met without changing the process: it "
                            + "fails consistently. A target below the lower limit (75%) will be met every month: it "
                            + "passes consistently.",
                    "The assurance icon says which, so that effort goes where the process must change."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            return allCommonCause(a.get(0)) && a.get(0).assurance() == AssuranceIcon.HIT_AND_MISS
                    && a.get(1).assurance() == AssuranceIcon.FAIL && a.get(2).assurance() == AssuranceIcon.PASS;
        }
    },
    CHOOSING_A_CHART("choosing-a-chart", "Choosing a chart: P or XmR for proportions, and Laney's P' for large denominators") {
        @Override
        Lesson draw(Random r, long seed) {
            // Readmissions: 12% of 150 to 400 discharges a month, but one month of only 20 (a ward closed),
            // whose 6 readmissions (30%) are within chance for 20 discharges.
            int small = 17;
            List<Series.Point> readmissions = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i == small ? 20 : 150 + r.nextInt(251);
                int x = i == small ? 6 : binomial(r, n, 0.12);
                readmissions.add(Series.Point.ratio(LocalDate.of(2023, 1, 1).plusMonths(i), x, n));
            }
            // A&E: about 10,000 attendances a month, and months that truly differ (sd 2 points) for ordinary
            // reasons the binomial model leaves out.
            List<Series.Point> ae = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = 9000 + r.nextInt(3001);
                double p = 0.76 + r.nextGaussian() * 0.02;
                ae.add(Series.Point.ratio(LocalDate.of(2023, 1, 1).plusMonths(i), Math.round(n * p), n));
            }
            String readmitted = "Readmissions within 30 days";
            String seen = "A&E patients seen within 4 hours";
            ChartSpec base = decrease();
            ChartSpec up = increase();
            List<Lesson.Metric> metrics = List.of(
                    new Lesson.Metric(Series.of(readmitted + ": XmR chart", readmissions), base),
                    new Lesson.Metric(Series.of(readmitted + ": P chart", readmissions),
                            base.toBuilder().chart(ChartType.P).build()),
                    new Lesson.Metric(Series.of(seen + ": P chart", ae), up.toBuilder().chart(ChartType.P).build()),
                    new Lesson.Metric(Series.of(seen + ": Laney P' chart", ae),
                            up.toBuilder().chart(ChartType.PP).build()));
            Analysis laney = metrics.get(3).analyse();
            int outside = count(metrics.get(2).analyse(), RuleId.ASTRONOMICAL);
            Series month = metrics.get(0).series();
            return lesson(seed, metrics, List.of(
                    "The top row shows the same readmission rates twice (the XmR chart's axis as fractions: 0.12 is "
                            + "12%). The XmR chart treats every month alike, so " + month(month, small) + " (6 "
                            + "readmissions out of only 20 discharges, 30%, while a ward was closed) is flagged as "
                            + "beyond its limit. The P chart knows each month's denominator: its limits widen for a "
                            + "small month, and " + month(month, small) + " lies inside them, so it is not a signal: "
                            + "with only 20 discharges, a month as high as that is not so rare.",
                    "For a proportion whose denominator varies, the P chart tells chance from change better, because "
                            + "it judges each month by how many patients it had.",
                    "The bottom row is A&E performance, about 10,000 attendances a month. With denominators that "
                            + "large the P chart's limits sit so close to the centre line that " + outside + " of the "
                            + "24 months fall outside them: not because each month is special, but because months differ for many "
                            + "ordinary reasons (staffing, weather, case mix) that the P chart's model leaves out. "
                            + "This is called overdispersion.",
                    "Laney's P' chart measures that month-to-month variation (here it is "
                            + n(laney.phases().get(0).sigma()) + " times what the P chart assumes) and "
                            + "widens the limits by it; the months are then seen as the common cause variation they "
                            + "are. With small denominators the factor is near 1 and P' is the P chart.",
                    "In short: a proportion with its numerator and denominator, a P chart (--chart p); thousands in "
                            + "every denominator, P' (--chart pp); a rate per bed day, U or U' (--chart u or up); a "
                            + "value with no denominator, XmR (--chart xmr)."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            int small = 17;
            return a.get(0).rules(small).contains(RuleId.ASTRONOMICAL) && a.get(1).rules(small).isEmpty()
                    && count(a.get(2), RuleId.ASTRONOMICAL) >= 8 && count(a.get(3), RuleId.ASTRONOMICAL) == 0
                    && showsExactly(a);
        }

        @Override
        public Set<RuleId> signals(int metric) {
            // The XmR chart's small month and the P chart's overdispersed months are beyond their limits; the
            // P chart of readmissions and Laney's P' chart show common cause only.
            return metric % 2 == 0 ? EnumSet.of(RuleId.ASTRONOMICAL) : EnumSet.noneOf(RuleId.class);
        }

        @Override
        SmallMultiples.Axes axes() {
            return SmallMultiples.Axes.FREE;
        }
    },
    FUNNEL("funnel", "Deming's funnel: the four rules of tampering") {
        @Override
        Lesson draw(Random r, long seed) {
            // Every panel starts with the same 20 drops, the funnel left alone: the limits come from them, so
            // each rule is judged against what the untouched process does. From drop 21 the rule is applied.
            double[][] rules = new double[4][DROPS];
            double p2 = 0;
            double p3 = 0;
            double p4 = 0;
            for (int k = 0; k < DROPS; k++) {
                double z = r.nextGaussian();
                boolean alone = k < CALIBRATION;
                rules[0][k] = z;
                rules[1][k] = alone ? z : p2 + z;
                p2 = alone ? 0 : p2 - rules[1][k];
                rules[2][k] = alone ? z : p3 + z;
                p3 = alone ? 0 : -rules[2][k];
                rules[3][k] = alone ? z : p4 + z;
                p4 = alone ? 0 : rules[3][k];
            }
            List<Lesson.Metric> metrics = new ArrayList<>();
            ChartSpec spec = ChartSpec.builder().baselinePoints(CALIBRATION).build();
            for (int k = 0; k < 4; k++) {
                metrics.add(new Lesson.Metric(sequence(FUNNEL_RULES[k] + " (distance from target, cm)",
                        round(rules[k])), spec));
            }
            List<Analysis> a = new ArrayList<>();
            for (Lesson.Metric m : metrics) {
                a.add(m.analyse());
            }
            Analysis one = a.get(0);
            return lesson(seed, metrics, List.of(
                    "A marble is dropped through a funnel at a target; it lands a little off each time. Deming's "
                            + "experiment compares four ways of reacting to each miss. In every panel the first "
                            + CALIBRATION + " drops are made with the funnel left alone, and the limits ("
                            + n(one.lowerLimit(0)) + " to " + n(one.upperLimit(0)) + " cm) come from them: they "
                            + "say what the untouched process does. From drop " + (CALIBRATION + 1) + " each rule is "
                            + "applied.",
                    "Rule 1, leaving the funnel alone, stays within its limits: a stable process. Rule 2, moving the "
                            + "funnel back by the last miss, widens the spread by about 40%: " + count(a.get(1),
                            RuleId.ASTRONOMICAL) + " of its drops land beyond the limits. Rule 3 swings from side to "
                            + "side ever wider (" + count(a.get(2), RuleId.ASTRONOMICAL) + " drops beyond the "
                            + "limits), and Rule 4 wanders away from the target (" + count(a.get(3), RuleId.ASTRONOMICAL)
                            + " drops beyond the limits, and runs on one side of the centre: shifts).",
                    "Adjusting a stable process after every result (tampering) makes it worse. React to special causes; "
                            + "improve the system for common cause variation."));
        }

        @Override
        boolean shows(List<Analysis> a) {
            // Rule 3 swings ever wider: its last drops spread more than its first under the rule.
            Analysis rule3 = a.get(2);
            int half = CALIBRATION + (DROPS - CALIBRATION) / 2;
            return showsExactly(a) && sd(rule3, half, DROPS) > 1.5 * sd(rule3, CALIBRATION, half);
        }

        @Override
        public Set<RuleId> signals(int metric) {
            return switch (metric) {
                case 0 -> EnumSet.noneOf(RuleId.class);
                case 1, 2 -> EnumSet.of(RuleId.ASTRONOMICAL);
                default -> EnumSet.of(RuleId.ASTRONOMICAL, RuleId.SHIFT);
            };
        }

        @Override
        public String xLabel() {
            return "Drop";
        }
    },
    RED_BEAD("red-bead", "Deming's red bead experiment") {
        @Override
        Lesson draw(Random r, long seed) {
            int[] red = new int[24];
            for (int k = 0; k < 24; k++) {
                red[k] = binomial(r, PADDLE, 0.2);
            }
            return RedBeads.lesson(this, seed, RedBeads.scoops(WORKERS, red, PADDLE), PADDLE, null, true);
        }

        @Override
        boolean shows(List<Analysis> a) {
            return showsExactly(a);
        }

        @Override
        public String xLabel() {
            return "Scoop";
        }
    },
    RUN_CHART("run-chart", "The run chart: a long run and too few crossings of the median") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = noise(r, 24, 70, 4);
            raise(v, 12, 6);
            Series s = monthly("Discharge summaries sent within 24 hours (%)", round(v));
            ChartSpec spec = increase().toBuilder().chart(ChartType.RUN).build();
            Analysis a = Spc.analyse(s, spec);
            RunStatistics runs = a.runStatistics();
            List<String> long_ = new ArrayList<>();
            for (Signal g : a.signals()) {
                if (g.rule() == RuleId.LONG_RUN) {
                    long_.add(g.length() + " points " + (g.side() == dev.spc.core.result.Side.HIGH ? "above" : "below")
                            + " the median from " + month(s, g.first()) + " to " + month(s, g.last()));
                }
            }
            return lesson(seed, List.of(new Lesson.Metric(s, spec)), List.of(
                    "A run chart is the simplest chart of a process over time: the points and their median, the "
                            + "middle value (" + n(a.centre(0)) + "%), with half the points above it and half below. "
                            + "It needs no limits, and it is usually the first chart a team draws.",
                    "Two rules tell a signal from noise (Anhøj's rules). A run is a series of points on the same side "
                            + "of the median. With " + runs.usefulPoints() + " points off the median, a run longer than "
                            + runs.longestRunLimit() + " is unusual: here " + (long_.size() == 1 ? "one run is "
                            + "longer, " : "two runs are longer, ") + String.join(", and ", long_) + " (marked on the "
                            + "chart). And the line crosses the median only " + runs.crossings() + " times, "
                            + "where fewer than " + runs.crossingsMinimum() + " crossings is unusual.",
                    "Too few crossings is a pattern of the whole chart, not of one point, so it marks every point as "
                            + "special cause (purple); the points of a long run take its colour: blue above the "
                            + "median, where higher is better" + (long_.size() == 1 ? "." : ", orange below it."),
                    "A process that has not changed crosses its median often and rarely stays long on one side. "
                            + "Both rules say this one has changed: the electronic discharge template that went live "
                            + "in " + month(s, 12) + " raised it.",
                    "A run chart works from about 10 points and needs no calculation but the median; with 20 or more "
                            + "points an XmR chart adds limits, and with them the rule for a single unusual point."));
        }

        @Override
        public Set<RuleId> signals(int metric) {
            return EnumSet.of(RuleId.LONG_RUN, RuleId.FEW_CROSSINGS);
        }

        @Override
        boolean shows(List<Analysis> a) {
            // One long run (of improvement, after the change), too few crossings, and nothing else.
            Analysis x = a.get(0);
            RunStatistics runs = x.runStatistics();
            List<Signal> signals = x.signals();
            List<Signal> longRuns = signals.stream().filter(g -> g.rule() == RuleId.LONG_RUN).toList();
            Signal lastRun = longRuns.isEmpty() ? null : longRuns.get(longRuns.size() - 1);
            return runs.longRun() && runs.fewCrossings() && longRuns.size() <= 2
                    && flaggedOnlyBy(x, 0, RuleId.LONG_RUN, RuleId.FEW_CROSSINGS)
                    && lastRun.side() == dev.spc.core.result.Side.HIGH && lastRun.last() >= 12
                    && signals.size() == longRuns.size() + 1;
        }
    },
    RARE_EVENTS("rare-events", "Rare events: days between never events on a G chart") {
        @Override
        Lesson draw(Random r, long seed) {
            int events = 24;
            double[] gaps = new double[events];
            LocalDate[] dates = new LocalDate[events];
            LocalDate date = LocalDate.of(2021, 1, 1);
            for (int i = 0; i < events; i++) {
                gaps[i] = i == events - 1 ? 200 + r.nextInt(120) : Math.max(1, Math.round(-45 * Math.log(1 - r.nextDouble())));
                date = date.plusDays((long) gaps[i]);
                dates[i] = date;
            }
            Series s = Series.of("Days between never events", dates, gaps);
            ChartSpec spec = increase().toBuilder().chart(ChartType.G).baselinePoints(events - 1).build();
            Analysis a = Spc.analyse(s, spec);
            int last = events - 1;
            int shortest = 0;
            int longest = 0;
            for (int i = 0; i < last; i++) {
                shortest = gaps[i] < gaps[shortest] ? i : shortest;
                longest = gaps[i] > gaps[longest] ? i : longest;
            }
            return lesson(seed, List.of(new Lesson.Metric(s, spec)), List.of(
                    "Never events (wrong-site surgery, a swab left inside a patient) are rare. Counted per month, "
                            + "most months would be zero, and a chart of zeros and ones says little. Count the days "
                            + "between them instead: each point is one event, plotted on its date, and its value is "
                            + "the days since the one before. This is a G chart.",
                    "Long gaps are good news. The centre line is the median gap, " + n(a.centre(0)) + " days, and "
                            + "the upper limit " + n(a.upperLimit(0)) + " days, both from the first " + last + " gaps. Those gaps, "
                            + "from " + whole(gaps[shortest]) + " to " + whole(gaps[longest]) + " days, are all common cause: the same "
                            + "system producing events at the same rate. The gap of " + whole(gaps[longest]) + " days "
                            + "was not a sign of improvement, and the gap of " + days(gaps[shortest]) + " not a "
                            + "sign of decline.",
                    "The latest gap, " + whole(gaps[last]) + " days up to the event of " + day(s, last) + ", lies beyond "
                            + "the upper limit: the only signal on the chart, an improvement. Events have become "
                            + "rarer.",
                    "Keep the chart up to date between events: the days since the last event can be plotted each day "
                            + "as the latest point grows, so a signal of improvement need not wait for the next "
                            + "never event."));
        }

        @Override
        public Set<RuleId> signals(int metric) {
            return EnumSet.of(RuleId.ASTRONOMICAL);
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis x = a.get(0);
            int last = x.size() - 1;
            return x.signals().size() == 1 && flaggedOnlyBy(x, 0, RuleId.ASTRONOMICAL)
                    && count(x, RuleId.ASTRONOMICAL) == 1 && x.rules(last).contains(RuleId.ASTRONOMICAL)
                    && x.pointClass(last) == PointClass.IMPROVEMENT;
        }
    },
    SEASONALITY("seasonality", "Seasonality: a winter peak read as special causes") {
        @Override
        Lesson draw(Random r, long seed) {
            int n = 36;
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                // The first month is January: the peak is in January, the trough in July.
                v[i] = 120 + 16 * Math.cos(2 * Math.PI * i / 12) + r.nextGaussian() * 3.5;
            }
            v = round(v);
            double[] adjusted = deseasonalise(v);
            Series raw = monthly("Emergency admissions per day (monthly average)", v);
            Series flat = monthly("Emergency admissions per day (monthly average): the seasonal pattern taken out", adjusted);
            ChartSpec spec = ChartSpec.builder().direction(Direction.NEITHER).build();
            Analysis a = Spc.analyse(raw, spec);
            Analysis b = Spc.analyse(flat, spec);
            return lesson(seed, List.of(new Lesson.Metric(raw, spec), new Lesson.Metric(flat, spec)), List.of(
                    "Three years of emergency admissions, with limits from all 36 months. The top chart flags "
                            + describe(a, 0, n) + ". Every month beyond a limit is a winter peak (November to March) "
                            + "or a summer trough (May to September); the runs and trends are the climbs and falls "
                            + "between them.",
                    "Nothing new happened in those months: winter comes every year. The seasonal pattern is part of "
                            + "the process, and limits worked out from month-to-month changes cannot hold the swing "
                            + "from summer to winter. Investigating each January as a special cause finds the same "
                            + "answer every year.",
                    "What to do: plan for the season (beds and staff for winter) instead of reacting to it; compare "
                            + "a month with the same month last year, not with the month before; or take the pattern "
                            + "out, as the bottom chart does: each month minus its calendar month's average over the "
                            + "three years, plus the overall average. It is all common cause, limits "
                            + n(b.lowerLimit(0)) + " to " + n(b.upperLimit(0)) + ", and a real change would now "
                            + "stand out.",
                    "Take a pattern out only when it repeats: two or three years of the same months, not one winter."));
        }

        @Override
        public Set<RuleId> signals(Lesson lesson, int metric) {
            // The words count the seasonal chart's flags rule by rule; the chart with the season taken out has none.
            return metric == 0 ? rulesFlagged(lesson.analyses().get(0)) : EnumSet.noneOf(RuleId.class);
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis x = a.get(0);
            if (!anySpecial(x) || !allCommonCause(a.get(1)) || count(x, RuleId.ASTRONOMICAL) == 0) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!x.rules(i).contains(RuleId.ASTRONOMICAL)) {
                    continue;
                }
                int m = x.date(i).getMonthValue();
                boolean winter = m >= 11 || m <= 3;
                boolean summer = m >= 5 && m <= 9;
                if (x.value(i) > x.centre(i) ? !winter : !summer) {
                    return false;
                }
            }
            return true;
        }
    },
    BASELINE("baseline", "How many points a baseline needs: limits from 6, 12 and 20 points") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = noise(r, 24, 82, 3);
            int[] sizes = {6, 12, 20};
            List<Lesson.Metric> metrics = new ArrayList<>();
            List<Analysis> analyses = new ArrayList<>();
            for (int size : sizes) {
                Series s = monthly("Clinic slots used (%): limits from the first " + size + " months", v);
                ChartSpec spec = increase().toBuilder().baselinePoints(size).minimumPoints(size).build();
                metrics.add(new Lesson.Metric(s, spec));
                analyses.add(Spc.analyse(s, spec));
            }
            List<String> limits = new ArrayList<>();
            List<String> flags = new ArrayList<>();
            for (int k = 0; k < sizes.length; k++) {
                Analysis a = analyses.get(k);
                limits.add(n(a.lowerLimit(0)) + "% to " + n(a.upperLimit(0)) + "%");
                flags.add(anySpecial(a) ? "flag " + describe(a, 0, a.size()) : "flag nothing");
            }
            return lesson(seed, metrics, List.of(
                    "The same 24 months of a stable process, three times. Each chart works out its mean and limits "
                            + "from its first months (the baseline) and carries them on. Nothing in the process "
                            + "changed. (Making Data Count's tools draw no limits from fewer than 13 points; these "
                            + "charts lower that minimum to show why.)",
                    "From 6 months the limits are " + limits.get(0) + "; from 12 months, " + limits.get(1)
                            + "; from 20, " + limits.get(2) + ". Six points say little about a process: the mean and "
                            + "the spread of so few can land far from the truth.",
                    "So the limits from 6 months " + flags.get(0) + ", in a process that never changed: false alarms. "
                            + "The limits from 12 months " + flags.get(1) + ", and those from 20 months "
                            + flags.get(2) + ".",
                    "Aim for 20 or more points before fixing limits. With fewer, draw the chart anyway (a run chart, or "
                            + "limits called provisional) and work the limits out again when 20 points are in; do "
                            + "not treat the signals of limits from a handful of points as certain."));
        }

        @Override
        public Set<RuleId> signals(Lesson lesson, int metric) {
            // The words name the short baselines' false alarms; limits from 20 points give none.
            return metric < 2 ? rulesFlagged(lesson.analyses().get(metric)) : EnumSet.noneOf(RuleId.class);
        }

        @Override
        boolean shows(List<Analysis> a) {
            return anySpecial(a.get(0)) && allCommonCause(a.get(2));
        }
    },
    WHEN_TO_RECALCULATE("when-to-recalculate", "When to recalculate the limits, and when not") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = noise(r, 30, 70, 3);
            v[6] = 70 - 20 + Math.round(r.nextGaussian() * 10) / 10.0;
            raise(v, 16, 8);
            v = round(v);
            String name = "Patients assessed within 15 minutes of arrival (%)";
            Series kept = annotated(monthly(name + ": limits kept", v));
            Series recalculated = annotated(monthly(name + ": recalculated from the change", v));
            ChartSpec keep = increase().toBuilder().baselinePoints(16).build();
            ChartSpec recalculate = increase().toBuilder().recalculateFrom(kept.date(16)).build();
            Analysis one = Spc.analyse(kept, keep);
            Analysis two = Spc.analyse(recalculated, recalculate);
            Signal shift = only(one, RuleId.SHIFT);
            return lesson(seed, List.of(new Lesson.Metric(kept, keep), new Lesson.Metric(recalculated, recalculate)),
                    List.of(
                    "Two things happened to this process. In " + month(kept, 6) + " an IT outage made one month far "
                            + "worse; in " + month(kept, 16) + " a streaming nurse started at the front door, and "
                            + "every month since has been better. The top chart keeps the limits of the 16 months "
                            + "before the change; the bottom one recalculates them from " + month(kept, 16) + ".",
                    "The outage is one point beyond the lower limit: explained, and over, since the next month was "
                            + "back to normal. Do not recalculate for it: the process did not change. Note its cause "
                            + "on the chart and move on.",
                    "The new level is different: sustained (the top chart flags " + shift.length() + " months in a row "
                            + "above the old mean, from " + month(kept, shift.first()) + ", as a shift), explained (a "
                            + "known change to the process) and meant to last. Then recalculate, from the month the "
                            + "change began rather than the month the signal appeared: the bottom chart's new "
                            + "limits, " + n(two.lowerLimit(29)) + "% to " + n(two.upperLimit(29)) + "%, say what "
                            + "the new process delivers, and " + (30 - 16) + " points are enough to trust them.",
                    "Recalculate after a sustained, explained change, once the new phase has enough points (12 or "
                            + "more is good); never after every signal, and never to make an unwelcome signal go "
                            + "away."));
        }

        @Override
        public Set<RuleId> signals(int metric) {
            return metric == 0 ? EnumSet.of(RuleId.ASTRONOMICAL, RuleId.SHIFT) : EnumSet.of(RuleId.ASTRONOMICAL);
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis one = a.get(0);
            Analysis two = a.get(1);
            boolean outage = one.rules(6).equals(java.util.Set.of(RuleId.ASTRONOMICAL))
                    && one.pointClass(6) == PointClass.CONCERN
                    && two.rules(6).equals(java.util.Set.of(RuleId.ASTRONOMICAL));
            boolean shift = one.signals().stream().filter(g -> g.rule() == RuleId.SHIFT).count() == 1
                    && only(one, RuleId.SHIFT).first() >= 16 && only(one, RuleId.SHIFT).last() == 29;
            return outage && shift && one.signals().size() == 2 && flaggedOnlyBy(one, 16, RuleId.SHIFT)
                    && two.signals().size() == 1 && two.phases().size() == 2;
        }
    },
    LEAGUE_TABLE("league-table", "A league table and a funnel plot of the same wards") {
        @Override
        Lesson draw(Random r, long seed) {
            List<Series.Point> wards = new ArrayList<>();
            for (int k = 0; k < WARDS.length; k++) {
                int discharges = 60 + r.nextInt(541);
                int readmitted = binomial(r, discharges, 0.12);
                wards.add(Series.Point.ratio(LocalDate.of(2024, 4, 1).plusDays(k), readmitted, discharges)
                        .withAnnotation(WARDS[k]));
            }
            Series s = Series.of("Readmissions within 30 days", wards);
            ChartSpec spec = ChartSpec.builder().chart(ChartType.P).direction(Direction.DECREASE).build();
            Funnel f = funnel(s);
            List<Unit> ranked = ranked(f);
            Unit best = ranked.get(0);
            Unit worst = ranked.get(ranked.size() - 1);
            return lesson(seed, List.of(new Lesson.Metric(s, spec)), List.of(
                    "The league table ranks " + f.size() + " wards by the share of their "
                            + "patients readmitted within 30 days over a year, from " + best.name() + " ("
                            + percent(best.value()) + " of " + whole(best.denominator()) + " discharges) at the top to "
                            + worst.name() + " (" + percent(worst.value()) + " of " + whole(worst.denominator())
                            + ") at the bottom. Read as a table, " + worst.name() + " looks " + n(worst.value()
                            / best.value()) + " times as bad as " + best.name() + ", and the bottom wards would be "
                            + "asked to explain themselves.",
                    "The funnel plot shows the same wards by size: each ward's rate against its number "
                            + "of discharges, around the trust's rate (" + percent(f.target()) + "), with limits "
                            + "within which 95% and 99.8% of wards would lie by chance alone. The limits are wide for "
                            + "small wards and narrow for large ones.",
                    "Every ward lies inside the 95% limits: the differences between them, and so their ranks, are "
                            + "noise. The ends of a league table belong to the small wards, whose rates swing "
                            + "most: " + best.name() + " and " + worst.name() + " have " + whole(best.denominator())
                            + " and " + whole(worst.denominator()) + " discharges, where the middle ward has "
                            + n(medianDenominator(f)) + ".",
                    "Rank units only when the funnel shows a real difference; a unit beyond the 99.8% limits deserves "
                            + "a look whatever its place in the table, and one inside them deserves none for its place "
                            + "alone."));
        }

        @Override
        public Set<RuleId> signals(Lesson lesson, int metric) {
            // The words say what this seed's chart flags (see shows).
            return rulesFlagged(lesson.analyses().get(metric));
        }

        @Override
        boolean shows(List<Analysis> a) {
            Funnel f = funnel(a.get(0).series());
            List<Unit> ranked = ranked(f);
            double median = medianDenominator(f);
            return f.outliers().isEmpty() && ranked.get(0).denominator() < median
                    && ranked.get(ranked.size() - 1).denominator() < median
                    && ranked.get(ranked.size() - 1).value() >= 1.8 * ranked.get(0).value();
        }

        @Override
        String data(Lesson lesson) {
            Series s = lesson.metrics().get(0).series();
            StringBuilder sb = new StringBuilder("metric,ward,readmissions,discharges\n");
            for (int i = 0; i < s.size(); i++) {
                sb.append(CsvWriter.quote(s.metric())).append(',').append(CsvWriter.quote(s.annotation(i).orElseThrow()))
                        .append(',').append(CsvWriter.number(s.numerator(i))).append(',')
                        .append(CsvWriter.number(s.denominator(i))).append('\n');
            }
            return sb.toString();
        }

        @Override
        Drawable picture(Lesson lesson, ChartOptions options) {
            return FunnelChart.of(funnel(lesson.metrics().get(0).series()), "discharges", options);
        }

        @Override
        Map<String, Drawable> pictures(Lesson lesson, ChartOptions options) {
            return Map.of("league-table", new LeagueTable(ranked(funnel(lesson.metrics().get(0).series()))));
        }

        @Override
        String redraw(Lesson lesson, String chartName, ChartOptions options) {
            String ext = chartName.substring(chartName.indexOf('.') + 1);
            return "The funnel plot is " + chartName + ", the league table league-table." + ext + "; the data are in "
                    + "data.csv (seed " + lesson.seed() + "). To draw the funnel plot again:\n\n    spc funnel data.csv "
                    + "--type proportion --numerator-column readmissions --denominator-column discharges "
                    + "--overdispersion none --theme " + options.theme().id() + " --width " + options.width()
                    + " --height " + options.height() + " --plot " + chartName + "\n";
        }
    },
    CUSUM("cusum", "A small shift that a CUSUM catches months before the XmR chart") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = noise(r, 36, 14, 1.2);
            raise(v, CHANGE, 1.2);
            Series s = monthly("Length of stay after a hip fracture (days)", round(v));
            ChartSpec spec = decrease().toBuilder().baselinePoints(CHANGE).build();
            Analysis xmr = Spc.analyse(s, spec);
            Analysis cusum = Spc.analyse(s, spec.withChart(ChartType.CUSUM));
            // A draw the CUSUM does not catch is redrawn (shows): its words need a month all the same.
            int caught = Math.min(firstFlagged(cusum), s.size() - 1);
            int run = spec.rules().shiftLength();
            OptionalInt xmrCaught = anyFlaggedBy(xmr, RuleId.SHIFT)
                    ? OptionalInt.of(only(xmr, RuleId.SHIFT).first() + run - 1) : OptionalInt.empty();
            double before = mean(s, 0, CHANGE);
            double after = mean(s, CHANGE, 36);
            String xmrWords = xmrCaught.isEmpty()
                    ? "shows no signal at all: no month lies beyond its limits, and every run on one side of the "
                            + "mean is broken by a month below it before it reaches " + run + "."
                    : "shows no month beyond its limits. Its one signal is a run of " + only(xmr, RuleId.SHIFT).length()
                            + " months above the mean, long enough to count (" + run + " months) in "
                            + month(s, xmrCaught.getAsInt()) + ", " + months(xmrCaught.getAsInt() - CHANGE + 1)
                            + " after the change.";
            String cusumWords = "It crosses its upper decision line, 5 standard deviations, in " + month(s, caught) + ", "
                    + months(caught - CHANGE + 1) + " after the change"
                    + (xmrCaught.isEmpty() ? " (the XmR chart never signals)" : ", " + months(xmrCaught.getAsInt()
                            - caught) + " before the XmR chart")
                    + ", and stays above it.";
            return lesson(seed, List.of(new Lesson.Metric(s, spec)), List.of(
                    "From " + month(s, CHANGE) + " the length of stay rose a little and stayed there: from an average "
                            + "of " + n(before) + " days to " + n(after) + " days. Small, sustained changes like "
                            + "this are the hardest to see: no single month looks unusual.",
                    "The XmR chart, with limits from the " + CHANGE + " months before the change, " + xmrWords,
                    "The CUSUM chart adds up each month's distance from the mean, less an allowance of "
                            + "half a standard deviation, so that small differences in the same direction build up "
                            + "while noise cancels out. " + cusumWords,
                    "Use a CUSUM beside the XmR chart where a small sustained change matters, as for mortality or "
                            + "infections. The XmR chart stays the better chart for large, sudden changes and for "
                            + "seeing what happened when; the CUSUM answers one question: has the level moved?"));
        }

        @Override
        public Set<RuleId> signals(Lesson lesson, int metric) {
            // The words say what this seed's chart flags (see shows).
            return rulesFlagged(lesson.analyses().get(metric));
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis xmr = a.get(0);
            Analysis cusum = Spc.analyse(xmr.series(), xmr.spec().withChart(ChartType.CUSUM));
            int caught = firstFlagged(cusum);
            int run = xmr.spec().rules().shiftLength();
            for (int i = 0; i < cusum.size(); i++) {
                if (cusum.rules(i).isEmpty() == (i >= caught)) {
                    return false;
                }
            }
            boolean xmrLater = xmr.signals().isEmpty() || (xmr.signals().size() == 1
                    && xmr.signals().get(0).rule() == RuleId.SHIFT && only(xmr, RuleId.SHIFT).first() >= CHANGE && only(xmr, RuleId.SHIFT).first() + run - 1 >= caught + 3);
            return caught >= CHANGE && caught < 33 && xmrLater && flaggedOnlyBy(xmr, 0, RuleId.SHIFT)
                    && cusum.pointClass(caught) == PointClass.CONCERN;
        }

        @Override
        Map<String, Drawable> pictures(Lesson lesson, ChartOptions options) {
            Lesson.Metric m = lesson.metrics().get(0);
            return Map.of("cusum", SensitiveChart.of(Spc.analyse(m.series(), m.spec().withChart(ChartType.CUSUM)),
                    options));
        }

        @Override
        String redraw(Lesson lesson, String chartName, ChartOptions options) {
            String ext = chartName.substring(chartName.indexOf('.') + 1);
            String theme = " --theme " + options.theme().id();
            return "The XmR chart is " + chartName + " and the CUSUM cusum." + ext + "; the data are in data.csv (seed "
                    + lesson.seed() + "). To draw them again:\n\n    spc chart data.csv --settings settings.csv"
                    + theme + " -o " + chartName + "\n    spc chart data.csv --chart cusum --baseline "
                    + lesson.metrics().get(0).spec().baselinePoints().getAsInt() + " --direction "
                    + lesson.metrics().get(0).spec().direction().id() + theme + " -o cusum." + ext + "\n";
        }
    },
    PDSA("pdsa", "A change that worked: a shift after a PDSA cycle, annotated") {
        @Override
        Lesson draw(Random r, long seed) {
            double[] v = noise(r, 30, 62, 4);
            raise(v, 16, 7);
            List<Series.Point> points = new ArrayList<>(monthly("Falls risk assessed within 6 hours of admission (%)",
                    round(v)).points());
            points.set(13, points.get(13).withAnnotation("PDSA 1: checklist on the ward"));
            points.set(16, points.get(16).withAnnotation("PDSA 2: checklist in the admission pack"));
            Series s = Series.of("Falls risk assessed within 6 hours of admission (%)", points);
            ChartSpec spec = increase().toBuilder().baselinePoints(13).build();
            Analysis a = Spc.analyse(s, spec);
            int firstFlag = Math.min(firstFlagged(a), s.size() - 1);
            return lesson(seed, List.of(new Lesson.Metric(s, spec)), List.of(
                    "A ward team tested two changes in Plan-Do-Study-Act (PDSA) cycles, each marked on the chart in "
                            + "the month it began. The limits come from the 13 months before the first test, so every "
                            + "later month is judged against the old process.",
                    "After PDSA 1 (" + month(s, 13) + ") the points stay around the old mean: no signal. That test "
                            + "did not change the process, which is worth knowing too.",
                    "After PDSA 2 (" + month(s, 16) + ") the chart flags " + describe(a, 0, a.size()) + ", from "
                            + month(s, firstFlag) + ", every one an improvement: the process has changed, and the "
                            + "timing points to the second change.",
                    "Marking each change where it began lets anyone reading the chart connect a signal to its cause. "
                            + "Once the new level has held (see the when-to-recalculate lesson), work the limits out "
                            + "again from " + month(s, 16) + "."));
        }

        @Override
        public Set<RuleId> signals(Lesson lesson, int metric) {
            // The words say what this seed's chart flags (see shows).
            return rulesFlagged(lesson.analyses().get(metric));
        }

        @Override
        boolean shows(List<Analysis> a) {
            Analysis x = a.get(0);
            return anyFlaggedBy(x, RuleId.SHIFT) && firstFlagged(x) >= 16 && noConcern(x)
                    && x.rules(29).contains(RuleId.SHIFT);
        }
    };

    /** The funnel's drops in each panel, and the first of them made with the funnel left alone. */
    static final int DROPS = 60;
    static final int CALIBRATION = 20;
    static final String[] FUNNEL_RULES = {"Rule 1: leave the funnel alone", "Rule 2: move it back by the last miss",
        "Rule 3: aim opposite the last miss, from the target", "Rule 4: aim at the last drop"};
    /** The red bead lesson's six willing workers and the beads in a paddle. */
    static final List<String> WORKERS = List.of("Ade", "Bea", "Cal", "Dev", "Eli", "Fay");
    public static final int PADDLE = 50;

    private final String id;
    private final String title;

    Scenario(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name used on the command line and for the scenario's folder. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Draws the data from a random source; {@link #make} redraws until the lesson shows. */
    abstract Lesson draw(Random random, long seed);

    /** True when the analyses show the signal the lesson is about. */
    abstract boolean shows(List<Analysis> analyses);

    /**
     * The special-cause rules that metric {@code metric}'s chart (counted from 0, in the order the lesson
     * shows them) flags, and no others: exactly what the lesson's words name. The default, no rule at all,
     * is a lesson about common cause variation; a lesson whose words name signals says which.
     */
    public Set<RuleId> signals(int metric) {
        return EnumSet.noneOf(RuleId.class);
    }

    /**
     * The rules metric {@code metric}'s chart of this lesson flags, as its words name them: {@link #signals(int)}
     * for a lesson whose signals are the same for every seed; a lesson whose words count what each seed's chart
     * flags (the seasonal peaks, the short baseline's false alarms) says which of its words do.
     */
    public Set<RuleId> signals(Lesson lesson, int metric) {
        return signals(metric);
    }

    /** The words under the horizontal axis: empty for dates, "Drop" or "Scoop" for points numbered in order. */
    public String xLabel() {
        return "";
    }

    /** True when every metric's chart flags exactly the rules {@link #signals} names. */
    boolean showsExactly(List<Analysis> analyses) {
        for (int m = 0; m < analyses.size(); m++) {
            if (!rulesFlagged(analyses.get(m)).equals(signals(m))) {
                return false;
            }
        }
        return true;
    }

    /** Every rule that flags a point of the analysis. */
    public static Set<RuleId> rulesFlagged(Analysis a) {
        Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
        for (int i = 0; i < a.size(); i++) {
            rules.addAll(a.rules(i));
        }
        return rules;
    }

    /** How the charts of a lesson with several metrics share their value axes. */
    SmallMultiples.Axes axes() {
        return SmallMultiples.Axes.SHARED;
    }

    /** The lesson's own picture in place of the SPC chart of its one metric, or null for that chart. */
    Drawable picture(Lesson lesson, ChartOptions options) {
        return null;
    }

    /** Pictures the lesson shows after its chart, by file name without its extension, in order. */
    Map<String, Drawable> pictures(Lesson lesson, ChartOptions options) {
        return Map.of();
    }

    /** The lesson's own data file (it then has no settings file), or null for the long CSV of its metrics. */
    String data(Lesson lesson) {
        return null;
    }

    /**
     * The end of the lesson's words, saying where its pictures and data are and how to draw them again, or
     * null for the usual {@code spc chart} command.
     */
    String redraw(Lesson lesson, String chartName, ChartOptions options) {
        return null;
    }

    /** The lesson made from a seed: the same seed always gives the same lesson. */
    public Lesson make(long seed) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Random random = new Random(seed * 1_000_003L + attempt);
            Lesson lesson = draw(random, seed);
            if (shows(lesson.analyses())) {
                return lesson;
            }
        }
        throw new IllegalStateException("scenario " + id + " found no data showing its lesson for seed " + seed);
    }

    /** The scenario with the given id. */
    public static Scenario parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Scenario s : values()) {
            if (s.id.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a scenario; 'spc teach --list' lists them");
    }

    // ---- helpers shared by the scenarios ----

    /** The lesson; metrics measured in percent (their names say "(%)") show values with a % sign. */
    Lesson lesson(long seed, List<Lesson.Metric> metrics, List<String> text) {
        List<Lesson.Metric> withUnits = new ArrayList<>();
        for (Lesson.Metric m : metrics) {
            boolean percent = m.series().metric().contains("(%)");
            withUnits.add(percent ? new Lesson.Metric(m.series().withUnit("%"), m.spec()) : m);
        }
        return new Lesson(this, seed, withUnits, text);
    }

    static ChartSpec increase() {
        return ChartSpec.builder().direction(Direction.INCREASE).build();
    }

    static ChartSpec decrease() {
        return ChartSpec.builder().direction(Direction.DECREASE).build();
    }

    static double[] noise(Random r, int n, double mean, double sd) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + r.nextGaussian() * sd;
        }
        return round(v);
    }

    /** Values to one decimal place, as a report would show them (the data file and the chart agree). */
    static double[] round(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.round(v[i] * 10) / 10.0;
        }
        return out;
    }

    static double[] round0(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.max(1, Math.round(v[i]));
        }
        return out;
    }

    static Series monthly(String metric, double[] v) {
        LocalDate[] dates = new LocalDate[v.length];
        for (int i = 0; i < v.length; i++) {
            dates[i] = LocalDate.of(2023, 1, 1).plusMonths(i);
        }
        return Series.of(metric, dates, v);
    }

    /** Values numbered 1, 2, 3... in order rather than dated. */
    static Series sequence(String metric, double[] v) {
        LocalDate[] dates = new LocalDate[v.length];
        for (int i = 0; i < v.length; i++) {
            dates[i] = Period.dateOf(i + 1L);
        }
        return Series.of(metric, dates, v).withPeriod(Period.SEQUENCE);
    }

    static boolean allCommonCause(Analysis a) {
        return allCommonCauseFrom(a, 0) && a.hasLimits(a.size() - 1);
    }

    static boolean allCommonCauseFrom(Analysis a, int from) {
        for (int i = from; i < a.size(); i++) {
            if (a.pointClass(i) != PointClass.COMMON_CAUSE) {
                return false;
            }
        }
        return true;
    }

    /** True when the rule flags any point. */
    static boolean anyFlaggedBy(Analysis a, RuleId rule) {
        for (int i = 0; i < a.size(); i++) {
            if (a.rules(i).contains(rule)) {
                return true;
            }
        }
        return false;
    }

    /** True when no point is a concern. */
    static boolean noConcern(Analysis a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.pointClass(i) == PointClass.CONCERN) {
                return false;
            }
        }
        return true;
    }

    /** The points a rule flags. */
    static int count(Analysis a, RuleId rule) {
        int count = 0;
        for (int i = 0; i < a.size(); i++) {
            count += a.rules(i).contains(rule) ? 1 : 0;
        }
        return count;
    }

    /** A draw from Binomial(n, p). */
    static int binomial(Random r, int n, double p) {
        int x = 0;
        for (int k = 0; k < n; k++) {
            x += r.nextDouble() < p ? 1 : 0;
        }
        return x;
    }

    static boolean anySpecial(Analysis a) {
        return !allCommonCauseFrom(a, 0);
    }

    static boolean latestFlaggedBy(Analysis a, RuleId rule, PointClass expected) {
        int last = a.size() - 1;
        return a.rules(last).contains(rule) && a.pointClass(last) == expected;
    }

    static double sd(Analysis a) {
        return sd(a, 0, a.size());
    }

    /** The standard deviation of the values from {@code from} (inclusive) to {@code to} (exclusive). */
    static double sd(Analysis a, int from, int to) {
        double sum = 0;
        double sq = 0;
        for (int i = from; i < to; i++) {
            sum += a.value(i);
            sq += a.value(i) * a.value(i);
        }
        double mean = sum / (to - from);
        return Math.sqrt(Math.max(0, sq / (to - from) - mean * mean));
    }

    static double max(Series s) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.size(); i++) {
            m = Math.max(m, s.value(i));
        }
        return m;
    }

    static double min(Series s) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.size(); i++) {
            m = Math.min(m, s.value(i));
        }
        return m;
    }

    /** A small count in words, capitalised ("Six"), or its digits from 13 up. */
    static String count(int k) {
        String[] words = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
            "Eleven", "Twelve"};
        return k >= 0 && k < words.length ? words[k] : Integer.toString(k);
    }

    /** The signals of an analysis in words: "2 points beyond a limit, 7 in a shift and 6 in a trend". */
    static String signalWords(Analysis a) {
        List<String> parts = new ArrayList<>();
        for (RuleId rule : rulesFlagged(a)) {
            int k = count(a, rule);
            String what = switch (rule) {
                case ASTRONOMICAL -> "beyond a limit";
                case SHIFT -> "in a shift";
                case TREND -> "in a trend";
                case TWO_OF_THREE -> "in two of three near a limit";
                default -> "flagged by the " + rule.id().replace('_', ' ') + " rule";
            };
            parts.add((parts.isEmpty() ? k + (k == 1 ? " point " : " points ") : k + " ") + what);
        }
        int last = parts.size() - 1;
        return last <= 0 ? String.join("", parts)
                : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
    }

    static String n(double x) {
        return Formats.significant(x);
    }

    static double change(Series s, int i) {
        return s.value(i) / s.value(i - 1) - 1;
    }

    static String phrase(Series s, int i) {
        double c = change(s, i);
        return (c >= 0 ? "up " : "down ") + Math.round(Math.abs(c) * 100) + "% on last month";
    }

    static String month(Series s, int i) {
        return s.date(i).getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                + s.date(i).getYear();
    }

    // ---- helpers of the lessons from run-chart on ----

    /** The wards of the league-table lesson. */
    static final String[] WARDS = {"Ash", "Beech", "Cedar", "Elm", "Fir", "Hazel", "Holly", "Juniper", "Larch",
        "Maple", "Oak", "Pine", "Rowan", "Willow", "Yew", "Birch"};

    /** The point at which the CUSUM lesson's process changes (July of its second year). */
    static final int CHANGE = 18;

    /** The one signal of a rule in an analysis (the first, if there are more). */
    static Signal only(Analysis a, RuleId rule) {
        return a.signals().stream().filter(g -> g.rule() == rule).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + rule.id() + " signal"));
    }

    /** True when every point from {@code from} on that a rule flags is flagged by the given rules alone. */
    static boolean flaggedOnlyBy(Analysis a, int from, RuleId... rules) {
        java.util.Set<RuleId> allowed = java.util.Set.of(rules);
        for (int i = from; i < a.size(); i++) {
            if (!allowed.containsAll(a.rules(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first point a rule flags, or the number of points when none is. */
    static int firstFlagged(Analysis a) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.rules(i).isEmpty()) {
                return i;
            }
        }
        return a.size();
    }

    /**
     * The months a chart flags from {@code from} to {@code to} (exclusive), counted by rule, in words: "3
     * months: 1 beyond a limit and 2 in two of three close to a limit". A month flagged by two rules counts
     * under each.
     */
    static String describe(Analysis a, int from, int to) {
        int flagged = 0;
        Map<RuleId, Integer> counts = new java.util.EnumMap<>(RuleId.class);
        for (int i = from; i < to; i++) {
            flagged += a.rules(i).isEmpty() ? 0 : 1;
            for (RuleId rule : a.rules(i)) {
                counts.merge(rule, 1, Integer::sum);
            }
        }
        if (flagged == 0) {
            return "no month";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<RuleId, Integer> c : counts.entrySet()) {
            parts.add(c.getValue() + " " + switch (c.getKey()) {
                case ASTRONOMICAL -> "beyond a limit";
                case SHIFT -> "in a run on one side of the mean";
                case TREND -> "in a trend";
                case TWO_OF_THREE -> "in two of three close to a limit";
                default -> "in " + c.getKey().description();
            });
        }
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return months(flagged) + " (" + list + ")";
    }

    /** Raises every value from {@code from} on by {@code by}: a sustained change. */
    static void raise(double[] v, int from, double by) {
        for (int i = from; i < v.length; i++) {
            v[i] += by;
        }
    }

    /** A number of days in words: "1 day", "12 days". */
    static String days(double x) {
        return whole(x) + (Math.round(x) == 1 ? " day" : " days");
    }

    /** A count in words, with no decimals. */
    static String whole(double x) {
        return Long.toString(Math.round(x));
    }

    /** "1 month" or "n months". */
    static String months(int k) {
        return k + (k == 1 ? " month" : " months");
    }

    /** A date in words, as "3 March 2024". */
    static String day(Series s, int i) {
        return s.date(i).getDayOfMonth() + " " + month(s, i);
    }

    /** A proportion as a percentage in words. */
    static String percent(double proportion) {
        return n(100 * proportion) + "%";
    }

    static double mean(Series s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += s.value(i);
        }
        return sum / (to - from);
    }

    /**
     * Monthly values (the first a January) with the seasonal pattern taken out: each value minus the mean of
     * its calendar month over the years, plus the overall mean; to one decimal place.
     */
    static double[] deseasonalise(double[] v) {
        double[] monthMean = new double[12];
        int[] count = new int[12];
        double all = 0;
        for (int i = 0; i < v.length; i++) {
            monthMean[i % 12] += v[i];
            count[i % 12]++;
            all += v[i];
        }
        all /= v.length;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - monthMean[i % 12] / count[i % 12] + all;
        }
        return round(out);
    }

    /** The points of the when-to-recalculate lesson, with the outage and the change noted. */
    static Series annotated(Series s) {
        List<Series.Point> points = new ArrayList<>(s.points());
        points.set(6, points.get(6).withAnnotation("IT outage"));
        points.set(16, points.get(16).withAnnotation("Streaming nurse starts"));
        return Series.of(s.metric(), points);
    }

    /** The funnel plot of the league-table lesson: its wards (named by their notes), as proportions. */
    static Funnel funnel(Series wards) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < wards.size(); i++) {
            units.add(new Unit(wards.annotation(i).orElseThrow(), wards.numerator(i), wards.denominator(i)));
        }
        return Funnel.of(wards.metric(), units,
                FunnelSpec.of(FunnelType.PROPORTION).withOverdispersion(Overdispersion.NONE));
    }

    /** The units of a funnel ranked as a league table: the lowest rate first, ties by name. */
    static List<Unit> ranked(Funnel f) {
        List<Unit> units = new ArrayList<>(f.units());
        units.sort(java.util.Comparator.comparingDouble(Unit::value).thenComparing(Unit::name));
        return units;
    }

    /** The median of the units' denominators. */
    static double medianDenominator(Funnel f) {
        double[] d = f.units().stream().mapToDouble(Unit::denominator).sorted().toArray();
        return d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
    }

    /** Red, amber or green, as a RAG table colours a value against a target (higher is better). */
    enum Rag { RED, AMBER, GREEN }

    static Rag rag(double value, double target) {
        return value >= target ? Rag.GREEN : value >= target - 1 ? Rag.AMBER : Rag.RED;
    }
}
