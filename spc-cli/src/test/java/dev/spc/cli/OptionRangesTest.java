package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every numeric option at the ends of the range its help states works, and a value just outside it exits 2
 * naming the range: never an exception, an out-of-memory trace or "unexpected failure".
 */
class OptionRangesTest {
    @TempDir
    Path dir;

    /** One metric of three points, enough for every option to run quickly. */
    Path small() throws IOException {
        return Files.writeString(dir.resolve("one.csv"), "date,value\n2024-01-01,1\n2024-02-01,2\n2024-03-01,4\n");
    }

    Cli.Result run(String command, String options, String output) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, small().toString(), "--quiet"));
        args.addAll(List.of(options.split(" ")));
        if (output != null) {
            args.addAll(List.of("-o", dir.resolve(output).toString()));
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the chart's size: points 100 to 10000 wide, 80 to 10000 high; dpi 36 to 1200
        "chart|--width 100 --height 80 --dpi 36|a.png",
        "chart|--width 100 --height 80 --dpi 1200|b.png",
        "chart|--width 10000 --height 10000|c.svg",
        "chart|--width 10000 --height 10000|d.pdf",
        "chart|--width 800 --height 450 --dpi 1200 --format svg|e",
        "chart|--small-multiples --columns 1|f.png",
        "chart|--small-multiples --columns 2147483647|g.png",
        // the rules' numbers: the ends each parameter's check states
        "summary|--shift 3|",
        "summary|--shift 2147483647|",
        "summary|--trend 3|",
        "summary|--trend 2147483647|",
        "summary|--min-points 2|",
        "summary|--min-points 2147483647|",
        "summary|--baseline 2|",
        "summary|--baseline 2147483647|",
        "summary|--rules nelson --nelson-k 1=1000000|",
        "summary|--rules nelson --nelson-k 5=1|",
        "summary|--rules nelson --nelson-k 8=1000000|",
        "summary|--digits 0|",
        "summary|--digits 15|",
        "summary|--header-row 1|",
        "teach|--seed -9223372036854775808|",
        "teach|--seed 9223372036854775807|",
    })
    void theEndsOfEveryRangeWork(String command, String options, String output) throws IOException {
        Cli.Result r = command.equals("teach")
                ? Cli.run("teach", "shift", options.split(" ")[0], options.split(" ")[1], "-o", dir.resolve("t").toString())
                : run(command, options, output);
        assertEquals(0, r.status(), options + ": " + r);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chart|--width 99|a.png|width must be 100 to 10000, not 99",
        "chart|--width 10001|a.png|width must be 100 to 10000, not 10001",
        "chart|--height 79|a.png|height must be 80 to 10000, not 79",
        "chart|--height 10001|a.png|height must be 80 to 10000, not 10001",
        "chart|--dpi 35|a.png|dpi must be 36 to 1200, not 35",
        "chart|--dpi 1201|a.png|dpi must be 36 to 1200, not 1201",
        "chart|--width 10000 --height 10000 --dpi 1200|a.png|would be 125000 x 125000 pixels, more than the 100 million",
        "chart|--width 10000 --height 10000 --dpi 97|a.png|more than the 100 million a PNG may have",
        "chart|--width 2147483647|a.png|width must be 100 to 10000",
        "chart|--small-multiples --columns 0|a.png|--columns must be 1 or more",
        "summary|--rules nelson --nelson-k 5=2147483647||Nelson test 5 needs K from 1 to 1000000, not 2147483647",
        "summary|--rules nelson --nelson-k 1=1000001||Nelson test 1 needs K from 1 to 1000000, not 1000001",
        "summary|--shift 2||a shift needs at least 3 points, not 2",
        "summary|--trend 2||a trend needs at least 3 points, not 2",
        "summary|--min-points 1||must be at least 2, not 1",
        "summary|--baseline 1||a baseline needs at least 2 points, not 1",
        "summary|--digits 16||--digits must be a whole number from 0 to 15, not 16",
        "summary|--digits -1||--digits must be a whole number from 0 to 15, not -1",
        "summary|--header-row 0||--header-row counts rows from 1, not 0",
        "summary|--shift 2147483648||is not a whole number",
    })
    void aValueOutsideItsRangeExitsTwoNamingTheRange(String command, String options, String output, String expected)
            throws IOException {
        Cli.Result r = run(command, options, output);
        // Before: NegativeArraySizeException or an out-of-memory trace for the size, "unexpected failure" for K.
        assertEquals(2, r.status(), options + ": " + r);
        assertTrue(r.err().contains(expected), options + ": " + r.err());
        assertFalse(r.err().contains("unexpected failure") || r.err().contains("Exception"), r.err());
    }
}
