package dev.spc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.io.CsvWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

/**
 * The launcher end to end on the example data, beside the command line (spc-cli's Main, run in this JVM):
 * the same bytes for summary and analyse, with and without the settings file, from CSV and from Parquet, to
 * CSV and to Parquet; refused rows in the problems file with exit status 1; a wrong command line 2.
 */
class LauncherTest {
    @TempDir
    static Path dir;
    private static Path ipr;
    private static Path settings;

    @BeforeAll
    static void copyTheExampleData() throws IOException {
        LocalSpark.session();
        ipr = copy("data/ipr.csv");
        settings = copy("data/ipr-settings.csv");
    }

    private static Path copy(String resource) throws IOException {
        Path p = dir.resolve(Path.of(resource).getFileName());
        try (InputStream in = LauncherTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, p);
        }
        return p;
    }

    /** What spc writes for the arguments (to -o FILE, as a user would run it). */
    private static String spc(String... args) throws IOException {
        Path out = Files.createTempFile(dir, "spc-", ".csv");
        List<String> all = new ArrayList<>(List.of(args));
        all.add("-o");
        all.add(out.toString());
        all.add("--quiet");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = dev.spc.cli.Main.run(all.toArray(new String[0]), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(0, status, err.toString());
        return Files.readString(out);
    }

    private record Run(int status, String err) {
    }

    private static Run launch(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void summaryIsTheCommandLinesToTheByte() throws IOException {
        Path out = dir.resolve("summary.csv");
        Run run = launch("summary", ipr.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(spc("summary", ipr.toString()), Files.readString(out));
    }

    @Test
    void analyseWithSettingsIsTheCommandLinesToTheByte() throws IOException {
        Path out = dir.resolve("points.csv");
        Run run = launch("analyse", ipr.toString(), "-o", out.toString(), "--settings", settings.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(spc("analyse", ipr.toString(), "--settings", settings.toString()), Files.readString(out));
        Path summary = dir.resolve("summary-settings.csv");
        assertEquals(0, launch("summary", ipr.toString(), "-o", summary.toString(), "--settings",
                settings.toString()).status());
        assertEquals(spc("summary", ipr.toString(), "--settings", settings.toString()), Files.readString(summary));
    }

    @Test
    void parquetInAndOutHoldTheSameRows() throws IOException {
        // The example data as typed Parquet: dates as dates, values as doubles.
        Path parquet = dir.resolve("ipr.parquet");
        LocalSpark.session().read().option("header", "true").csv(ipr.toString())
                .select(col("metric"), to_date(col("date")).as("date"), col("value").cast("double").as("value"),
                        col("annotation"))
                .write().parquet(parquet.toString());
        Path out = dir.resolve("from-parquet.csv");
        Run run = launch("summary", parquet.toString(), "-o", out.toString(), "--settings", settings.toString());
        assertEquals(0, run.status(), run.err());
        String expected = spc("summary", ipr.toString(), "--settings", settings.toString());
        assertEquals(expected, Files.readString(out));

        Path points = dir.resolve("points.parquet");
        run = launch("analyse", parquet.toString(), "-o", points.toString(), "--settings", settings.toString());
        assertEquals(0, run.status(), run.err());
        Dataset<Row> back = LocalSpark.session().read().parquet(points.toString());
        StringWriter w = new StringWriter();
        CsvWriter.writeRows(Cells.table(Union.POINTS.emptyCopy().removeColumns("numerator", "denominator",
                "subgroup_size"), back.collectAsList()), w, CsvWriter.Style.PLAIN);
        List<String> lines = new ArrayList<>(List.of(w.toString().split("\n")));
        List<String> cli = new ArrayList<>(List.of(spc("analyse", ipr.toString(), "--settings",
                settings.toString()).split("\n")));
        assertEquals(cli.remove(0), String.join(",", back.columns()), "the header");
        lines.sort(null);
        cli.sort(null);
        assertEquals(cli, lines);
    }

    @Test
    void refusedRowsGoToTheProblemsFileAndTheRestIsWritten() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "metric,date,value\nA,2024-01-01,1\nA,2024-02-01,abc\nB,2024-01-01,5\nB,2024-02-01,6\n");
        Path out = dir.resolve("bad-summary.csv");
        Run run = launch("summary", bad.toString(), "-o", out.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains(bad + ", row 3, column 'value': 'abc' is not a number"), run.err());
        String summary = Files.readString(out);
        assertTrue(summary.contains("\nB,2,2024-02-01,6,"), summary);
        assertFalse(summary.contains("\nA,"), summary);
        assertEquals("metric,row,column,value,message\nA,3,value,abc,\"'abc' is not a number. If it marks a missing "
                + "value, run with --missing='abc' to treat such cells as gaps; otherwise correct the cell\"\n",
                Files.readString(dir.resolve("bad-summary.problems.csv")));
    }

    @Test
    void aWrongCommandLineIsStatusTwo() {
        Run run = launch("chart", ipr.toString(), "-o", dir.resolve("x.csv").toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("summary or analyse"), run.err());
        assertEquals(2, launch("summary", ipr.toString()).status(), "no -o");
    }
}
