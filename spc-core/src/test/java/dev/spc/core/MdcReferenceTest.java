package dev.spc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import dev.spc.core.testing.Reference;
import dev.spc.core.testing.Reference.CasePoint;
import dev.spc.core.testing.Reference.CaseSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Making Data Count XmR check cases (test resources, dev/spc/core/reference/mdc), classified point by point through the
 * Java API, under the settings the reference gives for each series.
 */
class MdcReferenceTest {
    /** The reference leaves this one point unspecified (see its settings note). */
    static final String UNSPECIFIED_METRIC = "Special cause conflict - High is good";
    static final int UNSPECIFIED_POINT = 15;

    static Stream<Arguments> cases() {
        Map<String, CaseSettings> settings = Reference.mdcSettings();
        return Reference.mdcCases().entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue(), settings.get(e.getKey())));
    }

    static ChartSpec specFor(CaseSettings s) {
        ChartSpec.Builder b = ChartSpec.builder().direction(Direction.parse(s.direction()));
        if (s.baselinePoints() != null) {
            b.baselinePoints(s.baselinePoints());
        }
        if (s.recalculateFrom() != null) {
            b.recalculateFrom(s.recalculateFrom());
        }
        return b.build();
    }

    static Series seriesOf(String metric, List<CasePoint> points) {
        List<Series.Point> list = new ArrayList<>();
        for (CasePoint p : points) {
            list.add(Series.Point.of(p.date(), p.value()));
        }
        return Series.of(metric, list);
    }

    static Analysis analyse(String metric) {
        return Spc.analyse(seriesOf(metric, Reference.mdcCases().get(metric)),
                specFor(Reference.mdcSettings().get(metric)));
    }

    @Test
    void theReferenceHoldsAll35Series() {
        assertEquals(35, Reference.mdcCases().size());
        assertEquals(Reference.mdcCases().keySet(), Reference.mdcSettings().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPointIsClassifiedAsTheCheckCaseExpects(String metric, List<CasePoint> points, CaseSettings settings) {
        Analysis a = Spc.analyse(seriesOf(metric, points), specFor(settings));
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            if (metric.equals(UNSPECIFIED_METRIC) && i + 1 == UNSPECIFIED_POINT) {
                continue;
            }
            String got = a.pointClass(i).id();
            if (!got.equals(points.get(i).expected())) {
                wrong.append("\n  point ").append(i + 1).append(" (").append(points.get(i).date()).append(", ")
                        .append(points.get(i).value()).append("): expected ").append(points.get(i).expected())
                        .append(", got ").append(got).append(' ').append(a.rules(i));
            }
        }
        assertTrue(wrong.length() == 0, metric + ":" + wrong + "\n  centre " + a.centre(a.size() - 1)
                + ", limits " + a.lowerLimit(a.size() - 1) + " / " + a.upperLimit(a.size() - 1));
    }

    /** Variation icons: docs/methods.md, section 4 applied to the summary-icon series' expected last points. */
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("variationIcons")
    void summaryIconSeriesGiveTheVariationIconOfTheirLastPoint(String metric, VariationIcon expected) {
        assertEquals(expected, analyse(metric).variation());
    }

    static Stream<Arguments> variationIcons() {
        // The last points' expected classes (reference file) and sides (their values against the mean):
        // High is good: 45 is improvement above the limit -> improvement_high. Low is good mirrors -> concern_high.
        // High is good 2: last point common cause. High is good 3: 5 is below the limit -> concern_low;
        // Low is good 3 -> improvement_low. Neither: 45 above the limit -> neither_high. Too few points: none.
        return Stream.of(
                Arguments.of("Summary icons - variation - High is good", VariationIcon.IMPROVEMENT_HIGH),
                Arguments.of("Summary icons - variation - Low is good", VariationIcon.CONCERN_HIGH),
                Arguments.of("Summary icons - variation - High is good 2", VariationIcon.COMMON_CAUSE),
                Arguments.of("Summary icons - variation - High is good 3", VariationIcon.CONCERN_LOW),
                Arguments.of("Summary icons - variation - Low is good 3", VariationIcon.IMPROVEMENT_LOW),
                Arguments.of("Summary icons - variation - Neither", VariationIcon.NEITHER_HIGH),
                Arguments.of("Summary icons - variation - Neither2", VariationIcon.COMMON_CAUSE),
                Arguments.of("Summary icons - variation - Too few points", VariationIcon.NONE));
    }

    /** Assurance: the reference's published targets 40, 30 and 10 (high is good; low is good mirrors). */
    @ParameterizedTest(name = "{0}, target {1} -> {2}")
    @MethodSource("assuranceCases")
    void assuranceCasesGiveThePublishedIcons(String metric, double target, AssuranceIcon expected) {
        String m = "Summary icons - assurance - " + metric;
        ChartSpec spec = specFor(Reference.mdcSettings().get(m)).toBuilder().target(target).build();
        Analysis a = Spc.analyse(seriesOf(m, Reference.mdcCases().get(m)), spec);
        assertEquals(expected, a.assurance());
    }

    static Stream<Arguments> assuranceCases() {
        return Stream.of(
                Arguments.of("high is good", 40, AssuranceIcon.FAIL),
                Arguments.of("high is good", 30, AssuranceIcon.HIT_AND_MISS),
                Arguments.of("high is good", 10, AssuranceIcon.PASS),
                Arguments.of("low is good", 40, AssuranceIcon.PASS),
                Arguments.of("low is good", 30, AssuranceIcon.HIT_AND_MISS),
                Arguments.of("low is good", 10, AssuranceIcon.FAIL));
    }

    @Test
    void tooFewPointsGiveNoLimitsAndNoIcons() {
        Analysis a = analyse("Summary icons - variation - Too few points");
        assertFalse(a.hasLimits(a.size() - 1));
        assertEquals(AssuranceIcon.NONE, a.assurance());
    }
}
