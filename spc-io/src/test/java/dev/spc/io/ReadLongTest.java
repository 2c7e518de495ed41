package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.Direction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows given as their cells' text, read by the rules of a long CSV file; the columns reading would take. */
class ReadLongTest {
    private static final List<String> HEADER = List.of("metric", "date", "value");

    private static Export read(String[]... rows) {
        return ExportReader.readLong(HEADER, List.of(rows).iterator(), "rows", "series", ReadOptions.defaults());
    }

    @Test
    void rowsAreReadAsAFilesRowsAndPutInDateOrder() {
        Export e = read(new String[] {"B", "01/02/2024", "7.5%"}, new String[] {"A", "01/03/2024", "2"},
                new String[] {"B", "01/01/2024", "5%"}, new String[] {"A", "01/02/2024", "NA"});
        assertEquals(List.of("B", "A"), e.metrics(), "in the order first met");
        Series b = e.series().get(0);
        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)), List.of(b.date(0), b.date(1)));
        assertEquals(5.0, b.value(0), "5% reads as 5, as in a file (CellsTest)");
        assertEquals("%", b.unit());
        Series a = e.series().get(1);
        // The column's dates read both ways: day-first, as the UK writes them (DateReaderTest).
        assertEquals(LocalDate.of(2024, 2, 1), a.date(0));
        assertEquals(Double.NaN, a.value(0), "NA is a gap");
        assertEquals(2.0, a.value(1));
    }

    @Test
    void aBadCellIsRefusedWithItsRowCountedAsInAFile() {
        DataException e = assertThrows(DataException.class,
                () -> read(new String[] {"A", "2024-01-01", "1"}, new String[] {"A", "2024-02-01", "abc"}));
        assertEquals(3, e.row(), "the header is row 1, the rows given are rows 2 and 3");
        assertEquals("value", e.column());
        assertEquals("rows", e.source());
    }

    @Test
    void theMetricAndDateColumnsAreTheOnesReadingTakes() {
        List<String> header = List.of("Indicator", "Period", "Value", "Date");
        assertEquals("Indicator", ExportReader.metricColumn(header, ReadOptions.defaults()));
        assertEquals("Date", ExportReader.dateColumn(header, ReadOptions.defaults()), "date before period");
        assertEquals("Period", ExportReader.dateColumn(header, ReadOptions.defaults().dateColumn("period")));
        assertNull(ExportReader.metricColumn(List.of("date", "value"), ReadOptions.defaults()));
        assertNull(ExportReader.metricColumn(header, ReadOptions.defaults().metricColumn("kpi")));
    }

    @Test
    void settingsReadFromAStreamAsFromAFile() {
        String text = "metric,direction,target\nA,increase,95\n";
        Settings s = Settings.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "settings", null);
        ChartSpec spec = s.specFor("A", ChartSpec.builder().build());
        assertEquals(Direction.INCREASE, spec.direction());
        assertEquals(95.0, spec.target().getAsDouble());
        assertEquals(ChartSpec.builder().build(), s.specFor("B", ChartSpec.builder().build()), "no row: the defaults");
    }
}
