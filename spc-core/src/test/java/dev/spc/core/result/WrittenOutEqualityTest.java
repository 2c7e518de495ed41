package dev.spc.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.spc.core.series.Bounds;
import org.junit.jupiter.api.Test;

/**
 * The records whose equality is written out by hand (to spare a short run the method handles a record's own
 * methods are made with) keep a record's meaning: every component counts, and doubles compare as
 * {@link Double#compare} does.
 */
class WrittenOutEqualityTest {
    @Test
    void signalsAreEqualWhenEveryComponentIs() {
        Signal s = new Signal(RuleId.SHIFT, Side.HIGH, 3, 9, 7);
        assertEquals(s, new Signal(RuleId.SHIFT, Side.HIGH, 3, 9, 7));
        assertEquals(s.hashCode(), new Signal(RuleId.SHIFT, Side.HIGH, 3, 9, 7).hashCode());
        assertNotEquals(s, new Signal(RuleId.TREND, Side.HIGH, 3, 9, 7));
        assertNotEquals(s, new Signal(RuleId.SHIFT, Side.LOW, 3, 9, 7));
        assertNotEquals(s, new Signal(RuleId.SHIFT, Side.HIGH, 4, 9, 7));
        assertNotEquals(s, new Signal(RuleId.SHIFT, Side.HIGH, 3, 10, 7));
        assertNotEquals(s, new Signal(RuleId.SHIFT, Side.HIGH, 3, 9, 8));
        assertNotEquals(s, null);
        assertNotEquals(s, "a signal");
    }

    @Test
    void boundsCompareAsDoubleCompareDoes() {
        assertEquals(Bounds.NOT_SET, new Bounds(Double.NaN, Double.NaN), "NaN (not given) equals NaN");
        assertEquals(Bounds.NOT_SET.hashCode(), new Bounds(Double.NaN, Double.NaN).hashCode());
        assertEquals(new Bounds(0, 100), new Bounds(0, 100));
        assertEquals(new Bounds(0, 100).hashCode(), new Bounds(0, 100).hashCode());
        assertNotEquals(new Bounds(0, 100), new Bounds(0, 99));
        assertNotEquals(new Bounds(0, 100), new Bounds(1, 100));
        assertNotEquals(new Bounds(0.0, 100), new Bounds(-0.0, 100), "Double.compare tells 0 from -0");
        assertNotEquals(Bounds.NONE, Bounds.NOT_SET);
        assertNotEquals(new Bounds(0, 100), null);
    }
}
