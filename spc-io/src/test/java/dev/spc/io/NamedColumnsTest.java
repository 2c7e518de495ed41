package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small CSV read whole: columns by name whatever their case, blank rows skipped, cells checked with their row. */
class NamedColumnsTest {
    @TempDir
    Path dir;

    @Test
    void readsCellsByNameAndNamesTheRowOfABadOne() throws IOException {
        Path f = dir.resolve("results.csv");
        // A header in another case, a quoted name with a comma, a blank row (line 4), a whole number as 7.0.
        Files.writeString(f, "Worker,DAY,red\n\"Lee, A\",1,6\n\nBo,2,7.0\nCy,x,3\n");
        NamedColumns t = NamedColumns.read(f, "one row per worker");
        assertEquals(3, t.size());
        assertEquals("Lee, A", t.text(0, "worker"));
        assertEquals(7, t.whole(1, "red", 0, 50, "hint"));
        DataException e = assertThrows(DataException.class, () -> t.whole(2, "day", 1, 10, "Number the days"));
        assertTrue(e.getMessage().contains("results.csv") && e.getMessage().contains("row 5")
                && e.getMessage().contains("DAY") && e.getMessage().contains("'x'"), e.getMessage());
        assertThrows(DataException.class, () -> t.whole(0, "red", 0, 5, "hint"), "6 is more than 5");
        assertThrows(DataException.class, () -> t.number(2, "day", "hint"));
        assertThrows(DataException.class, () -> t.require("worker", "paddle"));
    }

    @Test
    void anEmptyFileOrOneWithoutRowsIsRefused() throws IOException {
        Path f = dir.resolve("empty.csv");
        Files.writeString(f, "");
        assertThrows(DataException.class, () -> NamedColumns.read(f, "rows"));
        Files.writeString(f, "worker,day,red\n");
        DataException e = assertThrows(DataException.class, () -> NamedColumns.read(f, "one row per worker"));
        assertTrue(e.getMessage().contains("one row per worker"), e.getMessage());
    }
}
