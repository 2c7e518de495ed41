package dev.spc.charts.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charts' repeated inline styles as CSS classes, to keep a report of many charts small. The SVG writer
 * gives every line, point and label its own {@code style} attribute, and a chart has only a few dozen
 * distinct ones; a report of 1,000 charts repeats each thousands of times. The styles of a sample chart
 * (drawn with the report's options) become classes declared once in the page; every chart's attributes
 * with those styles become {@code class} attributes, and any other style stays inline, so nothing is lost.
 * A reference to a clip that is the whole chart (a no-op: an inline SVG clips to its own box) is dropped.
 *
 * <p>Only styles made of plain CSS characters become classes, so that nothing taken into the page's
 * {@code <style>} element can end it.
 */
final class ChartStyles {
    private static final Pattern STYLE = Pattern.compile(" style='([^']*)'");
    private static final String STYLE_START = " style='";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9 :;.,#()%_-]+");
    private static final Pattern SIZE = Pattern.compile("^<svg [^>]*?width='([0-9.]+)' height='([0-9.]+)'");
    private static final Pattern CLIP = Pattern.compile("<clipPath id='([A-Za-z0-9_-]+)'><path d='([^']*)'/></clipPath>");

    private final Map<String, String> classes;
    /** The style of most points (common cause), which the page gives every circle: theirs is left out. */
    private final String circles;
    /**
     * The radius of most points, which the page gives every circle without one (CSS's {@code r}, in every
     * browser since 2020): theirs is left out; null when the sample has no circle.
     */
    private final String radius;
    private static final Pattern RADIUS = Pattern.compile("<circle cx='[^']*' cy='[^']*' r='([0-9.]+)'");

    /** The classes of solid lines, whose lines may be drawn as one path (a dashed line's pattern would restart). */
    private final java.util.Set<String> mergeable;

    private ChartStyles(Map<String, String> classes, String circles, String radius) {
        this.classes = classes;
        this.circles = circles;
        this.radius = radius;
        this.mergeable = new java.util.HashSet<>();
        classes.forEach((style, c) -> {
            if (style.contains("stroke") && !style.contains("dasharray") && !style.contains("fill")) {
                mergeable.add(c);
            }
        });
    }

    /** A class for every style of the sample chart, in order of first use. */
    static ChartStyles learn(String sample) {
        Map<String, String> classes = new LinkedHashMap<>();
        Map<String, Integer> circleStyles = new LinkedHashMap<>();
        Matcher m = STYLE.matcher(sample);
        while (m.find()) {
            if (SAFE.matcher(m.group(1)).matches()) {
                classes.putIfAbsent(m.group(1), "s" + classes.size());
                if (sample.startsWith("<circle ", sample.lastIndexOf('<', m.start()))) {
                    circleStyles.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        String circles = circleStyles.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        Map<String, Integer> radii = new LinkedHashMap<>();
        Matcher r = RADIUS.matcher(sample);
        while (r.find()) {
            radii.merge(r.group(1), 1, Integer::sum);
        }
        String radius = radii.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new ChartStyles(classes, circles, radius);
    }

    /** The CSS rules of the classes, for the page's {@code <style>} element. */
    String css() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : classes.entrySet()) {
            sb.append("svg.chart .").append(e.getValue()).append(" { ").append(e.getKey()).append(" }\n");
        }
        if (circles != null) {
            sb.append("svg.chart circle { ").append(circles).append(" }\n");
        }
        if (radius != null) {
            // Only circles without their own radius: the property would override the attribute.
            sb.append("svg.chart circle:not([r]) { r: ").append(radius).append("px }\n");
        }
        return sb.toString();
    }

    /**
     * The chart with its known styles as classes and no reference to a clip of the whole chart
     * ({@link #classed}), its straight lines of one style drawn as one path and its marks without the
     * clips and groups they do not need ({@link SvgSqueeze}).
     */
    String apply(String svg) {
        String squeezed = SvgSqueeze.squeeze(classed(svg), mergeable);
        return radius == null ? squeezed : withoutRadius(squeezed, radius);
    }

    /**
     * The text without the radius attribute {@code r='R'} where it ends a tag ({@code ' r='R'>} or
     * {@code ' r='R'/>}), as the page's CSS gives circles that radius: one pass over the text.
     */
    static String withoutRadius(String svg, String radius) {
        String needle = "' r='" + radius + "'";
        int at = svg.indexOf(needle);
        if (at < 0) {
            return svg;
        }
        StringBuilder out = new StringBuilder(svg.length());
        int from = 0;
        while (at >= 0) {
            int after = at + needle.length();
            if (svg.startsWith(">", after) || svg.startsWith("/>", after)) {
                out.append(svg, from, at + 1);
                from = after;
                at = svg.indexOf(needle, after);
            } else {
                // The closing quote of this attribute may open the next.
                at = svg.indexOf(needle, at + 1);
            }
        }
        return out.append(svg, from, svg.length()).toString();
    }

    /** The chart with its known styles as classes and no reference to a clip of the whole chart. */
    String classed(String svg) {
        // A scan for the attributes rather than a pattern: a report runs this over every chart's text.
        StringBuilder sb = new StringBuilder(svg.length());
        int from = 0;
        int at;
        while ((at = svg.indexOf(STYLE_START, from)) >= 0) {
            int valueStart = at + STYLE_START.length();
            int end = svg.indexOf('\'', valueStart);
            if (end < 0) {
                break;
            }
            String style = svg.substring(valueStart, end);
            String c = classes.get(style);
            if (style.equals(circles) && svg.startsWith("<circle ", svg.lastIndexOf('<', at))) {
                sb.append(svg, from, at);
            } else if (c != null) {
                sb.append(svg, from, at).append(" class='").append(c).append('\'');
            } else {
                sb.append(svg, from, end + 1);
            }
            from = end + 1;
        }
        sb.append(svg, from, svg.length());
        // A group that holds nothing but a label goes (the label stays).
        String out = unwrapLabels(sb.toString());
        String whole = wholeChartClip(out);
        return whole == null ? out : out.replace(" clip-path='url(#" + whole + ")'", "");
    }

    /**
     * Each group that holds nothing but a label, {@code <g><text A>T</text></g>} with no {@code >} in A and no
     * {@code <} in T, replaced by the label: found by a scan rather than a pattern, as a report runs this over
     * every chart's text.
     */
    static String unwrapLabels(String svg) {
        String open = "<g><text ";
        int at = svg.indexOf(open);
        if (at < 0) {
            return svg;
        }
        StringBuilder out = new StringBuilder(svg.length());
        int from = 0;
        while (at >= 0) {
            int label = at + "<g>".length();
            int tagEnd = svg.indexOf('>', label);
            int textEnd = tagEnd < 0 ? -1 : svg.indexOf('<', tagEnd + 1);
            if (textEnd >= 0 && svg.startsWith("</text></g>", textEnd)) {
                out.append(svg, from, at).append(svg, label, textEnd + "</text>".length());
                from = textEnd + "</text></g>".length();
                at = svg.indexOf(open, from);
            } else {
                at = svg.indexOf(open, at + 1);
            }
        }
        return out.append(svg, from, svg.length()).toString();
    }

    /** The id of a clip whose path is the chart's whole box, or null. */
    private static String wholeChartClip(String svg) {
        Matcher size = SIZE.matcher(svg);
        if (!size.find()) {
            return null;
        }
        // The box as the SVG writer rounds coordinates: to tenths, without a trailing ".0".
        String w = size.group(1).replaceFirst("\\.0$", "");
        String h = size.group(2).replaceFirst("\\.0$", "");
        String box = "M0,0L" + w + ",0L" + w + "," + h + "L0," + h + "L0,0Z";
        Matcher clip = CLIP.matcher(svg);
        while (clip.find()) {
            if (clip.group(2).equals(box)) {
                return clip.group(1);
            }
        }
        return null;
    }
}
