/**
 * The self-contained HTML report of many analyses ({@link dev.spc.charts.report.HtmlReport}): the Making Data
 * Count grid and summary matrix, then a section per metric with its chart, explanation, signals and data.
 */
package dev.spc.charts.report;
