package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.series.Series;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReaderTest {
    @TempDir
    Path dir;

    Export read(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return ExportReader.read(p, ReadOptions.defaults());
    }

    @Test
    void metricsInFirstSeenOrderAndPointsInDateOrder() throws IOException {
        Export e = read("x.csv", "metric,date,value\nB,2024-03-01,3\nA,2024-02-01,20\nB,2024-01-01,1\n"
                + "A,2024-01-01,10\nB,2024-02-01,2\n");
        assertEquals(List.of("B", "A"), e.series().stream().map(Series::metric).toList());
        Series b = e.series().get(0);
        assertEquals(LocalDate.of(2024, 1, 1), b.date(0));
        assertEquals(1, b.value(0));
        assertEquals(3, b.value(2));
    }

    @Test
    void withoutAMetricColumnTheFileIsOneSeriesNamedAfterIt() throws IOException {
        Export e = read("waits.csv", "Date,Value\n2024-01-01,1\n2024-02-01,2\n");
        assertEquals(1, e.series().size());
        assertEquals("waits", e.series().get(0).metric());
    }

    @Test
    void aByteOrderMarkSemicolonsAndCaseAreHandled() throws IOException {
        Export e = read("bom.csv", "\uFEFFMETRIC;Date;Value\nA;31/01/2024;1.5\n");
        assertEquals(1.5, e.series().get(0).value(0));
        assertEquals("A", e.series().get(0).metric());
    }

    @Test
    void aCommaInASemicolonFileIsADecimalComma() throws IOException {
        Export e = read("eu.csv", "metric;date;value\nA;2024-01-01;1,500\nA;2024-02-01;74,2\n");
        assertEquals(1.5, e.series().get(0).value(0));
        assertEquals(74.2, e.series().get(0).value(1));
    }

    @Test
    void optionalColumnsReachTheSeries() throws IOException {
        Export e = read("opt.csv", "metric,date,value,target,rebase,ghost,annotation\n"
                + "A,2024-01-01,1,5,,,\nA,2024-02-01,,5,yes,1,New ward opened\nA,2024-03-01,NA,,0,no, \n");
        Series s = e.series().get(0);
        assertEquals(5, s.target(0).getAsDouble());
        assertTrue(s.isGap(1) && s.isGap(2));
        assertTrue(s.isRebase(1) && s.isGhost(1));
        assertFalse(s.isRebase(2) || s.isGhost(2));
        assertEquals("New ward opened", s.annotation(1).orElseThrow());
        assertTrue(s.annotation(2).isEmpty());
        assertTrue(s.target(2).isEmpty());
    }

    @Test
    void standardInputIsNamedInMessages() {
        byte[] bytes = "metric,date,value\nA,2024-01-01,x1\n".getBytes(StandardCharsets.UTF_8);
        DataException ex = assertThrows(DataException.class,
                () -> ExportReader.read(new ByteArrayInputStream(bytes), "standard input", ReadOptions.defaults()));
        assertTrue(ex.getMessage().startsWith("standard input, row 2, column 'value': 'x1' is not a number"),
                ex.getMessage());
    }

    @Test
    void windows1252TextIsReadWithANoticeAndBytesItDoesNotDefineAreRefused() throws IOException {
        Path p = dir.resolve("excel.csv");
        Files.write(p, "metric,date,value\nCaf\u00e9 \u2013 \u00a3 spend,2024-01-01,1\n".getBytes(TextInput.WINDOWS_1252));
        Export e = ExportReader.read(p, ReadOptions.defaults());
        assertEquals("Caf\u00e9 \u2013 \u00a3 spend", e.series().get(0).metric());
        assertTrue(e.notices().get(0).startsWith(p + ": read as Windows-1252 text"), e.notices().toString());
        Path q = dir.resolve("binary.csv");
        byte[] bytes = "metric,date,value\nA?,2024-01-01,1\n".getBytes(StandardCharsets.US_ASCII);
        bytes[19] = (byte) 0x81;
        Files.write(q, bytes);
        DataException ex = assertThrows(DataException.class, () -> ExportReader.read(q, ReadOptions.defaults()));
        assertEquals("the file is neither UTF-8 nor Windows-1252 text", ex.problem());
    }

    @Test
    void columnsCanBeNamed() throws IOException {
        Path p = dir.resolve("named.csv");
        Files.writeString(p, "kpi_name,month_start,pct\nA,2024-01,93.1\n");
        Export e = ExportReader.read(p, ReadOptions.defaults().metricColumn("KPI_NAME").dateColumn("month_start")
                .valueColumn("pct"));
        assertEquals(93.1, e.series().get(0).value(0));
        assertEquals(LocalDate.of(2024, 1, 1), e.series().get(0).date(0));
    }

    @Test
    void rowsWithEveryCellBlankAreLeftOutAndRowsStillCountAsTheFileShowsThem() throws IOException {
        // Spreadsheets leave ",," rows below the data; the bad cell after one is still named by its own line.
        Export e = read("b.csv", "metric,date,value\nA,2024-01-01,1\n,,\nA,2024-02-01,2\n,,\n");
        assertEquals(2, e.series().get(0).size());
        assertTrue(e.notices().get(0).contains("2 rows with every cell blank left out"), e.notices().toString());
        DataException bad = assertThrows(DataException.class,
                () -> read("c.csv", "metric,date,value\nA,2024-01-01,1\n,,\nA,2024-02-01,x\n"));
        assertEquals(4, bad.row());
    }

    @Test
    void parserFailuresAreSaidPlainly() {
        DataException dup = assertThrows(DataException.class, () -> read("d.csv", "metric,date,value,value\nA,2024-01-01,1,2\n"));
        assertEquals("two columns are named 'value'", dup.problem());
        DataException longCell = assertThrows(DataException.class,
                () -> read("l.csv", "metric,date,value\nA,2024-01-01,\"" + "x".repeat(70_000) + "\n"));
        assertEquals("a cell holds more than 65,536 characters", longCell.problem());
        StringBuilder wide = new StringBuilder();
        for (int i = 0; i < 10_005; i++) {
            wide.append(i == 0 ? "" : ",").append('c').append(i);
        }
        DataException tooWide = assertThrows(DataException.class, () -> read("w.csv", wide + "\n" + wide + "\n"));
        assertEquals("a row has more than 10,000 cells", tooWide.problem());
    }
}
