package dev.spc.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's title in at most two lines, broken between words, as small multiples draw it in narrow cells. */
class TitleLinesTest {
    private static final Font FONT = ChartText.font(Font.BOLD, 15f * 0.6f);

    private static double wide(String s) {
        return FONT.getStringBounds(s, new FontRenderContext(null, true, true)).getWidth();
    }

    @Test
    void aLongNameBreaksBetweenWordsAndEndsWithAnEllipsisAfterAWholeWord() {
        String name = "Friends and Family Test - inpatient positive (%)";
        for (double room = 60; room <= 400; room += 7) {
            String shown = SpcChart.titleLines(name, FONT, room);
            List<String> lines = shown.lines().toList();
            assertTrue(lines.size() <= 2, room + ": " + shown);
            List<String> words = Arrays.asList(name.split(" "));
            for (String line : lines) {
                assertTrue(wide(line) <= Math.max(20, room), room + ": '" + line + "' is wider than the room");
                String plain = line.endsWith("…") ? line.substring(0, line.length() - 1) : line;
                for (String w : plain.split(" ")) {
                    assertTrue(words.contains(w), room + ": '" + line + "' breaks inside a word");
                }
            }
            String joined = String.join(" ", lines);
            assertTrue(joined.equals(name) || joined.endsWith("…"), room + ": what is left out is marked: " + shown);
        }
    }

    @Test
    void aNameThatFitsIsLeftAsItIs() {
        assertEquals("Complaints received", SpcChart.titleLines("Complaints received", FONT, 400));
    }

    @Test
    void onlyAWordWiderThanTheLineIsBrokenInside() {
        String shown = SpcChart.titleLines("Pneumonoultramicroscopicsilicovolcanoconiosis cases", FONT, 80);
        List<String> lines = shown.lines().toList();
        assertEquals(2, lines.size(), shown);
        assertTrue(lines.get(0).startsWith("Pneumono") && lines.get(1).endsWith("…"), shown);
        for (String line : lines) {
            assertTrue(wide(line) <= 80, line);
        }
    }
}
