package dev.spc.charts.report;

import java.util.List;

/**
 * Everything the template shows, by the names it uses.
 *
 * @param contentSecurityPolicy the page's policy: nothing is fetched from anywhere, and only the page's
 *     own script runs
 * @param dataTo the latest date in the data, in words, or null when no metric has a value
 * @param dataToIso the same date in ISO form
 * @param groups the matrix's metrics, by group in order of first appearance
 * @param sections the metrics' sections, drawn as the page is written
 * @param iconMarkup the icons' {@code <symbol>}s, drawn by this program
 * @param scriptMarkup the page's script, a resource of this program
 * @param chartStyleMarkup the CSS classes of the charts' repeated styles, made by this program from plain CSS
 *     characters only
 * @param variationFilters the variation icons the metrics show, to filter the matrix by
 * @param assuranceFilters the assurance icons the metrics show
 * @param funnels the funnel plots of the "Comparing units" part, drawn before the page is written; none when
 *     the report compares no units
 */
record Page(String contentSecurityPolicy, String title, String subtitle, String dataTo, String dataToIso,
        int metricCount, Grid grid, List<Group> groups, Iterable<Section> sections, String iconMarkup,
        String scriptMarkup, String chartStyleMarkup, List<Filter> variationFilters, List<Filter> assuranceFilters,
        List<FunnelSection> funnels) {

    /** True when the report compares units on funnel plots. */
    public boolean hasFunnels() {
        return !funnels.isEmpty();
    }

    /** The number of funnel plots. */
    public int funnelCount() {
        return funnels.size();
    }

    /** True when there is one funnel plot (whose link says so in the singular). */
    public boolean oneFunnel() {
        return funnels.size() == 1;
    }

    /**
     * The metrics of one group, in data order.
     *
     * @param name the group's name, or null when no metric has a group (no heading is shown)
     */
    record Group(String name, List<MetricRow> rows) {
        public int size() {
            return rows.size();
        }
    }
}
