package dev.spc.benchmarks;

import dev.spc.core.series.Series;
import dev.spc.io.Export;
import dev.spc.io.ExportReader;
import dev.spc.io.ReadOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading an export of 1,000,000 values into series, one metric at a time as the command line takes them
 * (the analysis left out): a long CSV (1,000 metrics x 1,000 days), a CSV with a column per period (1,000
 * metrics x 1,000 months, one row each) and an Excel workbook laid out long (100 metrics x 10,000 days,
 * dates stored as serial numbers). Scores are milliseconds per read of the whole file; rows per second is
 * 1,000,000 over the score. {@code bytes} reads the same file's bytes and does nothing with them: the floor a
 * reader could reach.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReadBenchmark {
    @State(Scope.Benchmark)
    public static class Files {
        @Param({"csv-long", "csv-wide-periods", "xlsx-long"})
        public String shape;

        Path file;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Path dir = java.nio.file.Files.createTempDirectory("spc-read-bench");
            Random r = new Random(11);
            switch (shape) {
                case "csv-long" -> {
                    file = dir.resolve("long.csv");
                    try (Writer w = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        w.write("metric,date,value\n");
                        for (int m = 0; m < 1000; m++) {
                            for (int d = 0; d < 1000; d++) {
                                w.write("Metric " + m + "," + LocalDate.of(2020, 1, 1).plusDays(d) + ","
                                        + value(r) + "\n");
                            }
                        }
                    }
                }
                case "csv-wide-periods" -> {
                    file = dir.resolve("wide.csv");
                    DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);
                    try (Writer w = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        w.write("Metric");
                        for (int p = 0; p < 1000; p++) {
                            w.write("," + YearMonth.of(2000, 1).plusMonths(p).format(month));
                        }
                        w.write(",YTD\n");
                        for (int m = 0; m < 1000; m++) {
                            w.write("Metric " + m);
                            for (int p = 0; p < 1000; p++) {
                                w.write("," + value(r));
                            }
                            w.write(",0\n");
                        }
                    }
                }
                case "xlsx-long" -> {
                    file = dir.resolve("long.xlsx");
                    workbook(file, r);
                }
                default -> throw new IllegalArgumentException(shape);
            }
        }
    }

    private static String value(Random r) {
        return Double.toString(Math.round((50 + r.nextGaussian() * 5) * 1000) / 1000.0);
    }

    /** A workbook of one sheet, written as Excel lays it out: shared strings for the names, dates as serials. */
    private static void workbook(Path file, Random r) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        try (OutputStream out = java.nio.file.Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"r1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                    + "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>");
            put(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + main + "\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                    + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            StringBuilder strings = new StringBuilder("<sst xmlns=\"" + main + "\"><si><t>metric</t></si>"
                    + "<si><t>date</t></si><si><t>value</t></si>");
            for (int m = 0; m < 100; m++) {
                strings.append("<si><t>Metric ").append(m).append("</t></si>");
            }
            put(zip, "xl/sharedStrings.xml", strings.append("</sst>").toString());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<worksheet xmlns=\"" + main + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                    + "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>");
            int row = 2;
            for (int m = 0; m < 100; m++) {
                for (int d = 0; d < 10_000; d++, row++) {
                    w.write("<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"s\"><v>" + (m + 3) + "</v></c><c r=\"B" + row
                            + "\" s=\"1\"><v>" + (36526 + d) + "</v></c><c r=\"C" + row + "\"><v>" + value(r)
                            + "</v></c></row>");
                }
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The floor: the file's bytes read into memory and nothing done with them. */
    @Benchmark
    public long bytes(Files f) throws IOException {
        long sum = 0;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(f.file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sum += n + buffer[0];
            }
        }
        return sum;
    }

    @Benchmark
    public long read(Files f) {
        Export export = ExportReader.read(f.file, ReadOptions.defaults());
        long points = 0;
        for (Series s : export) {
            points += s.size();
        }
        if (points != 1_000_000) {
            throw new IllegalStateException(f.shape + ": " + points + " points, not 1,000,000");
        }
        return points;
    }
}
