/**
 * What is analysed: a {@link dev.spc.core.series.Series} of one metric's points in time order (values,
 * numerators and denominators, or {@link dev.spc.core.series.Subgroup}s), and the problems a point can have
 * as data ({@link dev.spc.core.series.InputProblem}, with its {@link dev.spc.core.series.Remedy}), which an
 * {@link dev.spc.core.series.InvalidInputException} carries.
 */
package dev.spc.core.series;
