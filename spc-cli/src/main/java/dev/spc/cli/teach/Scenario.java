package dev.spc.cli.teach;

import dev.spc.charts.SmallMultiples;
import dev.spc.core.Analysis;
import dev.spc.core.Formats;
import dev.spc.core.Spc;
import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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

    /** Red, amber or green, as a RAG table colours a value against a target (higher is better). */
    enum Rag { RED, AMBER, GREEN }

    static Rag rag(double value, double target) {
        return value >= target ? Rag.GREEN : value >= target - 1 ? Rag.AMBER : Rag.RED;
    }
}
