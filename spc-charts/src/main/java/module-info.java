/**
 * Pictures of an analysis: Making Data Count style charts as PNG, SVG and PDF, the variation and assurance
 * icons, small multiples, and the self-contained HTML report.
 */
module dev.spc.charts {
    requires transitive dev.spc.core;
    requires transitive java.desktop;
    requires transitive org.jfree.jfreechart;
    requires org.jfree.svg;
    requires org.jfree.pdf;
    requires com.github.mustachejava;

    exports dev.spc.charts;
    exports dev.spc.charts.report;
    // The report's templates read its view records by reflection.
    opens dev.spc.charts.report to com.github.mustachejava;
}
