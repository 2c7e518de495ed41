package dev.spc.charts.report;

import dev.spc.core.result.AssuranceIcon;
import dev.spc.core.result.VariationIcon;

/**
 * A variation or assurance icon as the page shows it: the picture (a reference to a symbol drawn once
 * per page), its meaning in words for screen readers and tooltips, and its id as the machine output
 * writes it.
 *
 * @param id the icon's id, such as {@code improvement_high}
 * @param words the icon's name in a few plain words, such as "Special cause – improvement, higher"
 * @param label what the icon means, in a sentence for screen readers and tooltips
 * @param symbol the id of the page's symbol that draws it, or null for {@code none} (no picture)
 * @param order the icon's place in its enum, the key the matrix sorts by
 */
record IconView(String id, String words, String label, String symbol, int order) {

    static IconView of(VariationIcon icon) {
        String label = switch (icon) {
            case COMMON_CAUSE -> "Common cause variation: no significant change";
            case IMPROVEMENT_HIGH -> "Special cause variation of an improving nature: higher values";
            case IMPROVEMENT_LOW -> "Special cause variation of an improving nature: lower values";
            case CONCERN_HIGH -> "Special cause variation of a concerning nature: higher values";
            case CONCERN_LOW -> "Special cause variation of a concerning nature: lower values";
            case NEITHER_HIGH -> "Special cause variation, neither improvement nor concern: higher values";
            case NEITHER_LOW -> "Special cause variation, neither improvement nor concern: lower values";
            case NONE -> "No variation icon: too few points for process limits";
        };
        return new IconView(icon.id(), icon.words(), label, icon == VariationIcon.NONE ? null : IconSymbols.id(icon), icon.ordinal());
    }

    static IconView of(AssuranceIcon icon) {
        String label = switch (icon) {
            case PASS -> "The target will be met consistently";
            case FAIL -> "The target will be missed consistently";
            case HIT_AND_MISS -> "The target will be met at some times and missed at others";
            case NONE -> "No assurance icon: no target, no improvement direction or too few points";
        };
        return new IconView(icon.id(), icon.words(), label, icon == AssuranceIcon.NONE ? null : IconSymbols.id(icon), icon.ordinal());
    }
}
