/**
 * How a series is analysed: a {@link dev.spc.core.spec.ChartSpec} of the chart, the improvement direction,
 * the target, and three small records of parameters ({@link dev.spc.core.spec.Phasing},
 * {@link dev.spc.core.spec.LimitConventions}, {@link dev.spc.core.spec.RuleParameters}), with the closed sets
 * of choices as enums. Every parameter has a stable id ({@link dev.spc.core.spec.Parameter}), which an
 * {@link dev.spc.core.spec.InvalidParameterException} names.
 */
package dev.spc.core.spec;
