package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** CSV output that a spreadsheet opens safely (no cell run as a formula), and shaped for Excel when asked. */
class SpreadsheetSafeOutputTest {
    static final List<String> NAMES = List.of("=HYPERLINK(\"http://example.org\",\"click\")", "+cmd|'/C calc'!A0",
            "@SUM(1)", "-1+2");

    @TempDir
    Path dir;

    /** Twenty points for each formula-like metric, the last carrying a formula-like annotation. */
    Path data() throws IOException {
        StringBuilder sb = new StringBuilder("metric,date,value,annotation\n");
        for (String name : NAMES) {
            for (int i = 0; i < 20; i++) {
                sb.append('"').append(name.replace("\"", "\"\"")).append("\",")
                        .append(LocalDate.of(2023, 1, 1).plusMonths(i)).append(',').append(10 + i % 3)
                        .append(',').append(i == 19 ? "=1+1" : "").append('\n');
            }
        }
        Path file = dir.resolve("formulas.csv");
        Files.writeString(file, sb);
        return file;
    }

    /** The header and the rows of the CSV, every cell as text. */
    static List<String[]> cells(String csv) {
        Table t = new Cli.Result(0, csv, "").table();
        List<String[]> rows = new ArrayList<>();
        rows.add(t.columnNames().toArray(String[]::new));
        for (int r = 0; r < t.rowCount(); r++) {
            String[] row = new String[t.columnCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = t.column(c).getString(r);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void noCellOfSummaryOrAnalyseOutputBeginsAsAFormula() throws IOException {
        String data = data().toString();
        for (String command : List.of("summary", "analyse")) {
            Cli.Result r = Cli.run(command, data);
            assertEquals(0, r.status(), r.toString());
            List<String[]> rows = cells(r.out());
            for (String[] row : rows.subList(1, rows.size())) {
                for (String cell : row) {
                    assertFalse(cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@")
                            || cell.startsWith("-") && !cell.matches("-[0-9.]+"), command + ": " + cell);
                }
            }
            List<String> metrics = rows.subList(1, rows.size()).stream().map(row -> row[0]).distinct().toList();
            assertEquals(NAMES.stream().map(n -> "'" + n).toList(), metrics, command);
        }
        Cli.Result points = Cli.run("analyse", data);
        assertTrue(points.out().contains(",'=1+1,"), "the annotation is guarded too");
    }

    @Test
    void jsonKeepsTheTextAsItIs() throws IOException {
        Cli.Result r = Cli.run("summary", data().toString(), "--format", "json");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("\"metric\": \"@SUM(1)\""), r.out());
    }

    @Test
    void excelAndDigitsWriteAByteOrderMarkCrLfAndRoundedNumbers() throws IOException {
        Path out = dir.resolve("summary.csv");
        Cli.Result r = Cli.run("summary", ExampleDataTest.data("ipr.csv").toString(), "--settings",
                ExampleDataTest.data("ipr-settings.csv").toString(), "--excel", "--digits", "2", "-o", out.toString());
        assertEquals(0, r.status(), r.toString());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "every line ends CRLF");
        List<String[]> rows = cells(text);
        List<String> header = List.of(rows.get(0));
        int centre = header.indexOf("centre");
        int upper = header.indexOf("upper_limit");
        // The A&E row's centre is 76.71666666666667 and its upper limit 81.03525490196078 in full precision.
        assertEquals("76.72", rows.get(1)[centre]);
        assertEquals("81.04", rows.get(1)[upper]);
        Pattern tooLong = Pattern.compile("-?[0-9]+\\.[0-9]{3,}");
        for (String[] row : rows.subList(1, rows.size())) {
            for (int c = 0; c < row.length; c++) {
                assertFalse(tooLong.matcher(row[c]).matches(), header.get(c) + " = " + row[c]);
            }
        }
    }

    @Test
    void digitsAndExcelAreForCsvOnly() {
        String data = ExampleDataTest.data("ipr.csv").toString();
        Cli.Result digits = Cli.run("summary", data, "--format", "json", "--digits", "2");
        assertEquals(2, digits.status(), digits.toString());
        assertTrue(digits.err().contains("--digits rounds CSV output; JSON keeps full precision"), digits.err());
        Cli.Result excel = Cli.run("analyse", data, "-o", dir.resolve("p.json").toString(), "--excel");
        assertEquals(2, excel.status(), excel.toString());
        assertTrue(excel.err().contains("--excel shapes CSV output for Excel"), excel.err());
        Cli.Result range = Cli.run("summary", data, "--digits", "16");
        assertEquals(2, range.status(), range.toString());
        assertTrue(range.err().contains("--digits must be a whole number from 0 to 15, not 16"), range.err());
    }
}
