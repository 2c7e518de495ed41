/**
 * Statistical process control for quality metrics: the Making Data Count method and the SPC canon.
 *
 * <p>{@link dev.spc.core.Spc#analyse Spc.analyse} turns a {@link dev.spc.core.series.Series} and a
 * {@link dev.spc.core.spec.ChartSpec} into an {@link dev.spc.core.Analysis}: the lines of every point, the
 * signals, each point's class, the icons and a plain-English explanation. {@link dev.spc.core.Monitor}
 * judges new points against limits frozen from a baseline. The method (phases, limits, rules, assessment)
 * lives in packages this module does not export.
 */
module dev.spc.core {
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.numbers.combinatorics;

    exports dev.spc.core;
    exports dev.spc.core.series;
    exports dev.spc.core.spec;
    exports dev.spc.core.result;
    exports dev.spc.core.funnel;
    exports dev.spc.core.capability;
    exports dev.spc.core.riskadjusted;
}
