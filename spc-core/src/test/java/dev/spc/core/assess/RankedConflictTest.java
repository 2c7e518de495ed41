package dev.spc.core.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spc.core.result.PointClass;
import dev.spc.core.result.RuleId;
import dev.spc.core.result.Side;
import dev.spc.core.rules.Findings;
import dev.spc.core.spec.ConflictResolution;
import dev.spc.core.spec.Direction;
import org.junit.jupiter.api.Test;

/**
 * {@code --conflict ranked}: NHSRplotthedots' precedence when rules flag a point on both sides (the issue's
 * statement of its convention: a point beyond a limit, then a trend, then two of three, then a shift).
 */
class RankedConflictTest {
    private static long flags(RuleId a, Side sa, RuleId b, Side sb) {
        return Findings.bit(a, sa) | Findings.bit(b, sb);
    }

    @Test
    void aPointBeyondALimitOutranksATrend() {
        // Rising from far below the lower limit: astronomical low (concern, higher is better), trend high (improvement).
        long f = flags(RuleId.ASTRONOMICAL, Side.LOW, RuleId.TREND, Side.HIGH);
        assertEquals(PointClass.CONCERN, PointClasses.of(f, Direction.INCREASE, ConflictResolution.RANKED));
        assertEquals(PointClass.IMPROVEMENT, PointClasses.of(f, Direction.INCREASE, ConflictResolution.IMPROVEMENT_WINS));
        // Lower is better: the same flags make the point beyond the lower limit an improvement.
        assertEquals(PointClass.IMPROVEMENT, PointClasses.of(f, Direction.DECREASE, ConflictResolution.RANKED));
    }

    @Test
    void aTrendOutranksTwoOfThreeWhichOutranksAShift() {
        long trendOverShift = flags(RuleId.TREND, Side.LOW, RuleId.SHIFT, Side.HIGH);
        assertEquals(PointClass.CONCERN, PointClasses.of(trendOverShift, Direction.INCREASE, ConflictResolution.RANKED));
        long twoOverShift = flags(RuleId.TWO_OF_THREE, Side.LOW, RuleId.SHIFT, Side.HIGH);
        assertEquals(PointClass.CONCERN, PointClasses.of(twoOverShift, Direction.INCREASE, ConflictResolution.RANKED));
        long trendOverTwo = flags(RuleId.TREND, Side.HIGH, RuleId.TWO_OF_THREE, Side.LOW);
        assertEquals(PointClass.IMPROVEMENT, PointClasses.of(trendOverTwo, Direction.INCREASE, ConflictResolution.RANKED));
        // Without a conflict, ranking changes nothing.
        assertEquals(PointClass.CONCERN, PointClasses.of(Findings.bit(RuleId.SHIFT, Side.LOW), Direction.INCREASE,
                ConflictResolution.RANKED));
    }
}
