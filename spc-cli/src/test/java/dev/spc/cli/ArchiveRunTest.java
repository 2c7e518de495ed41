package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's archive run: commands separated by --then, run one after another. */
class ArchiveRunTest {
    @Test
    void commandsAreSplitAtThen() {
        List<String[]> c = ArchiveRun.commands(new String[] {"summary", "a.csv", "--then", "chart", "a.csv", "-o", "d",
            "--then", "--then"});
        assertEquals(2, c.size());
        assertArrayEquals(new String[] {"summary", "a.csv"}, c.get(0));
        assertArrayEquals(new String[] {"chart", "a.csv", "-o", "d"}, c.get(1));
    }

    @Test
    void noArgumentsAreNoCommands() {
        assertEquals(0, ArchiveRun.commands(new String[0]).size());
    }
}
