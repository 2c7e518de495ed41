package dev.spc.io;

import dev.spc.core.Analysis;
import dev.spc.core.result.PointClass;
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
        byte[] metric = CsvLine.textCell(a.metric());
        boolean numbered = numbered(a);
        boolean cusum = statistics.contains(ChartType.CUSUM);
        boolean ewma = statistics.contains(ChartType.EWMA);
        CsvLine line = c.line;
        for (int i = 0; i < a.size(); i++) {
            double value = a.value(i);
            line.raw(metric);
            date(line, a, i, numbered);
            line.number(value);
            c.line(0, a.centre(i));
            c.line(1, a.lowerLimit(i));
            c.line(2, a.upperLimit(i));
            if (Double.isNaN(value)) {
                line.empty();
            } else {
                c.pointClass(a.pointClass(i));
            }
            line.text(AnalysisTables.ruleIds(a.rules(i)));
            line.whole(a.phase(i));
            c.line(3, a.lowerTwoSigma(i));
            c.line(4, a.upperTwoSigma(i));
            c.line(5, a.sigma(i));
            line.flag(s.isGhost(i));
            line.flag(s.isGap(i));
            c.line(6, a.target(i).orElse(Double.NaN));
            line.text(s.annotation(i).orElse(""));
            if (ratios) {
                line.number(s.numerator(i));
                line.number(s.denominator(i));
            }
            if (subgroups) {
                Subgroup g = s.subgroup(i).orElse(null);
                if (g != null) {
                    line.whole(g.size());
                } else {
                    line.empty();
                }
            }
            if (cusum) {
                line.number(a.cusumUpper(i));
                line.number(a.cusumLower(i));
            }
            if (ewma) {
                line.number(a.ewma(i));
            }
            c.line(7, a.boundedLowerLimit(i));
            c.line(8, a.boundedUpperLimit(i));
            line.end(w);
        }
    }

    /** The header of the summary table. */
    public static void summaryHeader(Writer w, CsvWriter.Style style) throws IOException {
        header(w, style, AnalysisTables.SUMMARY_COLUMNS);
    }

    /** The summary row of one analysis. */
    public static void summary(Analysis a, Writer w, CsvWriter.Style style) throws IOException {
        CsvLine c = new CsvLine(style);
        OptionalInt latest = a.latestIndex();
        c.text(a.metric());
        c.whole(a.pointCount());
        if (latest.isPresent()) {
            int i = latest.getAsInt();
            date(c, a, i, numbered(a));
            c.number(a.value(i));
            c.number(a.centre(i));
            c.number(a.lowerLimit(i));
            c.number(a.upperLimit(i));
            OptionalDouble t = a.target(i);
            c.number(t.orElse(Double.NaN));
        } else {
            c.empty().empty().empty().empty().empty();
            c.number(a.spec().target().orElse(Double.NaN));
        }
        c.text(a.variation().id());
        c.text(a.assurance().id());
        c.text(a.spec().direction().id());
        c.text(a.chart().id());
        c.whole(a.phases().size());
        if (latest.isPresent()) {
            int i = latest.getAsInt();
            c.text(a.pointClass(i).id());
            c.text(AnalysisTables.ruleIds(a.rules(i)));
        } else {
            c.empty().empty();
        }
        c.text(a.explanation());
        RunStatistics runs = a.runStatistics();
        c.whole(runs.usefulPoints()).whole(runs.longestRun()).whole(runs.longestRunLimit()).whole(runs.crossings())
                .whole(runs.crossingsMinimum());
        if (latest.isPresent()) {
            c.number(a.boundedLowerLimit(latest.getAsInt()));
            c.number(a.boundedUpperLimit(latest.getAsInt()));
        } else {
            c.empty().empty();
        }
        c.end(w);
    }

    /** Whether an analysis' points are numbered rather than dated. */
    private static boolean numbered(Analysis a) {
        return a.series().period().orElse(null) == Period.SEQUENCE;
    }

    /** Point i's date cell, or its number's when the points are numbered. */
    private static void date(CsvLine line, Analysis a, int i, boolean numbered) {
        if (numbered) {
            line.whole(Period.numberOf(a.date(i)));
        } else {
            line.date(a.series().epochDay(i));
        }
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

    /** A line of points and what repeats from line to line: the lines of a phase, the point classes. */
    private static final class Cells {
        final CsvLine line;
        private final CsvWriter.Style style;

        Cells(CsvWriter.Style style) {
            this.style = style;
            this.line = new CsvLine(style);
        }

        /** The last number written in each line's column, and its cell: a line is level within a phase. */
        private final long[] lastBits = new long[9];
        private final byte[][] lastCell = new byte[9][];
        private final byte[][] pointClasses = new byte[PointClass.values().length][];

        /** A number of a column whose values repeat from row to row (a centre line, a limit), formatted once. */
        void line(int column, double v) {
            if (Double.isNaN(v)) {
                line.empty();
                return;
            }
            long bits = Double.doubleToRawLongBits(v);
            if (lastCell[column] == null || lastBits[column] != bits) {
                lastBits[column] = bits;
                lastCell[column] = CsvLine.bytes(style.number(v) + ',');
            }
            line.raw(lastCell[column]);
        }

        /** A point's class, its cell made once. */
        void pointClass(PointClass p) {
            byte[] cell = pointClasses[p.ordinal()];
            if (cell == null) {
                cell = CsvLine.textCell(p.id());
                pointClasses[p.ordinal()] = cell;
            }
            line.raw(cell);
        }
    }
}
