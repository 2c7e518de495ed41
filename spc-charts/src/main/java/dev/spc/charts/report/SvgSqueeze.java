package dev.spc.charts.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.function.Function;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's SVG written shorter for the report, drawing the same picture:
 *
 * <ul>
 *   <li>the straight lines of one solid style (grid lines, tick marks, centre lines) that follow one another,
 *       with only labels between them, become one path of many segments ({@code M54,406.1H778M54,382.1H778});
 *       labels and lines do not overlap, so the order they are drawn in does not show;
 *   <li>a reference to a clip (the plot's box) goes from a line or mark that lies wholly inside the box,
 *       where the clip cuts nothing;
 *   <li>a group around a single path (a point's mark and its tooltip, the data line) becomes the path.
 * </ul>
 */
final class SvgSqueeze {
    private static final Pattern LINE = Pattern.compile("<line x1='([^']*)' y1='([^']*)' x2='([^']*)' y2='([^']*)'"
            + "( class='s\\d+')( clip-path='url\\(#([A-Za-z0-9_-]+)\\)')?/>");
    private static final Pattern TEXT = Pattern.compile("<text [^>]*>[^<]*</text>");
    private static final Pattern CLIP = Pattern.compile("<clipPath id='([A-Za-z0-9_-]+)'><path d='([^']*)'/></clipPath>");
    private static final Pattern GROUP = Pattern.compile("<g( class='s\\d+')?( clip-path='url\\(#([A-Za-z0-9_-]+)\\)')?>"
            + "(<title>[^<]*</title>)?<path d='([^']*)'/></g>");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
    /** A box as the SVG writer writes one: four corners, from and back to the first. */
    private static final Pattern BOX = Pattern.compile("M[^A-Z]+L[^A-Z]+L[^A-Z]+L[^A-Z]+(L[^A-Z]+)?Z");
    /** A path of straight segments only. */
    private static final Pattern STRAIGHT = Pattern.compile("[MLZ0-9.,\\- ]+");

    private SvgSqueeze() {
    }

    /**
     * @param mergeable the classes of solid lines, whose lines may be joined into one path
     */
    static String squeeze(String svg, Set<String> mergeable) {
        Map<String, double[]> boxes = boxes(svg);
        return unusedClips(relative(lines(groups(svg, boxes), mergeable, boxes)));
    }

    private static final Pattern PATH_DATA = Pattern.compile(" d='(M[0-9.\\-]+,[0-9.\\-]+(?:L[0-9.\\-]+,[0-9.\\-]+){2,}Z?)'");

    /**
     * Paths of straight segments (the data line, the marks) with each point after the first as a step from
     * the one before ({@code M657.5,247l5.2,9.4h-10.4z}): the same points, exactly, since every coordinate is
     * in tenths.
     */
    static String relative(String svg) {
        return replaceEach(svg, " d='M", PATH_DATA, m -> {
            String d = m.group(1);
            boolean closed = d.endsWith("Z");
            String[] points = (closed ? d.substring(1, d.length() - 1) : d.substring(1)).split("L");
            StringBuilder r = new StringBuilder(d.length()).append('M').append(points[0]);
            long[] last = tenths(points[0]);
            char previous = 'M';
            for (int k = 1; k < points.length; k++) {
                long[] p = tenths(points[k]);
                long dx = p[0] - last[0];
                long dy = p[1] - last[1];
                char command = dy == 0 ? 'h' : dx == 0 ? 'v' : 'l';
                // A repeated command may be left out (only between numbers that a sign or a space keeps apart).
                if (command != previous) {
                    r.append(command);
                } else {
                    r.append(dx < 0 && command != 'v' || command == 'v' && dy < 0 ? "" : " ");
                }
                if (command == 'h') {
                    r.append(decimal(dx));
                } else if (command == 'v') {
                    r.append(decimal(dy));
                } else {
                    r.append(decimal(dx)).append(dy < 0 ? "" : ",").append(decimal(dy));
                }
                previous = command;
                last = p;
            }
            if (closed) {
                r.append('z');
            }
            return " d='" + r + "'";
        });
    }

    /**
     * The text with each match of a pattern replaced, where every match starts with the literal given: the
     * matches a search of the whole text finds, found faster by looking for the literal and trying the pattern
     * only there (a search tries it at every character).
     */
    static String replaceEach(String svg, String literal, Pattern pattern, Function<Matcher, String> replacement) {
        int at = svg.indexOf(literal);
        if (at < 0) {
            return svg;
        }
        Matcher m = pattern.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length());
        int from = 0;
        while (at >= 0) {
            m.region(at, svg.length());
            if (m.lookingAt()) {
                sb.append(svg, from, at).append(replacement.apply(m));
                from = m.end();
                at = svg.indexOf(literal, from);
            } else {
                at = svg.indexOf(literal, at + 1);
            }
        }
        return sb.append(svg, from, svg.length()).toString();
    }

    /** "x,y" in whole tenths. */
    private static long[] tenths(String point) {
        int comma = point.indexOf(',');
        return new long[] {Math.round(Double.parseDouble(point.substring(0, comma)) * 10),
            Math.round(Double.parseDouble(point.substring(comma + 1)) * 10)};
    }

    /** Tenths as a decimal without a trailing ".0" (12, -3.5). */
    private static String decimal(long tenths) {
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        return (tenths < 0 ? "-" : "") + whole + (tenth == 0 ? "" : "." + tenth);
    }

    private static final Pattern CLIP_DEF = Pattern.compile("<clipPath id='([A-Za-z0-9_-]+)'><path d='[^']*'/></clipPath>");

    /** The clips nothing refers to any more, and the {@code <defs>} they leave empty, taken out. */
    static String unusedClips(String svg) {
        // The clips referred to, found in one pass rather than a search of the whole text for each clip.
        Set<String> used = new HashSet<>();
        String ref = "url(#";
        for (int at = svg.indexOf(ref); at >= 0; at = svg.indexOf(ref, at + ref.length())) {
            int end = svg.indexOf(')', at);
            if (end < 0) {
                break;
            }
            used.add(svg.substring(at + ref.length(), end));
        }
        return replaceEach(svg, "<clipPath id='", CLIP_DEF, m -> used.contains(m.group(1)) ? m.group() : "")
                .replace("<defs></defs>", "");
    }

    /** Each clip whose path is a box, as {left, top, right, bottom}. */
    static Map<String, double[]> boxes(String svg) {
        Map<String, double[]> boxes = new LinkedHashMap<>();
        Matcher m = CLIP.matcher(svg);
        while (m.find()) {
            double[] box = bounds(m.group(2));
            String d = m.group(2);
            // A box as the SVG writer writes one: four corners, from and back to the first.
            if (box != null && BOX.matcher(d).matches()) {
                boxes.put(m.group(1), box);
            }
        }
        return boxes;
    }

    /** The smallest box holding every point of a path of numbers, or null when it has none. */
    private static double[] bounds(String d) {
        Matcher n = NUMBER.matcher(d);
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        int k = 0;
        while (n.find()) {
            double v = Double.parseDouble(n.group());
            int axis = k++ % 2;
            box[axis] = Math.min(box[axis], v);
            box[axis + 2] = Math.max(box[axis + 2], v);
        }
        return k < 2 || k % 2 != 0 ? null : box;
    }

    /** True when every point of the path lies inside the clip's box (a path with curves or arcs never does). */
    private static boolean inside(String d, String clip, Map<String, double[]> boxes) {
        double[] box = boxes.get(clip);
        if (box == null || !STRAIGHT.matcher(d).matches()) {
            return false;
        }
        double[] b = bounds(d);
        return b != null && b[0] >= box[0] && b[1] >= box[1] && b[2] <= box[2] && b[3] <= box[3];
    }

    private static String groups(String svg, Map<String, double[]> boxes) {
        return replaceEach(svg, "<g", GROUP, m -> {
            String cls = m.group(1) == null ? "" : m.group(1);
            String clip = m.group(2) == null || inside(m.group(5), m.group(3), boxes) ? "" : m.group(2);
            String title = m.group(4);
            return "<path" + cls + clip + " d='" + m.group(5) + "'" + (title == null ? "/>" : ">" + title + "</path>");
        });
    }

    /** One run of lines and labels: each line's segment and attributes, in order, and the labels between. */
    private static String lines(String svg, Set<String> mergeable, Map<String, double[]> boxes) {
        StringBuilder out = new StringBuilder(svg.length());
        Matcher line = LINE.matcher(svg);
        Matcher text = TEXT.matcher(svg);
        int from = 0;
        int at = svg.indexOf("<line ");
        while (at >= 0) {
            out.append(svg, from, at);
            // The run: lines and labels one after another from here.
            List<Object> items = new ArrayList<>();
            Map<String, StringBuilder> paths = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            int end = at;
            while (end < svg.length()) {
                line.region(end, svg.length());
                text.region(end, svg.length());
                if (line.lookingAt()) {
                    String cls = line.group(5);
                    String segment = segment(line.group(1), line.group(2), line.group(3), line.group(4));
                    String clip = line.group(6) == null
                            || inside("M" + line.group(1) + "," + line.group(2) + "L" + line.group(3) + "," + line.group(4),
                            line.group(7), boxes) ? "" : line.group(6);
                    if (mergeable.contains(cls.substring(8, cls.length() - 1))) {
                        String key = cls + clip;
                        paths.computeIfAbsent(key, k -> new StringBuilder()).append(segment);
                        counts.merge(key, 1, Integer::sum);
                        items.add(new String[] {key, line.group()});
                    } else {
                        items.add("<line x1='" + line.group(1) + "' y1='" + line.group(2) + "' x2='" + line.group(3)
                                + "' y2='" + line.group(4) + "'" + cls + clip + "/>");
                    }
                    end = line.end();
                } else if (text.lookingAt()) {
                    items.add(text.group());
                    end = text.end();
                } else {
                    break;
                }
            }
            if (end == at) {
                // A line of another shape: left as it is.
                int close = svg.indexOf('>', at) + 1;
                out.append(svg, at, close);
                end = close;
            }
            for (Object item : items) {
                if (item instanceof String s) {
                    out.append(s);
                } else {
                    String[] merged = (String[]) item;
                    StringBuilder d = paths.remove(merged[0]);
                    if (d == null) {
                        continue;
                    }
                    if (counts.get(merged[0]) == 1) {
                        out.append(merged[1].replaceFirst(" clip-path='[^']*'", merged[0].contains("clip-path") ? "$0" : ""));
                    } else {
                        out.append("<path").append(merged[0]).append(" fill='none' d='").append(d).append("'/>");
                    }
                }
            }
            from = end;
            at = svg.indexOf("<line ", from);
        }
        out.append(svg, from, svg.length());
        return out.toString();
    }

    /** A line as a path's segment: {@code Mx1,y1Hx2} when level, {@code Mx1,y1Vy2} when upright, else {@code Mx1,y1Lx2,y2}. */
    static String segment(String x1, String y1, String x2, String y2) {
        if (y1.equals(y2)) {
            return "M" + x1 + "," + y1 + "H" + x2;
        }
        if (x1.equals(x2)) {
            return "M" + x1 + "," + y1 + "V" + y2;
        }
        return "M" + x1 + "," + y1 + "L" + x2 + "," + y2;
    }
}
