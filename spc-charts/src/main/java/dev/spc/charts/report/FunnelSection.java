package dev.spc.charts.report;

import dev.spc.charts.FunnelChart;
import dev.spc.core.funnel.Funnel;
import dev.spc.core.funnel.FunnelLimits;
import dev.spc.core.funnel.FunnelType;
import dev.spc.core.funnel.Outlier;
import dev.spc.core.funnel.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One funnel plot of the report's "Comparing units" part: the chart, what it shows in words (how many units,
 * around what, which lie outside the 95% and 99.8% limits, and whether the limits were widened), the units
 * outside the limits as a table, and every unit as a table (the chart's text alternative).
 *
 * @param anchor the section's id: {@code u1}, {@code u2}, ...
 * @param chartMarkup the chart as an {@code <svg>} element this program drew
 * @param summary the funnel in words: its units, their outliers and the dispersion
 * @param outlierWords the units outside the limits named in a sentence, or the sentence that none is
 * @param outliers the units outside the 95% limits, the furthest out first
 * @param units every unit, in the order of the data
 * @param numeratorLabel what the numerators count (the column they came from, capitalised)
 * @param denominatorLabel what the denominators count (the column they came from, capitalised)
 * @param valueLabel what the value is: a proportion, a ratio (observed over expected) or a rate
 */
record FunnelSection(String anchor, String metric, String chartMarkup, String summary, String outlierWords,
        List<UnitRow> outliers, List<UnitRow> units, String numeratorLabel, String denominatorLabel,
        String valueLabel) {

    /**
     * One unit: its name, numbers and limits at its denominator, as people read them, and where it lies.
     *
     * @param where where it lies, in words ("above the 99.8% limit"; empty inside the 95% limits)
     * @param outlierId the outlier's id ({@code high_998}, ..., {@code none}), for styles and scripts
     */
    record UnitRow(String unit, String numerator, String denominator, String value, String lower95, String upper95,
            String lower998, String upper998, String where, String outlierId) {
        /** True for a unit outside the 95% limits (whose row the page marks). */
        public boolean special() {
            return !outlierId.equals(Outlier.NONE.id());
        }
    }

    static FunnelSection of(Funnel f, String numeratorLabel, String denominatorLabel, String anchor, String chartMarkup,
            Locale locale) {
        Format format = new Format(f.spec().type(), locale);
        List<UnitRow> units = new ArrayList<>(f.size());
        List<Integer> outside = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            Unit u = f.units().get(i);
            FunnelLimits l = f.limits(i);
            Outlier o = f.outlier(i);
            units.add(new UnitRow(u.name(), format.count(u.numerator()), format.count(u.denominator()),
                    format.value(f.value(i)), format.value(l.lower95()), format.value(l.upper95()),
                    format.value(l.lower998()), format.value(l.upper998()), where(o), o.id()));
            if (o.isOutlier()) {
                outside.add(i);
            }
        }
        outside.sort(Comparator.comparingInt((Integer i) -> beyond998(f.outlier(i)) ? 0 : 1)
                .thenComparing(i -> -Math.abs(f.zAdjusted(i))));
        List<UnitRow> outliers = new ArrayList<>(outside.size());
        outside.forEach(i -> outliers.add(units.get(i)));
        return new FunnelSection(anchor, f.metric(), chartMarkup, FunnelChart.summary(f), outlierWords(f, outside),
                List.copyOf(outliers), List.copyOf(units), capitalised(numeratorLabel), capitalised(denominatorLabel),
                switch (f.spec().type()) {
                    case PROPORTION -> "Proportion";
                    case RATIO -> "Ratio";
                    case RATE -> "Rate";
                });
    }

    private static boolean beyond998(Outlier o) {
        return o == Outlier.HIGH_998 || o == Outlier.LOW_998;
    }

    /** Where a unit lies, in words; empty inside the 95% limits. */
    static String where(Outlier o) {
        return switch (o) {
            case HIGH_998 -> "Above the 99.8% limit";
            case HIGH_95 -> "Above the 95% limit";
            case LOW_95 -> "Below the 95% limit";
            case LOW_998 -> "Below the 99.8% limit";
            case NONE -> "";
        };
    }

    /** The units outside the limits named, high or low, the 99.8% ones first; or the sentence that none is. */
    private static String outlierWords(Funnel f, List<Integer> outside) {
        if (outside.isEmpty()) {
            return "No unit lies outside the 95% limits: the differences between the units are no more than chance "
                    + "would give, so ranking them would rank noise.";
        }
        StringJoiner far = new StringJoiner(", ");
        StringJoiner near = new StringJoiner(", ");
        for (int i : outside) {
            Outlier o = f.outlier(i);
            String named = f.units().get(i).name() + " (" + (o.isHigh() ? "high" : "low") + ")";
            (beyond998(o) ? far : near).add(named);
        }
        StringBuilder sb = new StringBuilder();
        if (far.length() > 0) {
            sb.append("Outside the 99.8% limits, unlikely to be chance: ").append(far).append(". ");
        }
        if (near.length() > 0) {
            sb.append("Outside the 95% limits only, worth a look: ").append(near).append(". ");
        }
        sb.append("The other units lie inside the funnel.");
        return sb.toString();
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    public boolean hasOutliers() {
        return !outliers.isEmpty();
    }

    /** The number of units. */
    public int size() {
        return units.size();
    }

    /**
     * Numbers as people read them: counts as given, proportions as percentages to 1 decimal, ratios to 3
     * decimals (as SHMI is published), rates to 3 significant figures.
     */
    private static final class Format {
        private final FunnelType type;
        private final NumberFormat counts;
        private final NumberFormat percent;
        private final NumberFormat figures;
        private final NumberFormat ratios;

        Format(FunnelType type, Locale locale) {
            this.type = type;
            this.counts = NumberFormat.getNumberInstance(locale);
            counts.setMaximumFractionDigits(2);
            this.percent = NumberFormat.getPercentInstance(locale);
            percent.setMinimumFractionDigits(1);
            percent.setMaximumFractionDigits(1);
            this.figures = NumberFormat.getNumberInstance(locale);
            figures.setMaximumFractionDigits(12);
            this.ratios = NumberFormat.getNumberInstance(locale);
            ratios.setMinimumFractionDigits(3);
            ratios.setMaximumFractionDigits(3);
        }

        String count(double x) {
            return Double.isFinite(x) ? counts.format(x) : "";
        }

        String value(double x) {
            if (!Double.isFinite(x)) {
                return "";
            }
            if (type == FunnelType.PROPORTION) {
                return percent.format(x);
            }
            if (type == FunnelType.RATIO) {
                return ratios.format(x);
            }
            return figures.format(new BigDecimal(x).round(new MathContext(3)));
        }
    }
}
