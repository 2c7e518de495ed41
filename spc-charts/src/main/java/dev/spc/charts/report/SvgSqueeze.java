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
    private static final Pattern CLIP = Pattern.compile("<clipPath id='([A-Za-z0-9_-]+)'><path d='([^']*)'/></clipPath>");
    private static final Pattern GROUP = Pattern.compile("<g( class='s\\d+')?( clip-path='url\\(#([A-Za-z0-9_-]+)\\)')?>"
            + "(<title>[^<]*</title>)?<path d='([^']*)'/></g>");
    /** A box as the SVG writer writes one: four corners, from and back to the first. */
    private static final Pattern BOX = Pattern.compile("M[^A-Z]+L[^A-Z]+L[^A-Z]+L[^A-Z]+(L[^A-Z]+)?Z");

    private SvgSqueeze() {
    }

    /**
     * @param mergeable the classes of solid lines, whose lines may be joined into one path
     */
    static String squeeze(String svg, Set<String> mergeable) {
        Map<String, double[]> boxes = boxes(svg);
        return unusedClips(relative(lines(groups(svg, boxes), mergeable, boxes)));
    }

    /**
     * Paths of straight segments (the data line, the marks) with each point after the first as a step from
     * the one before ({@code M657.5,247l5.2,9.4h-10.4z}): the same points, exactly, since every coordinate is
     * in tenths. A path is rewritten when its data is {@code M} and a point, two or more {@code L} and a point,
     * and perhaps {@code Z}, each coordinate written with digits, points and minus signs only.
     */
    static String relative(String svg) {
        String open = " d='M";
        int at = svg.indexOf(open);
        if (at < 0) {
            return svg;
        }
        StringBuilder out = new StringBuilder(svg.length());
        PathData path = new PathData();
        int from = 0;
        while (at >= 0) {
            int end = path.read(svg, at + open.length() - 1);
            if (end >= 0) {
                out.append(svg, from, at).append(" d='");
                path.writeRelative(svg, out);
                out.append('\'');
                from = end;
                at = svg.indexOf(open, from);
            } else {
                at = svg.indexOf(open, at + 1);
            }
        }
        return out.append(svg, from, svg.length()).toString();
    }

    /**
     * The data of a path of straight segments, {@code M x,y (L x,y){2,} Z? '}, read where it starts: the
     * coordinates' places in the text, each a run of digits, points and minus signs.
     */
    private static final class PathData {
        /** The start and end of each coordinate, x then y, point after point. */
        private int[] bounds = new int[64];
        private int coordinates;
        private boolean closed;

        /** The index after the closing quote of the data that starts at {@code m} (an {@code M}), or -1. */
        int read(String s, int m) {
            coordinates = 0;
            int i = m + 1;
            int points = 0;
            while (true) {
                int x = run(s, i);
                if (x == i || x >= s.length() || s.charAt(x) != ',') {
                    return -1;
                }
                int y = run(s, x + 1);
                if (y == x + 1) {
                    return -1;
                }
                add(i, x);
                add(x + 1, y);
                points++;
                if (y < s.length() && s.charAt(y) == 'L') {
                    i = y + 1;
                    continue;
                }
                closed = y < s.length() && s.charAt(y) == 'Z';
                int quote = closed ? y + 1 : y;
                if (points < 3 || quote >= s.length() || s.charAt(quote) != '\'') {
                    return -1;
                }
                return quote + 1;
            }
        }

        /** The end of the run of digits, points and minus signs from {@code i}. */
        private static int run(String s, int i) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if ((c < '0' || c > '9') && c != '.' && c != '-') {
                    break;
                }
                i++;
            }
            return i;
        }

        private void add(int start, int end) {
            if (coordinates + 2 > bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[coordinates++] = start;
            bounds[coordinates++] = end;
        }

        /** The first point as written, then each point as a step from the one before, in tenths. */
        void writeRelative(String s, StringBuilder r) {
            r.append('M').append(s, bounds[0], bounds[1]).append(',').append(s, bounds[2], bounds[3]);
            long lastX = tenths(s, bounds[0], bounds[1]);
            long lastY = tenths(s, bounds[2], bounds[3]);
            char previous = 'M';
            for (int k = 4; k < coordinates; k += 4) {
                long x = tenths(s, bounds[k], bounds[k + 1]);
                long y = tenths(s, bounds[k + 2], bounds[k + 3]);
                long dx = x - lastX;
                long dy = y - lastY;
                char command = dy == 0 ? 'h' : dx == 0 ? 'v' : 'l';
                // A repeated command may be left out (only between numbers that a sign or a space keeps apart).
                if (command != previous) {
                    r.append(command);
                } else if (!(dx < 0 && command != 'v' || command == 'v' && dy < 0)) {
                    r.append(' ');
                }
                if (command == 'h') {
                    decimal(dx, r);
                } else if (command == 'v') {
                    decimal(dy, r);
                } else {
                    decimal(dx, r);
                    if (dy >= 0) {
                        r.append(',');
                    }
                    decimal(dy, r);
                }
                previous = command;
                lastX = x;
                lastY = y;
            }
            if (closed) {
                r.append('z');
            }
        }
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

    /** A coordinate in whole tenths: its value, as Java reads the text, times ten, rounded. */
    private static long tenths(String s, int start, int end) {
        return Math.round(number(s, start, end) * 10);
    }

    /** Tenths as a decimal without a trailing ".0" (12, -3.5). */
    private static void decimal(long tenths, StringBuilder out) {
        if (tenths < 0) {
            out.append('-');
        }
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        out.append(whole);
        if (tenth != 0) {
            out.append('.').append(tenth);
        }
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /**
     * The number the text from {@code start} to {@code end} is, exactly as {@link Double#parseDouble} reads it
     * (which reads any text this does not: other forms, and those that are no number, which it refuses). A
     * plain decimal of at most 15 digits is read without making a string: its digits as a whole number are
     * exact in a double, as is the power of ten, so the one division rounds as the decimal's value rounds.
     */
    static double number(String s, int start, int end) {
        int i = start;
        boolean negative = i < end && s.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                count = -1;
                break;
            }
        }
        if (count < 1 || count > 15 || decimals == 0) {
            return Double.parseDouble(s.substring(start, end));
        }
        double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return negative ? -value : value;
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
        // Every clip starts so: the pattern is tried only there, rather than at every character.
        String open = "<clipPath id='";
        for (int at = svg.indexOf(open); at >= 0; ) {
            m.region(at, svg.length());
            if (!m.lookingAt()) {
                at = svg.indexOf(open, at + 1);
                continue;
            }
            String d = m.group(2);
            // A box as the SVG writer writes one: four corners, from and back to the first.
            double[] box = BOX.matcher(d).matches() ? bounds(d) : null;
            if (box != null) {
                boxes.put(m.group(1), box);
            }
            at = svg.indexOf(open, m.end());
        }
        return boxes;
    }

    /**
     * The smallest box holding every point of a path of numbers, or null when it has none: the numbers are the
     * runs a search for {@code -?[0-9]+(\.[0-9]+)?} finds, read by a scan.
     */
    static double[] bounds(String d) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        int k = 0;
        int n = d.length();
        int i = 0;
        while (i < n) {
            char c = d.charAt(i);
            int start = i;
            if (c == '-' && i + 1 < n && isDigit(d.charAt(i + 1))) {
                i++;
            } else if (!isDigit(c)) {
                i++;
                continue;
            }
            while (i < n && isDigit(d.charAt(i))) {
                i++;
            }
            if (i + 1 < n && d.charAt(i) == '.' && isDigit(d.charAt(i + 1))) {
                i += 2;
                while (i < n && isDigit(d.charAt(i))) {
                    i++;
                }
            }
            double v = number(d, start, i);
            int axis = k++ % 2;
            box[axis] = Math.min(box[axis], v);
            box[axis + 2] = Math.max(box[axis + 2], v);
        }
        return k < 2 || k % 2 != 0 ? null : box;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when the path is made of straight segments only: {@code M}, {@code L}, {@code Z} and numbers. */
    private static boolean straight(String d) {
        if (d.isEmpty()) {
            return false;
        }
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (!isDigit(c) && c != 'M' && c != 'L' && c != 'Z' && c != '.' && c != ',' && c != '-' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** True when every point of the path lies inside the clip's box (a path with curves or arcs never does). */
    private static boolean inside(String d, String clip, Map<String, double[]> boxes) {
        double[] box = boxes.get(clip);
        if (box == null || !straight(d)) {
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
        Line line = new Line();
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
                int next;
                if ((next = line.read(svg, end)) >= 0) {
                    String cls = line.group(svg, Line.CLASS);
                    String x1 = line.group(svg, Line.X1);
                    String y1 = line.group(svg, Line.Y1);
                    String x2 = line.group(svg, Line.X2);
                    String y2 = line.group(svg, Line.Y2);
                    String segment = segment(x1, y1, x2, y2);
                    String clip = !line.clipped()
                            || inside("M" + x1 + "," + y1 + "L" + x2 + "," + y2, line.group(svg, Line.CLIP_ID), boxes)
                            ? "" : line.group(svg, Line.CLIP);
                    if (mergeable.contains(cls.substring(8, cls.length() - 1))) {
                        String key = cls + clip;
                        paths.computeIfAbsent(key, k -> new StringBuilder()).append(segment);
                        counts.merge(key, 1, Integer::sum);
                        items.add(new String[] {key, svg.substring(end, next)});
                    } else {
                        items.add("<line x1='" + x1 + "' y1='" + y1 + "' x2='" + x2 + "' y2='" + y2 + "'" + cls + clip
                                + "/>");
                    }
                    end = next;
                } else if ((next = label(svg, end)) >= 0) {
                    items.add(svg.substring(end, next));
                    end = next;
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
                        out.append(merged[0].contains("clip-path") ? merged[1] : withoutClip(merged[1]));
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

    /** The tag without its first {@code clip-path} attribute, if it has one. */
    private static String withoutClip(String tag) {
        String attribute = " clip-path='";
        int at = tag.indexOf(attribute);
        int end = at < 0 ? -1 : tag.indexOf('\'', at + attribute.length());
        return end < 0 ? tag : tag.substring(0, at) + tag.substring(end + 1);
    }

    /**
     * The end of a label {@code <text A>T</text>} (no {@code >} in A, no {@code <} in T) that starts at
     * {@code at}, or -1.
     */
    private static int label(String svg, int at) {
        if (!svg.startsWith("<text ", at)) {
            return -1;
        }
        int tagEnd = svg.indexOf('>', at + "<text ".length());
        int textEnd = tagEnd < 0 ? -1 : svg.indexOf('<', tagEnd + 1);
        return textEnd >= 0 && svg.startsWith("</text>", textEnd) ? textEnd + "</text>".length() : -1;
    }

    /**
     * A line as the SVG writer writes one, read where it starts:
     * {@code <line x1='X1' y1='Y1' x2='X2' y2='Y2' class='sN'/>}, with {@code  clip-path='url(#ID)'} before the
     * end when clipped (the values without quotes, N digits, ID letters, digits, {@code _} and {@code -}).
     */
    private static final class Line {
        static final int X1 = 0;
        static final int Y1 = 1;
        static final int X2 = 2;
        static final int Y2 = 3;
        /** {@code  class='sN'}, with its leading space. */
        static final int CLASS = 4;
        /** {@code  clip-path='url(#ID)'}, with its leading space. */
        static final int CLIP = 5;
        static final int CLIP_ID = 6;
        private static final String[] BEFORE = {"<line x1='", "' y1='", "' x2='", "' y2='"};

        private final int[] starts = new int[7];
        private final int[] ends = new int[7];

        /** The end of the line that starts at {@code at}, or -1 when none does. */
        int read(String s, int at) {
            int i = at;
            for (int g = X1; g <= Y2; g++) {
                if (!s.startsWith(BEFORE[g], i)) {
                    return -1;
                }
                starts[g] = i + BEFORE[g].length();
                ends[g] = s.indexOf('\'', starts[g]);
                if (ends[g] < 0) {
                    return -1;
                }
                i = ends[g];
            }
            // The closing quote of y2, then the class.
            if (!s.startsWith("' class='s", i)) {
                return -1;
            }
            starts[CLASS] = i + 1;
            int digits = digits(s, i + "' class='s".length());
            if (digits == i + "' class='s".length() || !s.startsWith("'", digits)) {
                return -1;
            }
            ends[CLASS] = digits + 1;
            i = ends[CLASS];
            starts[CLIP] = -1;
            String clip = " clip-path='url(#";
            if (s.startsWith(clip, i)) {
                int id = i + clip.length();
                int idEnd = id;
                while (idEnd < s.length() && isIdCharacter(s.charAt(idEnd))) {
                    idEnd++;
                }
                if (idEnd > id && s.startsWith(")'/>", idEnd)) {
                    starts[CLIP] = i;
                    ends[CLIP] = idEnd + 2;
                    starts[CLIP_ID] = id;
                    ends[CLIP_ID] = idEnd;
                    return idEnd + ")'/>".length();
                }
            }
            return s.startsWith("/>", i) ? i + 2 : -1;
        }

        boolean clipped() {
            return starts[CLIP] >= 0;
        }

        String group(String s, int g) {
            return s.substring(starts[g], ends[g]);
        }

        private static int digits(String s, int i) {
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isIdCharacter(char c) {
            return isDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '-';
        }
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
