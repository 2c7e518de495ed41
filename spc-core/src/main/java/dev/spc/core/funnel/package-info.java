/**
 * Funnel plots: comparing units (wards, sites, trusts) at one point in time, each against limits at its
 * own denominator, with Spiegelhalter's adjustments for overdispersion (docs/funnel.md).
 * {@link dev.spc.core.funnel.Funnel#of Funnel.of} is the entry point.
 */
package dev.spc.core.funnel;
