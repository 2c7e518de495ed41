package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@code spc teach red-bead --data} and {@code spc teach funnel --data}: a workshop's own results charted as
 * the lessons chart theirs, on the example files of {@code examples/data/teach/}; and {@code --metric-name}.
 */
class TeachRoomDataTest {
    @TempDir
    Path dir;

    static Path example(String name) {
        return ExampleDataTest.data("teach/" + name);
    }

    @Test
    void theRoomsRedBeadsAreAnNpChartWithDemingsLimits() throws IOException {
        Path out = dir.resolve("room");
        Cli.Result r = Cli.run("teach", "red-bead", "--data", example("red-bead-results.csv").toString(), "-o",
                out.toString());
        assertEquals(0, r.status(), r.toString());
        // The NP chart's limits worked by hand from the file: np-bar = the mean count, p-bar = np-bar / 50,
        // limits np-bar -+ 3 sqrt(np-bar (1 - p-bar)).
        List<String> rows = Files.readAllLines(example("red-bead-results.csv"));
        double sum = 0;
        for (String row : rows.subList(1, rows.size())) {
            sum += Integer.parseInt(row.split(",")[2]);
        }
        double npBar = sum / 24;
        double half = 3 * Math.sqrt(npBar * (1 - npBar / 50));
        Path lesson = out.resolve("red-bead");
        Table t = Cli.run("analyse", lesson.resolve("data.csv").toString(), "--settings",
                lesson.resolve("settings.csv").toString()).table();
        assertEquals(24, t.rowCount());
        assertEquals(npBar, Double.parseDouble(t.stringColumn("centre").get(0)), 1e-9);
        assertEquals(Math.max(0, npBar - half), Double.parseDouble(t.stringColumn("lower_limit").get(0)), 1e-9);
        assertEquals(npBar + half, Double.parseDouble(t.stringColumn("upper_limit").get(0)), 1e-9);
        // Scoops numbered in the order made: day 1's six workers are scoops 1 to 6, in the file's order.
        assertEquals("1", t.stringColumn("date").get(0));
        String text = Files.readString(lesson.resolve("lesson.txt"));
        assertTrue(text.contains("Six willing workers each scoop 50 beads")
                && text.contains("the room's own results, from red-bead-results.csv"),
                text);
        assertFalse(text.contains("one bead in five"), "the room's box is not known to hold one red bead in five");
        String data = Files.readString(lesson.resolve("data.csv"));
        assertTrue(data.startsWith("metric,index,numerator,denominator,annotation\n"), data);
        assertRedrawnByteForByte(lesson);
    }

    @Test
    void aBiggerPaddleMakesTheLimitsOfItsOwn() throws IOException {
        Path out = dir.resolve("paddle");
        assertEquals(0, Cli.run("teach", "red-bead", "--data", example("red-bead-results.csv").toString(),
                "--paddle", "100", "-o", out.toString()).status());
        Path lesson = out.resolve("red-bead");
        Table t = Cli.run("analyse", lesson.resolve("data.csv").toString(), "--settings",
                lesson.resolve("settings.csv").toString()).table();
        double npBar = Double.parseDouble(t.stringColumn("centre").get(0));
        // The same counts out of 100: np-bar -+ 3 sqrt(np-bar (1 - np-bar / 100)).
        assertEquals(npBar + 3 * Math.sqrt(npBar * (1 - npBar / 100)), Double.parseDouble(t.stringColumn("upper_limit").get(0)), 1e-9);
        assertTrue(Files.readString(lesson.resolve("lesson.txt")).contains("scoop 100 beads"));
    }

    @Test
    void theRoomsFunnelDropsAreJudgedAgainstRuleOnesLimits() throws IOException {
        Path out = dir.resolve("funnel");
        Cli.Result r = Cli.run("teach", "funnel", "--data", example("funnel-drops.csv").toString(), "-o",
                out.toString());
        assertEquals(0, r.status(), r.toString());
        Path lesson = out.resolve("funnel");
        Table t = Cli.run("analyse", lesson.resolve("data.csv").toString(), "--settings",
                lesson.resolve("settings.csv").toString()).table();
        // Four rules, across and along: 8 panels; Rule 1's of its 30 drops, the others of 30 + 30.
        List<String> metrics = new ArrayList<>(new java.util.LinkedHashSet<>(t.stringColumn("metric").asList()));
        assertEquals(8, metrics.size(), metrics.toString());
        assertEquals(30, t.where(t.stringColumn("metric").isEqualTo(metrics.get(0))).rowCount());
        assertEquals(60, t.where(t.stringColumn("metric").isEqualTo(metrics.get(6))).rowCount());
        // Every panel of one direction has the limits of Rule 1's drops (the baseline of 30), which Rule 4's
        // wandering breaks out of.
        Table rule1 = t.where(t.stringColumn("metric").isEqualTo(metrics.get(0)));
        Table rule4 = t.where(t.stringColumn("metric").isEqualTo(metrics.get(6)));
        assertEquals(Double.parseDouble(rule1.stringColumn("upper_limit").get(0)), Double.parseDouble(rule4.stringColumn("upper_limit").get(59)), 1e-12);
        assertTrue(rule1.stringColumn("rules").asList().stream().allMatch(String::isEmpty));
        assertTrue(rule4.stringColumn("rules").asList().stream().anyMatch(s -> s.contains("astronomical")));
        assertRedrawnByteForByte(lesson);
    }

    @Test
    void badRoomDataAreRefusedNamingFileRowColumnAndValue() throws IOException {
        Path beads = dir.resolve("beads.csv");
        Files.writeString(beads, "worker,day,red\nAsha,1,6\nBen,1,61\n");
        Path out = dir.resolve("bad");
        Cli.Result r = Cli.run("teach", "red-bead", "--data", beads.toString(), "-o", out.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("beads.csv") && r.err().contains("row 3") && r.err().contains("red")
                && r.err().contains("'61'") && r.err().contains("--paddle"), r.err());
        assertFalse(Files.exists(out), "nothing written");

        Path drops = dir.resolve("drops.csv");
        Files.writeString(drops, "rule,drop,x\n1,1,0.5\n5,1,0.2\n");
        r = Cli.run("teach", "funnel", "--data", drops.toString(), "-o", out.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("drops.csv") && r.err().contains("row 3") && r.err().contains("rule")
                && r.err().contains("'5'"), r.err());

        Files.writeString(drops, "rule,drop,x\n1,1,0.5\n1,2,left\n");
        r = Cli.run("teach", "funnel", "--data", drops.toString(), "-o", out.toString());
        assertTrue(r.err().contains("row 3") && r.err().contains("'left' is not a number"), r.err());

        Files.writeString(drops, "rule,drop\n1,1\n");
        r = Cli.run("teach", "funnel", "--data", drops.toString(), "-o", out.toString());
        assertTrue(r.err().contains("no 'x' column"), r.err());
    }

    @Test
    void dataGoesOnlyWithRedBeadOrFunnel() {
        Cli.Result r = Cli.run("teach", "shift", "--data", example("red-bead-results.csv").toString(), "-o",
                dir.toString());
        assertEquals(2, r.status(), r.toString());
        assertEquals(2, Cli.run("teach", "red-bead", "--paddle", "40", "-o", dir.toString()).status());
        assertEquals(2, Cli.run("teach", "all", "--metric-name", "Falls", "-o", dir.toString()).status());
    }

    @Test
    void metricNameRetitlesALessonAndItsRedraw() throws IOException {
        Path out = dir.resolve("named");
        assertEquals(0, Cli.run("teach", "shift", "--metric-name", "Discharges before noon (%)", "-o",
                out.toString()).status());
        Path lesson = out.resolve("shift");
        assertTrue(Files.readString(lesson.resolve("data.csv")).contains("\nDischarges before noon (%),2023-01-01,"));
        assertRedrawnByteForByte(lesson);
        // Several metrics keep what tells them apart after the new name.
        assertEquals(0, Cli.run("teach", "recalculation", "--metric-name", "Theatre utilisation", "-o",
                out.toString()).status());
        String data = Files.readString(out.resolve("recalculation").resolve("data.csv"));
        assertTrue(data.contains("\nTheatre utilisation: one set of limits,")
                && data.contains("\nTheatre utilisation: recalculated from the change,"), data);
    }

    /** The lesson's redraw command, run on its files, gives its chart byte for byte. */
    static void assertRedrawnByteForByte(Path lesson) throws IOException {
        // Every picture the words say how to draw (spc chart, or spc funnel for the league table's funnel plot).
        List<String> commands = Files.readAllLines(lesson.resolve("lesson.txt")).stream()
                .filter(l -> l.startsWith("    spc chart ") || l.startsWith("    spc funnel ")).toList();
        assertFalse(commands.isEmpty(), lesson.toString());
        List<String> drawn = new ArrayList<>();
        for (String line : commands) {
            String command = line.trim();
            List<String> args = new ArrayList<>();
            String picture = null;
            for (String word : command.substring("spc ".length()).split(" ")) {
                if (word.endsWith(".png")) {
                    picture = word;
                    args.add(lesson.resolve("redraw-" + word).toString());
                } else {
                    args.add(word.endsWith(".csv") ? lesson.resolve(word).toString() : word);
                }
            }
            Cli.Result r = Cli.run(args.toArray(new String[0]));
            assertEquals(0, r.status(), lesson + ": " + r);
            assertArrayEquals(Files.readAllBytes(lesson.resolve(picture)),
                    Files.readAllBytes(lesson.resolve("redraw-" + picture)), command);
            drawn.add(picture);
        }
        assertTrue(drawn.contains("chart.png"), lesson + ": " + drawn);
    }
}
