package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.Direction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A Tablesaw table of any column types reads as the same data in a CSV export would, and analyses back out. */
class SpcTablesTest {
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    /** Two metrics of 15 months: A rises 1 a month; B is 10 then 30 from the tenth month. */
    static Table typed() {
        StringColumn metric = StringColumn.create("Metric");
        DateColumn date = DateColumn.create("date");
        DoubleColumn value = DoubleColumn.create("value");
        BooleanColumn ghost = BooleanColumn.create("ghost");
        for (String m : List.of("A", "B")) {
            for (int i = 0; i < 15; i++) {
                metric.append(m);
                date.append(START.plusMonths(i));
                value.append(m.equals("A") ? 0.5 + i : i < 9 ? 10 : 30);
                ghost.append(m.equals("B") && i == 3);
            }
        }
        value.setMissing(4);
        return Table.create("ipr", metric, date, value, ghost);
    }

    /** The same data as a CSV export. */
    static String csv() {
        StringBuilder sb = new StringBuilder("metric,date,value,ghost\n");
        for (String m : List.of("A", "B")) {
            for (int i = 0; i < 15; i++) {
                String v = m.equals("A") ? (i == 4 ? "" : Double.toString(0.5 + i)) : i < 9 ? "10" : "30";
                sb.append(m).append(',').append(START.plusMonths(i)).append(',').append(v).append(',')
                        .append(m.equals("B") && i == 3 ? "yes" : "").append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void aTypedTableReadsAsTheSameCsvExport() {
        List<Series> fromTable = SpcTables.series(typed());
        Export fromCsv = ExportReader.read(new ByteArrayInputStream(csv().getBytes(StandardCharsets.UTF_8)), "ipr.csv",
                ReadOptions.defaults());
        assertEquals(fromCsv.series(), fromTable);
        assertEquals(2, fromTable.size());
        assertTrue(fromTable.get(0).isGap(4));
        assertTrue(fromTable.get(1).isGhost(3));
    }

    @Test
    void analysesComeBackAsTablesWithTheCommandLinesColumns() {
        ChartSpec spec = ChartSpec.builder().direction(Direction.INCREASE).build();
        List<Analysis> analyses = SpcTables.analyse(typed(), spec);
        assertEquals(Spc.analyseAll(SpcTables.series(typed()), m -> spec), analyses);
        Table points = SpcTables.points(analyses);
        assertEquals(AnalysisTables.POINT_COLUMNS, points.columnNames().subList(0, AnalysisTables.POINT_COLUMNS.size()));
        assertEquals(30, points.rowCount());
        Table summary = SpcTables.summary(analyses);
        assertEquals(AnalysisTables.SUMMARY_COLUMNS, summary.columnNames());
        // B: nine points of 10 then six of 30, the fourth (a 10) ghosted: mean 260 / 14 = 18.57, AMR 20 / 13
        // (one jump of 20 among 13 moving ranges), upper limit 18.57 + 2.66 x 1.54 = 22.66. The last point
        // is above it, and the last six are a shift (docs/methods.md, sections 2 and 3): improvement, high.
        assertEquals("improvement_high", summary.stringColumn("variation").get(1));
    }

    @Test
    void datesMayBeDateTimesAndCountsWholeNumbers() {
        StringColumn metric = StringColumn.create("metric");
        DateTimeColumn when = DateTimeColumn.create("date");
        IntColumn numerator = IntColumn.create("numerator");
        IntColumn denominator = IntColumn.create("denominator");
        for (int i = 0; i < 13; i++) {
            metric.append("Readmissions");
            when.append(LocalDateTime.of(2024, 1, 1, 9, 30).plusMonths(i));
            numerator.append(5 + i % 3);
            denominator.append(100);
        }
        Table t = Table.create("readmissions", metric, when, numerator, denominator);
        Series s = SpcTables.series(t, ReadOptions.defaults().chart(ChartType.P)).get(0);
        assertEquals(START, s.date(0));
        // 5, 6, 7 of 100 in turn: the first point's proportion is 5 / 100.
        assertEquals(0.05, s.value(0), 0);
        assertEquals(100, s.denominator(12), 0);
    }

    @Test
    void aCellThatCannotBeUsedIsNamedByTableRowAndColumn() {
        Table t = typed();
        t.stringColumn("Metric").set(2, "");
        DataException e = assertThrows(DataException.class, () -> SpcTables.series(t));
        assertEquals("table 'ipr', row 3, column 'Metric': the metric name is blank. Give every row the name of "
                + "its metric", e.getMessage());
    }
}
