package dev.spc.charts.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's squeezing of a chart as it was written with patterns, before its scans: the reference the scans
 * are checked against, with one fix: a {@code <line } that never ends is left as it is, where the patterns'
 * loop went back to the start of the text for ever. (The steps that did not change, {@link SvgSqueeze#replaceEach},
 * {@link SvgSqueeze#unusedClips} and {@link SvgSqueeze#segment}, are the squeeze's own.)
 */
final class SvgSqueezeByPatterns {
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

    private SvgSqueezeByPatterns() {
    }

    static String squeeze(String svg, Set<String> mergeable) {
        Map<String, double[]> boxes = boxes(svg);
        return SvgSqueeze.unusedClips(relative(lines(groups(svg, boxes), mergeable, boxes)));
    }

    private static final Pattern PATH_DATA = Pattern.compile(" d='(M[0-9.\\-]+,[0-9.\\-]+(?:L[0-9.\\-]+,[0-9.\\-]+){2,}Z?)'");

    /**
     * Paths of straight segments (the data line, the marks) with each point after the first as a step from
     * the one before ({@code M657.5,247l5.2,9.4h-10.4z}): the same points, exactly, since every coordinate is
     * in tenths.
     */
    static String relative(String svg) {
        return SvgSqueeze.replaceEach(svg, " d='M", PATH_DATA, m -> {
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
    static double[] bounds(String d) {
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
        return SvgSqueeze.replaceEach(svg, "<g", GROUP, m -> {
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
                    String segment = SvgSqueeze.segment(line.group(1), line.group(2), line.group(3), line.group(4));
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
                // A line of another shape: left as it is (to the end of the text if it never ends).
                int close = svg.indexOf('>', at);
                close = close < 0 ? svg.length() : close + 1;
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
}
