package dev.spc.charts.report;

import dev.spc.charts.ChartOptions;
import dev.spc.core.funnel.Funnel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report shows besides the analyses: its title and subtitle, the group of each metric (such as
 * the CQC domains safe, effective, caring, responsive, well-led), the funnel plots that compare units, how
 * its charts are drawn, and how many threads draw them.
 */
public final class ReportOptions {
    /**
     * A funnel plot for the report's "Comparing units" part.
     *
     * @param numeratorLabel what the numerators count, such as "deaths" or "observed"
     * @param denominatorLabel what the denominators count, such as "admissions" or "expected"
     */
    public record UnitComparison(Funnel funnel, String numeratorLabel, String denominatorLabel) {
        public UnitComparison {
            Objects.requireNonNull(funnel, "funnel");
            Objects.requireNonNull(numeratorLabel, "numeratorLabel");
            Objects.requireNonNull(denominatorLabel, "denominatorLabel");
        }
    }

    /** The title of a report that is given none. */
    public static final String DEFAULT_TITLE = "SPC report";

    private final String title;
    private final String subtitle;
    private final Map<String, String> groups;
    private final ChartOptions chart;
    private final int threads;
    private final List<UnitComparison> funnels;

    private ReportOptions(Builder b) {
        this.funnels = List.copyOf(b.funnels);
        this.title = b.title;
        this.subtitle = b.subtitle;
        this.groups = Map.copyOf(b.groups);
        this.chart = b.chart;
        this.threads = b.threads;
    }

    /** The default title, no subtitle, no groups, charts 800 x 450 in the MDC theme, one thread per core. */
    public static ReportOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String title() {
        return title;
    }

    public Optional<String> subtitle() {
        return Optional.ofNullable(subtitle);
    }

    /** The group of a metric, if it has one. */
    public Optional<String> group(String metric) {
        return Optional.ofNullable(groups.get(metric));
    }

    /** How each chart is drawn. The report leaves out the chart's subtitle: the explanation is the page's text. */
    public ChartOptions chart() {
        return chart;
    }

    /** The most threads that draw charts at once. */
    public int threads() {
        return threads;
    }

    /** The funnel plots that compare units, in order; none by default. */
    public List<UnitComparison> funnels() {
        return funnels;
    }

    public static final class Builder {
        private String title = DEFAULT_TITLE;
        private String subtitle;
        private Map<String, String> groups = Map.of();
        private ChartOptions chart = ChartOptions.builder().subtitle(ChartOptions.Parts.HIDDEN).build();
        private int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        private final List<UnitComparison> funnels = new ArrayList<>();

        private Builder() {
        }

        /** The title; blank gives the default. */
        public Builder title(String value) {
            this.title = value == null || value.isBlank() ? DEFAULT_TITLE : value.strip();
            return this;
        }

        /** The subtitle; null or blank gives none. */
        public Builder subtitle(String value) {
            this.subtitle = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /** The group of each metric, by metric name; metrics not named have none. */
        public Builder groups(Map<String, String> byMetric) {
            this.groups = Map.copyOf(byMetric);
            return this;
        }

        /** How the charts are drawn (their size, theme and parts). */
        public Builder chart(ChartOptions value) {
            this.chart = Objects.requireNonNull(value);
            return this;
        }

        /** The most threads that draw charts at once: 1 or more. */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be 1 or more, not " + value);
            }
            this.threads = value;
            return this;
        }

        /** Adds a funnel plot to the report's "Comparing units" part, after those added before. */
        public Builder funnel(UnitComparison value) {
            funnels.add(Objects.requireNonNull(value));
            return this;
        }

        public ReportOptions build() {
            return new ReportOptions(this);
        }
    }
}
