package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Points that are not dates, plotted against their sequence: an index column, or {@code --x sequence}, end to
 * end through {@code spc chart}, {@code analyse} and {@code summary}.
 */
class SequenceAxisCommandLineTest {
    @TempDir
    Path dir;

    /** Days between falls on a ward, by case number: 18 cases (made up for the test). */
    static final String CASES = "index,value\n1,12\n2,30\n3,7\n4,45\n5,22\n6,18\n7,60\n8,9\n9,25\n10,33\n11,14\n"
            + "12,40\n13,5\n14,28\n15,19\n16,120\n17,150\n18,8\n";

    @Test
    void aGChartByCaseNumberIsDrawnAgainstTheNumbersWithTheWordGiven() throws IOException {
        Path csv = dir.resolve("falls.csv");
        Files.writeString(csv, CASES);
        Path svg = dir.resolve("falls.svg");
        Cli.Result r = Cli.run("chart", csv.toString(), "--chart", "g", "--x-label", "Case", "-o", svg.toString());
        assertEquals(0, r.status(), r.toString());
        String text = Files.readString(svg);
        assertTrue(text.contains(">Case<"), "the axis is labelled with the word given");
        // The ticks are case numbers (every 2nd, for 18 cases in 800 points), never dates.
        assertTrue(text.contains(">18<") && text.contains(">10<"), "the ticks are numbers");
        assertFalse(text.contains("1970") || text.contains(">Jan"), "no date appears on the axis");
        // The subtitle names the latest point by its number: case 18, 8 days.
        assertTrue(text.contains("point 18: 8"), "the explanation names the point by its number");
    }

    @Test
    void analyseAndSummaryWriteTheSequenceNumberWhereTheDateWouldBe() throws IOException {
        Path csv = dir.resolve("falls.csv");
        Files.writeString(csv, CASES);
        Cli.Result r = Cli.run("analyse", csv.toString(), "--chart", "g");
        assertEquals(0, r.status(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(19, lines.size());
        assertTrue(lines.get(1).startsWith("falls,1,12,"), lines.get(1));
        assertTrue(lines.get(18).startsWith("falls,18,8,"), lines.get(18));
        Table summary = Cli.run("summary", csv.toString(), "--chart", "g").table();
        assertEquals("18", summary.column("latest_date").getString(0));
    }

    @Test
    void xSequenceNumbersDatedPointsInDateOrder() throws IOException {
        Path csv = dir.resolve("dated.csv");
        // Three dated points, given out of order: numbered 1, 2, 3 by their dates.
        Files.writeString(csv, "date,value\n2024-03-09,5\n2024-01-02,7\n2024-02-05,2\n");
        Cli.Result r = Cli.run("analyse", csv.toString(), "--x", "sequence");
        assertEquals(0, r.status(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).startsWith("dated,1,7,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("dated,2,2,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("dated,3,5,"), lines.get(3));
    }

    @Test
    void xSequenceReadsTheColumnDateColumnNamesAsNumbers() throws IOException {
        Path csv = dir.resolve("drops.csv");
        Files.writeString(csv, "drop,value,date\n2,0.4,2024-01-01\n1,-0.3,2024-01-09\n3,1.1,2024-01-05\n");
        Cli.Result r = Cli.run("analyse", csv.toString(), "--x", "sequence", "--date-column", "drop");
        assertEquals(0, r.status(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).startsWith("drops,1,-0.3,"), lines.get(1));
        assertTrue(lines.get(3).startsWith("drops,3,1.1,"), lines.get(3));
    }

    @Test
    void anIndexThatIsNotAWholeNumberIsRefusedNamingFileRowColumnAndValue() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "index,value\n1,3\n2.5,4\n3,5\n");
        Path png = dir.resolve("bad.png");
        Cli.Result r = Cli.run("chart", csv.toString(), "-o", png.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("bad.csv") && r.err().contains("row 3") && r.err().contains("index")
                && r.err().contains("'2.5'"), r.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void aReportOfNumberedPointsShowsNoDate() throws IOException {
        Path csv = dir.resolve("falls.csv");
        Files.writeString(csv, CASES);
        Path html = dir.resolve("falls.html");
        Cli.Result r = Cli.run("report", csv.toString(), "--chart", "g", "--x-label", "Case", "-o", html.toString());
        assertEquals(0, r.status(), r.toString());
        // The table's sort keys keep the stand-in dates, which sort as the numbers do; nothing shown has them.
        String page = Files.readString(html).replaceAll("data-sort=\"[^\"]*\"", "");
        assertFalse(page.contains("1970"), "no stand-in date shows");
        assertTrue(page.contains("point 18"), "the latest point is named by its number");
    }

    @Test
    void aWrongXIsACommandLineError() throws IOException {
        Path csv = dir.resolve("falls.csv");
        Files.writeString(csv, CASES);
        assertEquals(2, Cli.run("analyse", csv.toString(), "--x", "case").status());
    }
}
