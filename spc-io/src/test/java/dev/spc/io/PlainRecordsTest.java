package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rows that are plain (a metric, an ISO date and a plain number) are read straight from the CSV text; every
 * other row as a row of texts. Whichever way a row goes, the export is the same as when every row is read as
 * texts: the same series, points, notices and counts, or the same refusal. Texts are made at random from plain
 * rows and every kind of row that is not plain, long enough to cross the reader's buffers.
 */
class PlainRecordsTest {
    /** The rows of a source that is not CSV records, so that every row is read as texts. */
    private static RowSource asTexts(RowSource rows) {
        return new RowSource() {
            @Override
            public String[] next() {
                return rows.next();
            }

            @Override
            public int line() {
                return rows.line();
            }
        };
    }

    /** The export as text, or the refusal's message. */
    private static String read(String csv, ReadOptions options, boolean plainAllowed) {
        RowSource rows = new CsvRows(new StringReader(csv), ',', "t.csv");
        try {
            Export e = Reading.read(plainAllowed ? rows : asTexts(rows), "t.csv", "t", options, null, 0, ',',
                    List.of());
            StringBuilder sb = new StringBuilder();
            for (Series s : e) {
                sb.append(s.metric()).append(':');
                for (int i = 0; i < s.size(); i++) {
                    sb.append(' ').append(s.epochDay(i)).append('=').append(Double.doubleToRawLongBits(s.value(i)))
                            .append('/').append(Double.doubleToRawLongBits(s.numerator(i)))
                            .append('/').append(Double.doubleToRawLongBits(s.denominator(i)))
                            .append(s.target(i)).append(s.isGhost(i) ? "g" : "").append(s.isRebase(i) ? "r" : "")
                            .append(s.annotation(i).orElse(""));
                    s.subgroup(i).ifPresent(g -> sb.append('/').append(g.size()));
                }
                sb.append('\n');
            }
            sb.append(e.notices()).append('\n').append(e.counts());
            return sb.toString();
        } catch (DataException ex) {
            return "refused: " + ex.getMessage();
        }
    }

    /** Kinds of row that are not plain and are read: quoted, spaced, missing, totals, notes, blank, and more. */
    private static final int READ_KINDS = 12;

    /**
     * A row of the metric, date and value columns in that order: plain, or (one time in {@code notPlain}) one of
     * the kinds that are not, of those that are read or (with {@code refusals}) also of those refused.
     */
    private static String row(Random r, int metric, long day, int notPlain, boolean refusals) {
        String name = "Metric " + metric;
        String date = java.time.LocalDate.ofEpochDay(day).toString();
        String value = Double.toString(Math.round(r.nextGaussian() * 1e5) / 1000.0);
        if (notPlain == 0 || r.nextInt(notPlain) > 0) {
            return name + "," + date + "," + value;
        }
        return switch (r.nextInt(refusals ? READ_KINDS + 4 : READ_KINDS)) {
            case 0 -> "\"" + name + "\"," + date + "," + value;
            case 1 -> " " + name + " ,\t" + date + " , " + value + " ";
            case 2 -> name + "," + date + ",NA";
            case 3 -> name + "," + date + ",";
            case 4 -> "Total," + date + "," + value;
            case 5 -> "";
            case 6 -> name + ",,";
            case 7 -> "Café " + metric + "," + date + "," + value;
            case 8 -> name + "," + date + ",-" + value.replace("-", "");
            case 9 -> ",,";
            case 10 -> name + "," + date + "," + value.replace(".", "") + ".5";
            case 11 -> "\u000B" + name + "\u0001," + date + "," + value;
            // refused: a date of another format, a cell too many, a day the month lacks, a number too large
            case 12 -> name + "," + date.replace('-', '/') + "," + value;
            case 13 -> name + "," + date + "," + value + ",extra";
            case 14 -> name + "," + date.substring(0, 8) + "32," + value;
            default -> name + "," + date + ",12345678901234567";
        };
    }

    /** Columns of extras that may follow or lead the metric, date and value, and a cell of each when not blank. */
    private static final String[][] EXTRAS = {{"annotation", "a note"}, {"target", "95"}, {"ghost", "yes"},
        {"rebase", "1"}, {"comment", "free text"}};

    /**
     * The row with extra cells: those of {@code before} ahead of it and {@code after} behind, mostly blank,
     * one time in 20 filled (and so not plain).
     */
    private static String withExtras(String row, Random r, int before, int after) {
        if (row.isEmpty()) {
            return row;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < before; k++) {
            sb.append(r.nextInt(20) == 0 ? EXTRAS[k][1] : r.nextInt(4) == 0 ? " " : "").append(',');
        }
        sb.append(row);
        for (int k = before; k < before + after; k++) {
            sb.append(',').append(r.nextInt(20) == 0 ? EXTRAS[k][1] : "");
        }
        return sb.toString();
    }

    /**
     * A row of values made a row of ratios: the value as the numerator, and a denominator after it (blank when
     * the numerator is, now and then blank or not a number on its own).
     */
    private static String asRatio(String row, Random r, int notPlain, boolean refusals) {
        int comma = row.lastIndexOf(',');
        if (row.isEmpty() || comma < 0 || row.indexOf(',') == comma) {
            return row;
        }
        String numerator = row.substring(comma + 1).trim();
        String denominator = numerator.isEmpty() ? "" : Integer.toString(100 + r.nextInt(900));
        if (notPlain > 0 && r.nextInt(notPlain) == 0) {
            // A blank or missing denominator beside a numerator is refused.
            denominator = switch (r.nextInt(refusals ? 4 : 2)) {
                case 0 -> " 250 ";
                case 1 -> "\"300\"";
                case 2 -> "";
                default -> "NA";
            };
        }
        return row + "," + denominator;
    }

    private static String text(Random r, int rows, int notPlain, boolean refusals) {
        return text(r, rows, notPlain, refusals, false);
    }

    private static String text(Random r, int rows, int notPlain, boolean refusals, boolean ratios) {
        String end = switch (r.nextInt(3)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            default -> "\n";
        };
        int before = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0;
        int after = r.nextInt(3) == 0 ? r.nextInt(EXTRAS.length - before + 1) : 0;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < before; k++) {
            sb.append(EXTRAS[k][0]).append(',');
        }
        sb.append(ratios ? "metric,date,numerator," + (r.nextBoolean() ? "denominator" : "exposure") : "metric,date,value");
        for (int k = before; k < before + after; k++) {
            sb.append(',').append(EXTRAS[k][0]);
        }
        sb.append(end);
        int metrics = 1 + r.nextInt(5);
        long[] days = new long[metrics];
        java.util.Arrays.fill(days, 18_000);
        for (int i = 0; i < rows; i++) {
            int metric = r.nextInt(metrics);
            // Each metric's dates one after another (now and then a date again, when refusals are wanted).
            long day = refusals && r.nextInt(4000) == 0 ? days[metric] - 1 : days[metric]++;
            String row = row(r, metric, day, notPlain, refusals);
            sb.append(withExtras(ratios ? asRatio(row, r, notPlain, refusals) : row, r, before, after)).append(end);
        }
        if (r.nextBoolean()) {
            sb.setLength(sb.length() - end.length());
        }
        return sb.toString();
    }

    @Test
    void anExportReadsTheSameWhetherOrNotItsPlainRowsAreReadStraightFromTheText() {
        Random r = new Random(20261203);
        int refused = 0;
        int trials = 300;
        for (int trial = 0; trial < trials; trial++) {
            boolean refusals = trial % 3 == 0;
            int rows = r.nextInt(6) == 0 ? 3000 + r.nextInt(9000) : 1 + r.nextInt(60);
            String csv = text(r, rows, new int[] {0, 5, 50, 1000}[r.nextInt(4)], refusals, trial % 4 == 1);
            ReadOptions options = ReadOptions.defaults();
            switch (r.nextInt(5)) {
                case 0 -> options = options.missing(List.of("NA", "-1"));
                case 1 -> options = options.choose(m -> !m.endsWith("1"), "--metric");
                case 2 -> options = trial % 4 == 1
                        ? options.chartFor(m -> m.endsWith("2") ? ChartType.U : ChartType.P, Set.of(ChartType.U, ChartType.P))
                        : options.chartFor(m -> m.endsWith("2") ? ChartType.XBAR_R : ChartType.XMR,
                                Set.of(ChartType.XBAR_R, ChartType.XMR));
                default -> {
                    // the defaults
                }
            }
            String texts = read(csv, options, false);
            assertEquals(texts, read(csv, options, true), csv.length() > 2000 ? csv.substring(0, 2000) : csv);
            if (texts.startsWith("refused")) {
                refused++;
            }
        }
        // Both outcomes are checked: exports read, and refusals.
        assertTrue(refused > 10 && refused < trials / 2, refused + " of " + trials + " refused");
    }

    @Test
    void aMarkerThatIsANumberKeepsRowsOfThatNumberMissing() {
        String csv = "metric,date,value\nA,2024-01-01,-1\nA,2024-02-01,5\nA,2024-03-01,-1\nA,2024-04-01,7\n";
        String read = read(csv, ReadOptions.defaults().missing(List.of("-1")), true);
        assertEquals(read(csv, ReadOptions.defaults().missing(List.of("-1")), false), read);
        assertTrue(read.contains("=" + Double.doubleToRawLongBits(Double.NaN)), read);
    }

    @Test
    void aLongPlainExportOfRatiosIsReadStraightFromTheText() {
        String csv = text(new Random(5), 20_000, 0, false, true);
        ReadOptions p = ReadOptions.defaults().chart(ChartType.P);
        assertEquals(read(csv, p, false), read(csv, p, true));
    }

    @Test
    void aLongPlainExportIsReadStraightFromTheText() {
        // A plain export is read the same; the rows go the plain way (the buffer's width of rows at a time).
        String csv = text(new Random(4), 20_000, 0, false).toLowerCase(Locale.ROOT);
        assertEquals(read(csv, ReadOptions.defaults(), false), read(csv, ReadOptions.defaults(), true));
    }
}
