package dev.spc.core.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.core.spec.GLimits;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code --g-limits qcc}: qcc's G chart (stats.g, sd.g, limits.g), worked by hand. */
class QccGChartTest {
    @Test
    void centreAtTheMeanAndGeometricQuantilesWithPOneOverTheMean() {
        // 13 intervals summing to 52: mean 4 (the median is 1, where the default draws the centre line).
        double[] g = {0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 10, 12, 15};
        LocalDate[] d = new LocalDate[g.length];
        for (int i = 0; i < g.length; i++) {
            d[i] = LocalDate.of(2024, 1, 1).plusMonths(i);
        }
        Analysis a = Spc.analyse(Series.of("m", d, g), ChartSpec.builder().chart(ChartType.G).gLimits(GLimits.QCC).build());
        assertEquals(4, a.centre(0), 1e-12);
        // sigma = sqrt(1 - p) / p with p = 1/4: sqrt(0.75) * 4 = sqrt(12)
        assertEquals(Math.sqrt(12), a.sigma(0), 1e-12);
        // qgeom(0.99865, 0.25): the least k with 1 - 0.75^(k + 1) >= 0.99865, i.e. k + 1 >= ln(0.00135) / ln(0.75)
        // = 22.97, so k = 22. qgeom(0.00135, 0.25): 1 - 0.75 = 0.25 >= 0.00135 already at k = 0.
        assertEquals(22, a.upperLimit(0), 1e-12);
        assertEquals(0, a.lowerLimit(0), 1e-12);
        // The default draws the centre at the median.
        Analysis qicharts = Spc.analyse(Series.of("m", d, g), ChartSpec.builder().chart(ChartType.G).build());
        assertEquals(1, qicharts.centre(0), 1e-12);
    }
}
