package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.series.InputProblem;
import dev.spc.core.series.Remedy;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import dev.spc.core.spec.InvalidParameterException;
import dev.spc.core.spec.Parameter;
import dev.spc.core.spec.RuleSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The library's words for a problem are the embedder's to pass on: every problem and remedy reads as plain
 * English and names no command-line option or file column; a spec's refusals name the parameter by its id.
 */
class ProblemWordsTest {
    static void plain(String text) {
        assertFalse(text.contains("--"), "names an option: " + text);
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("column"), "names a column: " + text);
        assertFalse(text.isBlank());
    }

    @Test
    void everyProblemAndRemedyIsPlainEnglish() {
        for (InputProblem.Kind kind : InputProblem.Kind.values()) {
            for (ChartType chart : ChartType.values()) {
                InputProblem p = new InputProblem("Falls", 3, LocalDate.of(2024, 4, 1), InputProblem.Field.VALUE, kind,
                        12, OptionalDouble.of(10), Optional.of(chart));
                plain(p.describe());
                plain(new dev.spc.core.series.InvalidInputException(p).getMessage());
            }
        }
        for (Remedy r : Remedy.values()) {
            plain(r.advice());
        }
    }

    @Test
    void aSpecRefusesAValueNamingTheParameter() {
        assertRefused(Parameter.BASELINE_POINTS, () -> ChartSpec.builder().baselinePoints(1));
        assertRefused(Parameter.MINIMUM_POINTS, () -> ChartSpec.builder().minimumPoints(1));
        assertRefused(Parameter.SHIFT, () -> ChartSpec.builder().shiftLength(2));
        assertRefused(Parameter.TREND, () -> ChartSpec.builder().trendLength(2));
        assertRefused(Parameter.NELSON_K, () -> ChartSpec.builder().nelsonK(2, 1));
        assertRefused(Parameter.NELSON_K, () -> ChartSpec.builder().nelsonK(5, 2_000_000));
        assertRefused(Parameter.NELSON_K, () -> ChartSpec.builder().nelsonK(9, 3));
        assertRefused(Parameter.TARGET, () -> ChartSpec.builder().target(Double.NaN));
        assertRefused(Parameter.CHART, () -> ChartType.parse("pie"));
        assertRefused(Parameter.DIRECTION, () -> Direction.parse("sideways"));
        assertRefused(Parameter.RULES, () -> RuleSet.parse("westinghouse"));
    }

    static void assertRefused(Parameter parameter, org.junit.jupiter.api.function.Executable change) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, change);
        assertTrue(e.parameter() == parameter, e.parameter() + " for " + parameter);
        assertTrue(e.getMessage().startsWith(parameter.id() + ": "), e.getMessage());
        plain(e.problem());
    }
}
