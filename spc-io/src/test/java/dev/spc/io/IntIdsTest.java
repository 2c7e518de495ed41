package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ids of keys that lie close together are those given, as a HashMap would keep them. */
class IntIdsTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void idsAreThoseGiven(long seed) {
        Random r = new Random(seed);
        IntIds ids = new IntIds();
        Map<Integer, Integer> expected = new HashMap<>();
        int n = 1 + r.nextInt(100_000);
        // The epoch days of years 1 to 9999: ascending, descending, repeated and scattered.
        int low = -719_162;
        int high = 2_932_896;
        int start = low + r.nextInt(high - low);
        for (int i = 0; i < n; i++) {
            int key = switch (r.nextInt(4)) {
                case 0 -> Math.min(high, start + i);
                case 1 -> Math.max(low, start - i);
                case 2 -> start + r.nextInt(50);
                default -> low + r.nextInt(high - low);
            };
            if (!expected.containsKey(key)) {
                assertEquals(-1, ids.get(key), "seed " + seed + ": " + key + " has no id yet");
                expected.put(key, expected.size());
                ids.put(key, expected.get(key));
            }
        }
        assertEquals(expected.size(), ids.size());
        for (Map.Entry<Integer, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), ids.get(e.getKey()), "seed " + seed);
        }
        assertEquals(-1, ids.get(Integer.MIN_VALUE));
        assertEquals(-1, ids.get(Integer.MAX_VALUE));
    }

    @Test
    void keysTooFarApartAreRefused() {
        IntIds ids = new IntIds();
        ids.put(0, 0);
        assertThrows(IllegalArgumentException.class, () -> ids.put(IntIds.MAX_SPAN, 1));
        assertThrows(IllegalArgumentException.class, () -> ids.put(-IntIds.MAX_SPAN, 1));
        ids.put(IntIds.MAX_SPAN - 1, 1);
        assertEquals(1, ids.get(IntIds.MAX_SPAN - 1));
    }
}
