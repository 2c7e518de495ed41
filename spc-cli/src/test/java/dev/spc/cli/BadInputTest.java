package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input as an analyst meets it: each case exits with status 1, names the file, row, column and
 * value where there are such, says what to do, prints no stack trace, and writes no output file.
 */
class BadInputTest {
    @TempDir
    Path dir;

    static final String GOOD_ROWS = "metric,date,value\nA,2024-01-01,10\nA,2024-02-01,12\n";

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Runs summary and analyse on the file with -o, and checks the failure for both. */
    Cli.Result refused(Path input, String... fragments) {
        Cli.Result last = null;
        for (String command : List.of("summary", "analyse")) {
            Path out = dir.resolve(command + "-out.csv");
            Cli.Result r = Cli.run(command, input.toString(), "-o", out.toString());
            assertEquals(1, r.status(), r.toString());
            assertTrue(r.err().startsWith("spc: error: "), r.toString());
            for (String f : fragments) {
                assertTrue(r.err().contains(f), "message lacks «" + f + "»: " + r.err());
            }
            assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
            assertFalse(Files.exists(out), "no output file is written");
            assertEquals(1, r.err().lines().count(), "one line: " + r.err());
            last = r;
        }
        return last;
    }

    @Test
    void missingFile() {
        refused(dir.resolve("nope.csv"), "nope.csv", "no such file", "Check the path");
    }

    @Test
    void aFolderAsFile() {
        refused(dir, dir.toString(), "is a folder, not a file");
    }

    @Test
    void emptyFile() throws IOException {
        refused(file("empty.csv", ""), "empty.csv", "the file is empty", "header row");
    }

    @Test
    void blankLinesOnlyIsEmptyToo() throws IOException {
        refused(file("blank.csv", "\n  \n"), "blank.csv", "the file is empty");
    }

    @Test
    void headerOnly() throws IOException {
        refused(file("header.csv", "metric,date,value\n"), "header.csv", "a header but no data rows");
    }

    @Test
    void noValueColumn() throws IOException {
        refused(file("novalue.csv", "metric,date,amount\nA,2024-01-01,3\n"), "novalue.csv",
                "there is no value column", "metric, date, amount", "--value-column");
    }

    @Test
    void aNamedColumnThatIsNotThere() throws IOException {
        Path in = file("named.csv", GOOD_ROWS);
        Cli.Result r = Cli.run("summary", in.toString(), "--value-column", "count");
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("column 'count': there is no such column"), r.err());
    }

    @Test
    void nonNumericValue() throws IOException {
        refused(file("alpha.csv", GOOD_ROWS + "A,2024-03-01,12a\n"), "alpha.csv", "row 4", "column 'value'",
                "'12a' is not a number", "Correct the cell");
    }

    @Test
    void dashMarkerNamesTheMissingOption() throws IOException {
        refused(file("dash.csv", GOOD_ROWS + "A,2024-03-01,-\n"), "dash.csv", "row 4", "column 'value'", "'-'",
                "--missing='-'");
    }

    @Test
    void excelErrorValuesAreGapsWithANoticeNamingThem() throws IOException {
        Path in = file("na.csv", GOOD_ROWS + "A,2024-03-01,#N/A\nA,2024-04-01,#DIV/0!\n");
        Cli.Result r = Cli.run("analyse", in.toString());
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.err().contains("na.csv: 2 cells hold an Excel error value, read as missing (a gap): row 4, "
                + "column 'value' (#N/A); row 5, column 'value' (#DIV/0!)"), r.err());
        assertEquals(List.of("10", "12", "", ""), r.table().stringColumn("value").asList());
    }

    @Test
    void anUndeclaredMarkerNamesTheMissingOption() throws IOException {
        refused(file("hash.csv", GOOD_ROWS + "A,2024-03-01,#MISSING\n"), "hash.csv", "row 4", "column 'value'",
                "'#MISSING'", "--missing='#MISSING'");
    }

    @Test
    void declaredMarkersBecomeGaps() throws IOException {
        Path in = file("gaps.csv", GOOD_ROWS + "A,2024-03-01,-\nA,2024-04-01,#N/A\nA,2024-05-01,11\n");
        Cli.Result r = Cli.run("analyse", in.toString(), "--missing=-,#N/A");
        assertEquals(0, r.status(), r.toString());
        var t = r.table();
        assertEquals(5, t.rowCount());
        assertEquals("", t.stringColumn("value").get(2));
        assertEquals("true", t.stringColumn("gap").get(2));
        assertEquals("true", t.stringColumn("gap").get(3));
        assertEquals("false", t.stringColumn("gap").get(4));
    }

    @Test
    void nanText() throws IOException {
        refused(file("nan.csv", GOOD_ROWS + "A,2024-03-01,NaN\n"), "nan.csv", "row 4", "column 'value'", "'NaN'",
                "blank (or write NA)");
    }

    @Test
    void infinityText() throws IOException {
        refused(file("inf.csv", GOOD_ROWS + "A,2024-03-01,-Infinity\n"), "inf.csv", "row 4", "column 'value'",
                "'-Infinity'");
    }

    @Test
    void duplicateDatesWithinAMetric() throws IOException {
        refused(file("dup.csv", GOOD_ROWS + "B,2024-01-01,5\nA,2024-02-01,13\n"), "dup.csv", "row 5",
                "column 'date'", "metric 'A' has a second row for 2024-02-01 (the first is row 3)");
    }

    @Test
    void unparseableDate() throws IOException {
        refused(file("date.csv", GOOD_ROWS + "A,2024-13-01,12\n"), "date.csv", "row 4", "column 'date'",
                "'2024-13-01'", "--date-format");
    }

    @Test
    void mixedDateFormats() throws IOException {
        refused(file("mixed.csv", GOOD_ROWS + "A,31/03/2024,12\n"), "mixed.csv", "row 4", "column 'date'",
                "'31/03/2024' is not a date like the others", "ISO");
    }

    @Test
    void monthFirstOnlyDatesAreRefusedWithTheFormatThatReadsThem() throws IOException {
        refused(file("us.csv", "metric,date,value\nA,01/31/2024,1\nA,02/28/2024,2\n"), "us.csv", "row 2",
                "'01/31/2024' reads only month-first", "--date-format MM/dd/yyyy");
    }

    @Test
    void blankDate() throws IOException {
        refused(file("blankdate.csv", GOOD_ROWS + "A,,12\n"), "blankdate.csv", "row 4", "column 'date'",
                "the date is blank");
    }

    @Test
    void raggedRow() throws IOException {
        refused(file("ragged.csv", GOOD_ROWS + "Falls per 1,000 bed days,2024-03-01,12\n"), "ragged.csv", "row 4",
                "has 4 cells but the header has 3", "Quote");
    }

    @Test
    void outputInAMissingFolder() throws IOException {
        Path in = file("in.csv", GOOD_ROWS);
        Path out = dir.resolve("no-such-folder").resolve("out.csv");
        Cli.Result r = Cli.run("summary", in.toString(), "-o", out.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("no-such-folder") && r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void outputEqualToInputLeavesTheInputAlone() throws IOException {
        Path in = file("in.csv", GOOD_ROWS);
        for (String out : List.of(in.toString(), dir.resolve(".").resolve("in.csv").toString())) {
            Cli.Result r = Cli.run("analyse", in.toString(), "-o", out);
            assertEquals(1, r.status(), r.toString());
            assertTrue(r.err().contains("the output is the input file"), r.err());
            assertEquals(GOOD_ROWS, Files.readString(in), "the input is untouched");
        }
    }

    @Test
    void aFailedRunLeavesAnEarlierOutputUntouched() throws IOException {
        Path in = file("bad.csv", GOOD_ROWS + "A,2024-03-01,12a\n");
        Path out = file("out.csv", "earlier results\n");
        Cli.Result r = Cli.run("summary", in.toString(), "-o", out.toString());
        assertEquals(1, r.status(), r.toString());
        assertEquals("earlier results\n", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void badSettingsCellIsNamed() throws IOException {
        Path in = file("in.csv", GOOD_ROWS);
        Path settings = file("settings.csv", "metric,direction,target\nA,upwards,95\n");
        Cli.Result r = Cli.run("summary", in.toString(), "--settings", settings.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("settings.csv, row 2, column 'direction': 'upwards' is not an improvement direction; "
                + "use increase, decrease or neither"), r.err());
    }

    @Test
    void settingsForAMetricNotInTheDataIsAWarning() throws IOException {
        Path in = file("in.csv", GOOD_ROWS);
        Path settings = file("settings.csv", "metric,direction\nA,increase\nFalls,decrease\n");
        Cli.Result r = Cli.run("summary", in.toString(), "--settings", settings.toString());
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.err().contains("spc: warning: " + settings + ", row 3: metric 'Falls' is not in the data"), r.err());
        assertEquals("increase", r.table().stringColumn("direction").get(0));
    }

    @Test
    void settingsForAMetricInTheDataButNotChosenAreNoWarning() throws IOException {
        Path in = file("in.csv", "metric,date,value\nA,2024-01-01,1\nA,2024-02-01,2\nB,2024-01-01,3\n");
        Path settings = file("settings.csv", "metric,direction\nA,increase\nB,decrease\nFalls,decrease\n");
        Cli.Result r = Cli.run("summary", in.toString(), "--settings", settings.toString(), "--metric", "A");
        assertEquals(0, r.status(), r.toString());
        assertFalse(r.err().contains("metric 'B' is not in the data"), r.err());
        assertTrue(r.err().contains("row 4: metric 'Falls' is not in the data"), r.err());
    }

    @Test
    void ambiguousDatesAreReadDayFirstWithANotice() throws IOException {
        Path in = file("uk.csv", "metric,date,value\nA,01/02/2024,1\nA,02/02/2024,2\nA,03/02/2024,3\n");
        Cli.Result r = Cli.run("analyse", in.toString());
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.err().contains("spc: note: ") && r.err().contains("read day-first"), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertEquals(List.of("2024-02-01", "2024-02-02", "2024-02-03"), r.table().stringColumn("date").asList());
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path in = file("alpha.csv", GOOD_ROWS + "A,2024-03-01,12a\n");
        Cli.Result r = Cli.run("summary", in.toString(), "--debug");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void aWrongCommandLineExitsWithTwo() {
        for (String[] args : List.of(new String[] {"summary"}, new String[] {"summary", "x.csv", "--shift", "six"},
                new String[] {"summary", "x.csv", "--direction", "up-ish"}, new String[] {"summarise", "x.csv"},
                new String[] {"summary", "x.csv", "--date-format", "yyyy-MM-dd'"},
                new String[] {"summary", "x.csv", "--recalculate-from", "tomorrow"})) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.status(), String.join(" ", args) + "\n" + r);
            assertTrue(r.err().contains("--help"), r.err());
        }
    }
}
