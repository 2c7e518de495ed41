package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.ConflictResolution;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.FastInitialResponse;
import dev.spc.core.spec.GLimits;
import dev.spc.core.spec.GapPolicy;
import dev.spc.core.spec.GhostsInRuns;
import dev.spc.core.spec.MovingRangeScreening;
import dev.spc.core.spec.Parameter;
import dev.spc.core.spec.RuleScope;
import dev.spc.core.spec.RuleSet;
import dev.spc.core.spec.TwoOfThreeCounting;
import dev.spc.core.spec.XmrLimits;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each row of the table sets its own part of a spec, as the builder's own method does, from a text as a person
 * gives it (in an option or a settings cell); a flag sets its value; a text that cannot be read is refused and
 * sets nothing.
 */
class SpecParametersTest {
    private static final SpecParameters.Dates DATES = texts -> texts.stream()
            .map(t -> LocalDate.parse(t.trim())).collect(Collectors.toList());

    /** A text (or texts) for each parameter, and what the builder's own method makes of the value it stands for. */
    private static final Map<Parameter, Case> CASES = Map.ofEntries(
            Map.entry(Parameter.CHART, new Case(List.of(" p "), b -> b.chart(ChartType.P))),
            Map.entry(Parameter.DIRECTION, new Case(List.of("decrease"), b -> b.direction(Direction.DECREASE))),
            Map.entry(Parameter.TARGET, new Case(List.of("95.5"), b -> b.target(95.5))),
            Map.entry(Parameter.BASELINE_POINTS, new Case(List.of("12"), b -> b.baselinePoints(12))),
            Map.entry(Parameter.RECALCULATE_FROM, new Case(List.of("2024-04-01", "2024-10-01"),
                    b -> b.recalculateFrom(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 10, 1)))),
            Map.entry(Parameter.MINIMUM_POINTS, new Case(List.of("20"), b -> b.minimumPoints(20))),
            Map.entry(Parameter.RULES, new Case(List.of("we", "", "nelson"),
                    b -> b.rules(EnumSet.of(RuleSet.WESTERN_ELECTRIC, RuleSet.NELSON)))),
            Map.entry(Parameter.NELSON_K, new Case(List.of("2=7", " 3 = 5 "), b -> b.nelsonK(2, 7).nelsonK(3, 5))),
            Map.entry(Parameter.G_LIMITS, new Case(List.of("qcc"), b -> b.gLimits(GLimits.QCC))),
            Map.entry(Parameter.SHIFT, new Case(List.of("8"), b -> b.shiftLength(8))),
            Map.entry(Parameter.TREND, new Case(List.of("7"), b -> b.trendLength(7))),
            Map.entry(Parameter.XMR_LIMITS, new Case(List.of("sigma"), b -> b.xmrLimits(XmrLimits.SIGMA))),
            Map.entry(Parameter.SCREENING, new Case(List.of("screen"),
                    b -> b.screening(MovingRangeScreening.SCREEN))),
            Map.entry(Parameter.TWO_OF_THREE, new Case(List.of("beyond_limits"),
                    b -> b.twoOfThree(TwoOfThreeCounting.INCLUDING_BEYOND_LIMITS))),
            Map.entry(Parameter.RULE_SCOPE, new Case(List.of("within"), b -> b.ruleScope(RuleScope.WITHIN_PHASE))),
            Map.entry(Parameter.CONFLICT, new Case(List.of("ranked"), b -> b.conflict(ConflictResolution.RANKED))),
            Map.entry(Parameter.GHOSTS_IN_RUNS, new Case(List.of("skipped"),
                    b -> b.ghostsInRuns(GhostsInRuns.SKIPPED))),
            Map.entry(Parameter.GAPS, new Case(List.of("bridge"), b -> b.gaps(GapPolicy.BRIDGE))),
            Map.entry(Parameter.CUSUM_K, new Case(List.of("0.75"), b -> b.cusumK(0.75))),
            Map.entry(Parameter.CUSUM_H, new Case(List.of("4.5,6"), b -> b.cusumH(4.5))),
            Map.entry(Parameter.CUSUM_FIR, new Case(List.of("on"),
                    b -> b.fastInitialResponse(FastInitialResponse.ON))),
            Map.entry(Parameter.EWMA_LAMBDA, new Case(List.of("0.3"), b -> b.ewmaLambda(0.3))),
            Map.entry(Parameter.EWMA_L, new Case(List.of("2.5"), b -> b.ewmaL(2.5))));

    private record Case(List<String> texts, UnaryOperator<ChartSpec.Builder> expected) {
    }

    @Test
    void everyParameterHasARowAndACase() {
        assertEquals(EnumSet.allOf(Parameter.class), CASES.keySet().stream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Parameter.class))));
        assertEquals(Parameter.values().length, SpecParameters.ALL.size());
    }

    @Test
    void eachRowSetsWhatTheBuildersOwnMethodSets() {
        ChartSpec untouched = ChartSpec.builder().build();
        for (SpecParameters.Entry<?> e : SpecParameters.ALL) {
            Case c = CASES.get(e.parameter());
            ChartSpec expected = c.expected().apply(ChartSpec.builder()).build();
            // The case's value is not the default, so that a row setting nothing (or the wrong part) is caught.
            assertNotEquals(untouched, expected, e.option());
            ChartSpec.Builder b = ChartSpec.builder();
            e.check(c.texts(), DATES);
            e.apply(b, c.texts(), DATES);
            assertEquals(expected, b.build(), e.option());
            assertEquals(e.isList(), c.texts().size() > 1 || e.parameter() == Parameter.RULES, e.option());
        }
    }

    @Test
    void aFlagSetsItsValueAsItsTextDoes() {
        int flags = 0;
        for (SpecParameters.Entry<?> e : SpecParameters.ALL) {
            if (e.isFlag()) {
                ChartSpec.Builder b = ChartSpec.builder();
                e.applyFlag(b);
                assertEquals(CASES.get(e.parameter()).expected().apply(ChartSpec.builder()).build(), b.build(),
                        e.option());
                flags++;
            } else {
                assertThrows(NullPointerException.class, () -> e.applyFlag(ChartSpec.builder()), e.option());
            }
        }
        assertEquals(Set.of(Parameter.SCREENING, Parameter.TWO_OF_THREE, Parameter.RULE_SCOPE,
                Parameter.GHOSTS_IN_RUNS, Parameter.GAPS, Parameter.CUSUM_FIR).size(), flags);
    }

    @Test
    void aTextThatCannotBeReadIsRefusedAndSetsNothing() {
        ChartSpec untouched = ChartSpec.builder().build();
        for (SpecParameters.Entry<?> e : SpecParameters.ALL) {
            List<String> wrong = List.of("not-a-value");
            ChartSpec.Builder b = ChartSpec.builder();
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> e.apply(b, wrong, DATES), e.option());
            assertTrue(thrown instanceof IllegalArgumentException
                    || thrown instanceof java.time.format.DateTimeParseException, e.option() + ": " + thrown);
            assertThrows(RuntimeException.class, () -> e.check(wrong, DATES), e.option());
            assertEquals(untouched, b.build(), e.option());
        }
    }
}
