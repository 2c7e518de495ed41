package dev.spc.core.assess;

import dev.spc.core.limits.ChartLines;
import dev.spc.core.limits.Lines;
import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.PointClass;
import dev.spc.core.result.VariationIcon;
import dev.spc.core.spec.ChartSpec;
import java.util.OptionalDouble;

/**
 * The Making Data Count summary icons of a chart (docs/methods.md, section 4): the variation icon from the
 * latest point's class and the side of its signal, and the assurance icon from where the latest point's
 * target lies against its process limits. Neither is given when the latest point cannot be judged.
 *
 * @param variation the variation icon
 * @param assurance the assurance icon
 */
public record Icons(VariationIcon variation, AssuranceIcon assurance) {
    /** No icons: nothing to judge. */
    public static final Icons NONE = new Icons(VariationIcon.NONE, AssuranceIcon.NONE);

    /**
     * The icons of a chart whose latest point with a value is {@code latest} (-1 for none).
     *
     * @param flags the rule flags of every point
     * @param target the target that applies to the latest point ({@link Targets}), if any
     */
    public static Icons of(ChartSpec spec, ChartLines chart, long[] flags, int latest, OptionalDouble target) {
        if (latest < 0 || !chart.isJudged(latest)) {
            return NONE;
        }
        Lines lines = chart.lines();
        int s = chart.slot(latest);
        PointClass last = PointClasses.of(flags[latest], spec.direction(), spec.rules().conflict());
        VariationIcon variation = VariationIcon.of(last, PointClasses.sideOf(last, flags[latest], spec.direction(),
                chart.value(latest) > lines.centre(s)));
        AssuranceIcon assurance = AssuranceIcon.NONE;
        // A CUSUM's or EWMA's lines bound its own statistic, not the values a target is set for: no assurance.
        if (chart.chart().hasLimits() && !chart.chart().isSensitive()) {
            // Against the limits before clamping: a target at a clamp (0 for counts) can still be met.
            assurance = Assurance.of(spec.direction(), target, lines.rawLower(s), lines.rawUpper(s));
        }
        return new Icons(variation, assurance);
    }
}
