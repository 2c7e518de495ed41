package dev.spc.core;

import dev.spc.core.limits.PhaseLimits;

/**
 * One phase of a chart: a run of points sharing a centre line and limits.
 *
 * @param number 1 for the first phase, counting up at each recalculation
 * @param first the index of the phase's first point
 * @param last the index of the phase's last point
 * @param limits the phase's centre line and lines
 */
public record Phase(int number, int first, int last, PhaseLimits limits) {
}
