package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.spc.core.series.Series;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walking an export's series again gives the same series, the one made last not made twice. */
class ExportWalksTest {
    private static Export read(String csv) {
        return ExportReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
                ReadOptions.defaults());
    }

    private static List<Series> walk(Export e) {
        List<Series> list = new ArrayList<>();
        e.forEach(list::add);
        return list;
    }

    @Test
    void aOneMetricExportWalkedTwiceMakesItsSeriesOnce() {
        Export e = read("metric,date,value\nA,2024-01-01,1\nA,2024-02-01,2\nA,2024-03-01,4\n");
        Series first = walk(e).get(0);
        assertSame(first, walk(e).get(0));
        assertEquals(List.of(1.0, 2.0, 4.0), List.of(first.value(0), first.value(1), first.value(2)));
    }

    @Test
    void aWalkOfSeveralMetricsGivesEachItsOwnSeriesEveryTime() {
        Export e = read("metric,date,value\nA,2024-01-01,1\nB,2024-01-01,10\nA,2024-02-01,2\nB,2024-02-01,20\n");
        List<Series> once = walk(e);
        List<Series> again = walk(e);
        assertEquals(List.of("A", "B"), List.of(again.get(0).metric(), again.get(1).metric()));
        assertNotSame(once.get(0), again.get(0));
        assertEquals(20.0, again.get(1).value(1));
        assertEquals(2.0, again.get(0).value(1));
    }
}
