/**
 * Risk-adjusted monitoring of case-level outcomes: Steiner's risk-adjusted CUSUM and the variable
 * life-adjusted display (VLAD) (docs/risk-adjusted.md). {@link dev.spc.core.riskadjusted.RiskAdjusted#of} is
 * the entry point.
 */
package dev.spc.core.riskadjusted;
