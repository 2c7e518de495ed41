/**
 * Pictures of an analysis, in the Making Data Count style: {@link dev.spc.charts.SpcChart} draws one analysis
 * (points coloured by class, centre line, process limits, target, annotations, icons, explanation),
 * {@link dev.spc.charts.SmallMultiples} many, and {@link dev.spc.charts.ChartWriter} writes them as PNG, SVG
 * or PDF. Nothing here computes a statistic: every number comes from the analysis.
 */
package dev.spc.charts;
