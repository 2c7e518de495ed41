package dev.spc.core.riskadjusted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Steiner's risk-adjusted CUSUM and the VLAD, worked by hand (docs/risk-adjusted.md). */
class RiskAdjustedTest {
    private static final double EXACT = 1e-12;

    private static List<Case> cases(double risk, int... outcomes) {
        List<Case> list = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            list.add(new Case(LocalDate.of(2024, 1, 1).plusDays(i / 2), outcomes[i], risk));
        }
        return list;
    }

    @Test
    void steinerWeightsForAGivenRiskAndOddsRatio() {
        // p = 0.2, R = 2: a death adds log 2 - log(1 - 0.2 + 0.4) = log 2 - log 1.2 = 0.693147 - 0.182322 = 0.510826;
        // a survival adds -log 1.2 = -0.182322 (Steiner et al. 2000, equation for W_t).
        assertEquals(Math.log(2) - Math.log(1.2), SteinerWeights.weight(1, 0.2, 2), EXACT);
        assertEquals(0.510826, SteinerWeights.weight(1, 0.2, 2), 5e-7);
        assertEquals(-0.182322, SteinerWeights.weight(0, 0.2, 2), 5e-7);
        // R = 0.5: a death log 0.5 - log 0.9 = -0.587787; a survival -log 0.9 = 0.105361.
        assertEquals(-0.587787, SteinerWeights.weight(1, 0.2, 0.5), 5e-7);
        assertEquals(0.105361, SteinerWeights.weight(0, 0.2, 0.5), 5e-7);
    }

    @Test
    void theUpperCusumSignalsAtHAndStartsAgain() {
        // Risk 0.2 throughout; deaths, deaths, deaths, a survival, deaths, deaths; h = 1.2 above, 1 below.
        RiskAdjusted r = RiskAdjusted.of("m", cases(0.2, 1, 1, 1, 0, 1, 1), RiskAdjustedSpec.DEFAULT.withH(1.2, 1));
        double d = Math.log(2) - Math.log(1.2);
        assertEquals(d, r.upper(0), EXACT);
        assertEquals(2 * d, r.upper(1), EXACT);
        assertEquals(3 * d, r.upper(2), EXACT); // 1.532 >= 1.2: a signal, shown at its height
        assertTrue(r.signalsDeterioration(2));
        assertFalse(r.signalsDeterioration(1));
        assertEquals(0, r.upper(3), EXACT); // from 0 again: max(0, 0 - 0.182)
        assertEquals(d, r.upper(4), EXACT);
        assertEquals(1, r.deteriorationSignals());
        // Lower CUSUM (R = 0.5): each death takes it to min(0, S + 0.587787); the survival to -0.105361.
        assertEquals(0, r.lower(2), EXACT);
        assertEquals(Math.log(0.9), r.lower(3), EXACT);
        assertEquals(RiskAdjusted.Source.GIVEN, r.source());
        // VLAD: expected minus observed, 0.2 - 1 = -0.8 for each death, +0.2 for the survival.
        assertEquals(-2.4, r.vlad(2), 1e-12);
        assertEquals(-2.2, r.vlad(3), 1e-12);
        assertEquals(-3.8, r.vlad(5), 1e-12);
    }

    @Test
    void theLowerCusumSignalsImprovement() {
        // Twenty survivals at risk 0.2: each takes the lower CUSUM down by log(0.9) = -0.105361; with h = 1 it passes
        // -1 at the 10th (-1.0536).
        int[] outcomes = new int[20];
        RiskAdjusted r = RiskAdjusted.of("m", cases(0.2, outcomes), RiskAdjustedSpec.DEFAULT.withH(4, 1));
        assertEquals(9 * Math.log(0.9), r.lower(8), 1e-12);
        assertFalse(r.signalsImprovement(8));
        assertTrue(r.signalsImprovement(9));
        assertEquals(Math.log(0.9), r.lower(10), 1e-12);
        assertTrue(r.signalsImprovement(19));
        assertEquals(2, r.improvementSignals());
    }

    @Test
    void aSimulatedHIsSeededAndGivesTheTargetRunLength() {
        Random g = new Random(5);
        List<Case> list = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double p = 0.02 + 0.3 * g.nextDouble();
            list.add(new Case(LocalDate.of(2024, 1, 1).plusDays(i), g.nextDouble() < p ? 1 : 0, p));
        }
        RiskAdjustedSpec spec = RiskAdjustedSpec.DEFAULT.withSimulation(1000, 42, 400);
        RiskAdjusted a = RiskAdjusted.of("m", list, spec);
        RiskAdjusted b = RiskAdjusted.of("m", list, spec);
        assertEquals(a.hUpper(), b.hUpper());
        assertEquals(a.hLower(), b.hLower());
        assertEquals(RiskAdjusted.Source.SIMULATED, a.source());
        // Bisection to the smallest h whose simulated ARL reaches the target: at it, within a step of it.
        assertTrue(a.arlUpper() >= 1000 && a.arlUpper() < 1100, "ARL " + a.arlUpper());
        assertTrue(a.arlLower() >= 1000 && a.arlLower() < 1100, "ARL " + a.arlLower());
        // Steiner et al. report h of about 4.5 for an ARL near 10,000 with R = 2; an ARL of 1,000 needs a smaller h.
        assertTrue(a.hUpper() > 1.5 && a.hUpper() < 4.5, "h " + a.hUpper());
    }

    @Test
    void anIndependentSimulationAgreesWithTheArlAtTheFoundH() {
        // Risks all 0.1: simulate fresh runs (another seed) at the h found, and count their mean run length.
        List<Case> list = cases(0.1, new int[50]);
        RiskAdjusted r = RiskAdjusted.of("m", list, RiskAdjustedSpec.DEFAULT.withSimulation(300, 7, 2000));
        Random g = new Random(99);
        double total = 0;
        int runs = 2000;
        for (int k = 0; k < runs; k++) {
            double s = 0;
            int t = 0;
            do {
                t++;
                s = Math.max(0, s + SteinerWeights.weight(g.nextDouble() < 0.1 ? 1 : 0, 0.1, 2));
            } while (s < r.hUpper() && t < 6000);
            total += t;
        }
        double arl = total / runs;
        // Run lengths are near-geometric (sd about the mean): 2,000 runs give a standard error near 300 / 45 = 7.
        assertEquals(300, arl, 40, "ARL at h = " + r.hUpper());
    }

    @Test
    void casesOutOfOrderOrOutOfRangeAreRefused() {
        List<Case> backwards = List.of(new Case(LocalDate.of(2024, 2, 1), 0, 0.1), new Case(LocalDate.of(2024, 1, 1), 0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> RiskAdjusted.of("m", backwards, RiskAdjustedSpec.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> new Case(LocalDate.of(2024, 1, 1), 2, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new Case(LocalDate.of(2024, 1, 1), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> RiskAdjustedSpec.DEFAULT.withOddsRatios(0.8, 0.5));
    }

    static LongStream seeds() {
        return LongStream.range(20_261_202L, 20_261_202L + 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sumsKeepTheirSignsAndTheVladAddsExpectedMinusObserved(long seed) {
        Random g = new Random(seed);
        List<Case> list = new ArrayList<>();
        int n = 1 + g.nextInt(200);
        for (int i = 0; i < n; i++) {
            double p = 0.001 + 0.998 * g.nextDouble();
            list.add(new Case(LocalDate.of(2024, 1, 1).plusDays(i), g.nextDouble() < p * (g.nextBoolean() ? 2 : 0.5) ? 1 : 0, p));
        }
        RiskAdjusted r = RiskAdjusted.of("m", list, RiskAdjustedSpec.DEFAULT.withH(0.5 + 5 * g.nextDouble(), 0.5 + 5 * g.nextDouble())
                .withOddsRatios(1.1 + 3 * g.nextDouble(), 0.1 + 0.8 * g.nextDouble()));
        double vlad = 0;
        for (int t = 0; t < n; t++) {
            assertTrue(r.upper(t) >= 0 && r.lower(t) <= 0, "seed " + seed + ", case " + t);
            assertEquals(r.upper(t) >= r.hUpper(), r.signalsDeterioration(t), "seed " + seed + ", case " + t);
            assertEquals(r.lower(t) <= -r.hLower(), r.signalsImprovement(t), "seed " + seed + ", case " + t);
            vlad += list.get(t).risk() - list.get(t).outcome();
            assertEquals(vlad, r.vlad(t), 1e-9, "seed " + seed);
        }
    }

    /**
     * Incremental and whole-series results are equal: each sum depends only on the cases up to it, so the chart
     * of the first t cases (as a monitor would have drawn it when case t came) is the start of the whole
     * chart, case for case, signals included.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void casesAddedOneAtATimeGiveTheWholeSeriesSums(long seed) {
        Random g = new Random(seed);
        List<Case> list = new ArrayList<>();
        int n = 1 + g.nextInt(60);
        for (int i = 0; i < n; i++) {
            double p = 0.01 + 0.9 * g.nextDouble();
            list.add(new Case(LocalDate.of(2024, 1, 1).plusDays(i), g.nextDouble() < p ? 1 : 0, p));
        }
        RiskAdjustedSpec spec = RiskAdjustedSpec.DEFAULT.withH(0.5 + 3 * g.nextDouble(), 0.5 + 3 * g.nextDouble());
        RiskAdjusted whole = RiskAdjusted.of("m", list, spec);
        for (int t = 1; t <= n; t++) {
            RiskAdjusted sofar = RiskAdjusted.of("m", list.subList(0, t), spec);
            for (int s = 0; s < t; s++) {
                String why = "seed " + seed + ", case " + s + " of the first " + t;
                assertEquals(whole.upper(s), sofar.upper(s), 0, why);
                assertEquals(whole.lower(s), sofar.lower(s), 0, why);
                assertEquals(whole.vlad(s), sofar.vlad(s), 0, why);
                assertEquals(whole.signalsDeterioration(s), sofar.signalsDeterioration(s), why);
                assertEquals(whole.signalsImprovement(s), sofar.signalsImprovement(s), why);
            }
        }
    }
}
