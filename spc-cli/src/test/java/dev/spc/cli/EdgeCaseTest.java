package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Edge cases of the command line that a careful analyst will meet sooner or later. */
class EdgeCaseTest {
    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** 120 daily US-format dates from 1 January 2024, values cycling 10..14. */
    Path usDaily() throws IOException {
        StringBuilder sb = new StringBuilder("date,value\n");
        DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/yyyy");
        for (int i = 0; i < 120; i++) {
            sb.append(us.format(LocalDate.of(2024, 1, 1).plusDays(i))).append(',').append(10 + i % 5).append('\n');
        }
        return file("us.csv", sb.toString());
    }

    static int firstRowOfPhase(Table t, String phase) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("phase").get(i).equals(phase)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void recalculationDatesAreReadInTheGivenDateFormat() throws IOException {
        Cli.Result r = Cli.run("analyse", usDaily().toString(), "--date-format", "MM/dd/yyyy",
                "--recalculate-from", "04/01/2024");
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        assertEquals("2024-04-01", t.stringColumn("date").get(firstRowOfPhase(t, "2")));
    }

    @Test
    void settingsDatesAreReadInTheGivenDateFormat() throws IOException {
        Path settings = file("settings.csv", "metric,recalculate_from\nus,04/13/2024\n");
        Cli.Result r = Cli.run("analyse", usDaily().toString(), "--date-format", "MM/dd/yyyy", "--settings",
                settings.toString());
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        assertEquals("2024-04-13", t.stringColumn("date").get(firstRowOfPhase(t, "2")));
    }

    @Test
    void ambiguousRecalculationDatesAreReadDayFirstWithANotice() throws IOException {
        Path in = file("in.csv", "date,value\n2024-01-01,1\n2024-01-02,2\n");
        Cli.Result r = Cli.run("summary", in.toString(), "--recalculate-from", "02/01/2024");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.err().contains("read day-first"), r.err());
        assertEquals("2", r.table().stringColumn("phases").get(0));
    }

    @Test
    void aGivenDateFormatIgnoresATimeOfDay() throws IOException {
        Path in = file("time.csv", "date,value\n13/01/2024 10:00,1\n14/01/2024 10:00,2\n");
        Cli.Result r = Cli.run("analyse", in.toString(), "--date-format", "dd/MM/yyyy");
        assertEquals(0, r.status(), r.toString());
        assertEquals("2024-01-13", r.table().stringColumn("date").get(0));
    }

    @Test
    void rowNumbersCountBlankLinesAsAPersonSeesThem() throws IOException {
        Path in = file("blank.csv", "metric,date,value\nA,2024-01-01,5\n\nA,2024-01-03,abc\n");
        Cli.Result r = Cli.run("summary", in.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("blank.csv, row 4, column 'value': 'abc'"), r.err());
    }

    @Test
    void aRowWithTooFewCellsIsToldToAddThem() throws IOException {
        Path in = file("short.csv", "metric,date,value\nA,2024-01-01,5\nA,2024-01-02\n");
        Cli.Result r = Cli.run("summary", in.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("row 3") && r.err().contains("Add the missing cells"), r.err());
    }

    @Test
    void valuesTooLargeToAnalyseAreRefused() throws IOException {
        Path in = file("huge.csv", "date,value\n2024-01-01,1e308\n2024-01-02,1.5e308\n");
        Path out = dir.resolve("charts");
        Cli.Result r = Cli.run("chart", in.toString(), "-o", out.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("row 2, column 'value': '1e308' is too large to analyse"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSettingsNumberThatIsNotOneSaysWhatToWrite() throws IOException {
        Path in = file("in.csv", "date,value\n2024-01-01,1\n");
        Path settings = file("s.csv", "metric,target\nin,abc\n");
        Cli.Result r = Cli.run("summary", in.toString(), "--settings", settings.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("s.csv, row 2, column 'target': 'abc' is not a number. Write a plain number"),
                r.err());
    }

    @Test
    void aRecalculationBeforeTheFirstPointIsNoted() throws IOException {
        Path in = file("in.csv", "date,value\n2024-01-01,1\n2024-01-02,2\n");
        Cli.Result r = Cli.run("summary", in.toString(), "--recalculate-from", "2023-01-01");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.err().contains("on or before the first point and has no effect"), r.err());
    }

    @Test
    void jsonFieldsAreThereEvenWhenEmpty() throws IOException {
        Path in = file("in.csv", "date,value\n2024-01-01,1\n");
        Cli.Result r = Cli.run("analyse", in.toString(), "--format", "json");
        assertEquals(0, r.status(), r.toString());
        // No rules is an empty list and no unit an empty text, not a missing field; a line that does not exist is null.
        assertTrue(r.out().contains("\"rules\": []"), r.out());
        assertTrue(r.out().contains("\"unit\": \"\""), r.out());
        assertTrue(r.out().contains("\"lower_limit\": null"), r.out());
    }

    @Test
    void aChartFileOfAnUnknownKindIsACommandLineError() throws IOException {
        Path in = file("in.csv", "date,value\n2024-01-01,1\n");
        Cli.Result r = Cli.run("chart", in.toString(), "-o", dir.resolve("x.gif").toString());
        assertEquals(2, r.status(), r.toString());
        assertFalse(Files.exists(dir.resolve("x.gif")));
    }
}
