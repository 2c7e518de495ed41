package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where output goes: never over an input, in the format its name says, and sizes that make sense. */
class OutputFilesTest {
    @TempDir
    Path dir;

    Path copyOfSettings() throws IOException {
        Path settings = dir.resolve("settings.csv");
        Files.copy(ExampleDataTest.data("ipr-settings.csv"), settings);
        return settings;
    }

    @Test
    void theSettingsFileIsNeverOverwritten() throws IOException {
        Path settings = copyOfSettings();
        byte[] before = Files.readAllBytes(settings);
        String data = ExampleDataTest.data("ipr.csv").toString();
        for (String[] args : new String[][] {
            {"summary", data, "--settings", settings.toString(), "-o", settings.toString()},
            {"chart", data, "--settings", settings.toString(), "--small-multiples", "-o", settings.toString()
                .replace(".csv", ".png")},
            {"report", data, "--settings", settings.toString(), "-o", settings.toString()}}) {
            Cli.Result r = Cli.run(args);
            if (args[0].equals("chart")) {
                assertEquals(0, r.status(), "a chart beside the settings is fine: " + r);
                continue;
            }
            assertEquals(1, r.status(), r.toString());
            assertTrue(r.err().contains("the output is the settings file"), r.err());
        }
        assertEquals(new String(before), new String(Files.readAllBytes(settings)));
    }

    @Test
    void aJsonFileNameGivesJsonAndAClashIsACommandLineError() throws IOException {
        String data = ExampleDataTest.data("ipr.csv").toString();
        Path json = dir.resolve("s.json");
        assertEquals(0, Cli.run("summary", data, "-o", json.toString()).status());
        assertTrue(Files.readString(json).startsWith("{\n  \"format\": \"spc-analysis\""), "JSON, not CSV");
        Cli.Result clash = Cli.run("summary", data, "--format", "csv", "-o", dir.resolve("t.json").toString());
        assertEquals(2, clash.status(), clash.toString());
        assertTrue(clash.err().contains("--format csv does not match"), clash.err());
    }

    @Test
    void zeroColumnsIsACommandLineError() {
        Cli.Result r = Cli.run("chart", ExampleDataTest.data("ipr.csv").toString(), "--small-multiples", "--columns", "0",
                "-o", dir.resolve("c.png").toString());
        assertEquals(2, r.status(), r.toString());
    }
}
