package dev.spc.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionTest {
    @Test
    void everyPairOfIconsHasASuggestionThatFitsIt() {
        Set<String> distinct = new HashSet<>();
        for (VariationIcon v : VariationIcon.values()) {
            for (AssuranceIcon a : AssuranceIcon.values()) {
                String s = Action.suggested(v, a);
                assertFalse(s.isBlank(), v + "/" + a);
                assertTrue(s.endsWith("."), "a sentence: " + s);
                distinct.add(s);
            }
        }
        // Concern 4 + improvement 4 + neither 1 + common cause 4 + too few points 1.
        assertEquals(14, distinct.size());
        assertTrue(Action.suggested(VariationIcon.CONCERN_LOW, AssuranceIcon.FAIL).contains("plan"),
                "a concern with a failing target asks for investigation and a plan");
        assertTrue(Action.suggested(VariationIcon.COMMON_CAUSE, AssuranceIcon.FAIL).contains("redesign"),
                "a stable process that cannot meet its target needs changing, not watching");
        assertEquals(Action.suggested(VariationIcon.IMPROVEMENT_HIGH, AssuranceIcon.PASS),
                Action.suggested(VariationIcon.IMPROVEMENT_LOW, AssuranceIcon.PASS), "the side does not matter");
    }

    @Test
    void iconsClassesAndRulesHaveWordsForPeople() {
        for (VariationIcon v : VariationIcon.values()) {
            assertFalse(v.words().contains("_"), v.words());
        }
        for (AssuranceIcon a : AssuranceIcon.values()) {
            assertFalse(a.words().contains("_"), a.words());
        }
        for (RuleId r : RuleId.values()) {
            assertTrue(Character.isUpperCase(r.words().charAt(0)), r.words());
        }
        assertEquals("Target consistently met", AssuranceIcon.PASS.words());
        assertEquals("Common cause", VariationIcon.COMMON_CAUSE.words());
    }
}
