/**
 * What an analysis finds, by the names the field uses: each point's class
 * ({@link dev.spc.core.result.PointClass}), the Making Data Count icons
 * ({@link dev.spc.core.result.VariationIcon}, {@link dev.spc.core.result.AssuranceIcon}), the rules' stable
 * ids ({@link dev.spc.core.result.RuleId}) and their {@link dev.spc.core.result.Signal}s, and the runs
 * analysis of the latest phase ({@link dev.spc.core.result.RunStatistics}).
 */
package dev.spc.core.result;
