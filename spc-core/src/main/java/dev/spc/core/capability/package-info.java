/**
 * Process capability: Cp, Cpk, Cpm, Pp and Ppk with confidence intervals, as qcc's
 * {@code process.capability} gives them (docs/capability.md). {@link dev.spc.core.capability.Capability#of} is
 * the entry point.
 */
package dev.spc.core.capability;
