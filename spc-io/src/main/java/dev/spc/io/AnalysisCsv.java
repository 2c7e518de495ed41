package dev.spc.io;

import dev.spc.core.Analysis;
import dev.spc.core.result.RunStatistics;
import dev.spc.core.series.Period;
import dev.spc.core.series.Series;
import dev.spc.core.series.Subgroup;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import dev.spc.core.spec.ChartType;

/**
 * Analyses written straight to CSV, an analysis at a time: the tables of {@link AnalysisTables} (the same
 * columns, cells and bytes, as {@link CsvWriter} writes them) without building a table first, so that a
 * long run writes as it goes and holds nothing.
 */
public final class AnalysisCsv {
    private AnalysisCsv() {
    }

    /** The header of the table of points, with the optional columns as asked. */
    public static void pointsHeader(Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups)
            throws IOException {
        pointsHeader(w, style, ratios, subgroups, Set.of());
    }

    /**
     * The header of the table of points, with the optional columns as asked, then the statistics of the
     * charts named ({@code cusum_upper,cusum_lower} for CUSUM charts, {@code ewma} for EWMA charts).
     */
    public static void pointsHeader(Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups,
            Set<ChartType> statistics) throws IOException {
        List<String> names = new java.util.ArrayList<>(AnalysisTables.POINT_COLUMNS);
        if (ratios) {
            names.addAll(AnalysisTables.POINT_INPUT_COLUMNS.subList(0, 2));
        }
        if (subgroups) {
            names.add(AnalysisTables.POINT_INPUT_COLUMNS.get(2));
        }
        if (statistics.contains(ChartType.CUSUM)) {
            names.addAll(AnalysisTables.CUSUM_COLUMNS);
        }
        if (statistics.contains(ChartType.EWMA)) {
            names.addAll(AnalysisTables.EWMA_COLUMNS);
        }
        names.addAll(AnalysisTables.BOUNDED_COLUMNS);
        header(w, style, names);
    }

    /** The rows of one analysis' points, with the optional columns as asked. */
    public static void points(Analysis a, Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups)
            throws IOException {
        points(a, w, style, ratios, subgroups, Set.of());
    }

    /**
     * The rows of one analysis' points, with the optional columns as asked and the statistics of the charts
     * named (empty cells where this analysis is not of that chart).
     */
    public static void points(Analysis a, Writer w, CsvWriter.Style style, boolean ratios, boolean subgroups,
            Set<ChartType> statistics) throws IOException {
        Cells c = new Cells(style);
        Series s = a.series();
        String metric = CsvWriter.text(a.metric());
        for (int i = 0; i < a.size(); i++) {
            double value = a.value(i);
            c.line.append(metric).append(',');
            c.date(a, i);
            c.number(value);
            c.line(0, a.centre(i));
            c.line(1, a.lowerLimit(i));
            c.line(2, a.upperLimit(i));
            c.text(Double.isNaN(value) ? "" : a.pointClass(i).id());
            c.text(AnalysisTables.ruleIds(a.rules(i)));
            c.line.append(a.phase(i)).append(',');
            c.line(3, a.lowerTwoSigma(i));
            c.line(4, a.upperTwoSigma(i));
            c.line(5, a.sigma(i));
            c.line.append(s.isGhost(i)).append(',');
            c.line.append(s.isGap(i)).append(',');
            c.line(6, a.target(i).orElse(Double.NaN));
            c.text(s.annotation(i).orElse(""));
            if (ratios) {
                c.number(s.numerator(i));
                c.number(s.denominator(i));
            }
            if (subgroups) {
                Subgroup g = s.subgroup(i).orElse(null);
                if (g != null) {
                    c.line.append(g.size());
                }
                c.line.append(',');
            }
            if (statistics.contains(ChartType.CUSUM)) {
                c.number(a.cusumUpper(i));
                c.number(a.cusumLower(i));
            }
            if (statistics.contains(ChartType.EWMA)) {
                c.number(a.ewma(i));
            }
            c.line(7, a.boundedLowerLimit(i));
            c.line(8, a.boundedUpperLimit(i));
            c.end(w);
        }
    }

    /** The header of the summary table. */
    public static void summaryHeader(Writer w, CsvWriter.Style style) throws IOException {
        header(w, style, AnalysisTables.SUMMARY_COLUMNS);
    }

    /** The summary row of one analysis. */
    public static void summary(Analysis a, Writer w, CsvWriter.Style style) throws IOException {
        Cells c = new Cells(style);
        OptionalInt latest = a.latestIndex();
        c.text(a.metric());
        c.line.append(a.pointCount()).append(',');
        if (latest.isPresent()) {
            int i = latest.getAsInt();
            c.date(a, i);
            c.number(a.value(i));
            c.number(a.centre(i));
            c.number(a.lowerLimit(i));
            c.number(a.upperLimit(i));
            OptionalDouble t = a.target(i);
            c.number(t.orElse(Double.NaN));
        } else {
            c.line.append(",,,,,");
            c.number(a.spec().target().orElse(Double.NaN));
        }
        c.text(a.variation().id());
        c.text(a.assurance().id());
        c.text(a.spec().direction().id());
        c.text(a.chart().id());
        c.line.append(a.phases().size()).append(',');
        if (latest.isPresent()) {
            int i = latest.getAsInt();
            c.text(a.pointClass(i).id());
            c.text(AnalysisTables.ruleIds(a.rules(i)));
        } else {
            c.line.append(",,");
        }
        c.text(a.explanation());
        RunStatistics runs = a.runStatistics();
        c.line.append(runs.usefulPoints()).append(',').append(runs.longestRun()).append(',')
                .append(runs.longestRunLimit()).append(',').append(runs.crossings()).append(',')
                .append(runs.crossingsMinimum()).append(',');
        if (latest.isPresent()) {
            c.number(a.boundedLowerLimit(latest.getAsInt()));
            c.number(a.boundedUpperLimit(latest.getAsInt()));
        } else {
            c.line.append(",,");
        }
        c.end(w);
    }

    private static void header(Writer w, CsvWriter.Style style, List<String> names) throws IOException {
        if (style.excel()) {
            w.write('\uFEFF');
        }
        StringBuilder b = new StringBuilder(256);
        for (String n : names) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(CsvWriter.quote(n));
        }
        w.write(b.append(style.lineEnd()).toString());
    }

    /** One line's cells, each followed by a comma (the last dropped at the line's end). */
    private static final class Cells {
        final StringBuilder line = new StringBuilder(256);
        /** The line's characters, handed to the writer without a String made of them. */
        private char[] chars = new char[256];
        final CsvWriter.Style style;

        Cells(CsvWriter.Style style) {
            this.style = style;
        }

        /** The last number written in each line's column, and its text: a line is level within a phase. */
        private final long[] lastBits = new long[9];
        private final String[] lastText = new String[9];

        /** A number of a column whose values repeat from row to row (a centre line, a limit), formatted once. */
        void line(int column, double v) {
            if (Double.isNaN(v)) {
                line.append(',');
                return;
            }
            long bits = Double.doubleToRawLongBits(v);
            if (lastText[column] == null || lastBits[column] != bits) {
                lastBits[column] = bits;
                lastText[column] = style.number(v);
            }
            line.append(lastText[column]).append(',');
        }

        /** A number, or an empty cell for one that does not exist (NaN). */
        void number(double v) {
            if (!Double.isNaN(v)) {
                style.append(line, v);
            }
            line.append(',');
        }

        /** Point i's date, or its number when the points are numbered rather than dated. */
        void date(Analysis a, int i) {
            if (a.series().period().orElse(null) == Period.SEQUENCE) {
                line.append(Period.numberOf(a.date(i))).append(',');
            } else {
                IsoDays.append(line, a.series().epochDay(i)).append(',');
            }
        }

        void text(String s) {
            line.append(CsvWriter.text(s)).append(',');
        }

        void end(Writer w) throws IOException {
            line.setLength(line.length() - 1);
            line.append(style.lineEnd());
            int n = line.length();
            if (n > chars.length) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            line.getChars(0, n, chars, 0);
            w.write(chars, 0, n);
            line.setLength(0);
        }
    }
}
