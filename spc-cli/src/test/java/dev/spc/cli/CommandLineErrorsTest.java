package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wrong option value: exit 2 and a message in the user's words, naming the choices, with no Java in it. */
class CommandLineErrorsTest {
    @ParameterizedTest
    @CsvSource({
        "--chart, foo, 'foo' is not an available chart; available: run, xmr",
        "--direction, sideways, 'sideways' is not an improvement direction",
        "--rules, westinghouse, available: mdc, anhoej, ihi, we, nelson",
        "--target, abc, 'abc' is not a number",
        "--min-points, x, 'x' is not a whole number",
        "--g-limits, maybe, 'maybe' is not sigma, probability or qcc"})
    void aWrongValueIsSaidPlainly(String option, String value, String expected) {
        Cli.Result r = Cli.run("summary", ExampleDataTest.data("ipr.csv").toString(), option, value);
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("java."), r.err());
    }

    @org.junit.jupiter.api.Test
    void optionsForRulesThatAreNotChosenAreSaidToDoNothing() {
        Cli.Result r = Cli.run("summary", ExampleDataTest.data("ipr.csv").toString(), "--rules", "we", "--nelson-k",
                "2=7", "--shift", "7");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.err().contains("--nelson-k has no effect"), r.err());
        assertTrue(r.err().contains("--rules does not choose mdc"), r.err());
        Cli.Result chosen = Cli.run("summary", ExampleDataTest.data("ipr.csv").toString(), "--rules", "nelson,mdc",
                "--nelson-k", "2=7", "--shift", "7");
        assertFalse(chosen.err().contains("no effect") || chosen.err().contains("does not choose"), chosen.err());
    }

    /**
     * Every command's help reads cleanly: picocli warns on the console when a help text holds a lone percent
     * sign (which it reads as a format), so the texts write one as two.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"summary", "analyse", "chart", "report", "teach",
        "funnel", "capability", "help"})
    void everyCommandsHelpIsWrittenWithoutAWarning(String command) {
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        Cli.Result r;
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            r = Cli.run(command, "--help");
        } finally {
            System.setErr(console);
        }
        assertEquals(0, r.status(), r.toString());
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("", r.err());
        assertFalse(r.out().contains("%%"), r.out());
        if (command.equals("report")) {
            assertTrue(r.out().replaceAll("\\s+", " ").contains("outside the 95% and 99.8% limits"), r.out());
        }
        if (command.equals("teach")) {
            assertTrue(r.out().contains("\"Discharges before noon (%)\""), r.out());
        }
    }
}
