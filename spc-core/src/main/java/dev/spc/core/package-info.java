/**
 * The analysis: {@link dev.spc.core.Spc#analyse Spc.analyse} turns a series and a chart spec into an
 * {@link dev.spc.core.Analysis}, which holds every point's lines, the signals, each point's class, the
 * Making Data Count icons and a plain-English explanation; {@link dev.spc.core.Monitor} judges new points
 * against limits frozen from a baseline; {@link dev.spc.core.Formats} writes its numbers as a person reads
 * them.
 *
 * <p>The method behind it is documented in the repository's {@code docs/methods.md}, which the Javadoc of
 * each class cites by section.
 */
package dev.spc.core;
