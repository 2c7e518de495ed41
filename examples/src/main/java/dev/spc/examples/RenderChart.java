package dev.spc.examples;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.SpcChart;
import dev.spc.charts.Theme;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.spec.ChartSpec;
import dev.spc.io.Export;
import dev.spc.io.ExportReader;
import dev.spc.io.ReadOptions;
import dev.spc.io.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Render a chart: analyse one metric and draw it as SVG (for a web page) and PNG (for a slide at twice
 * the resolution), in the Making Data Count style. Nothing is recomputed by the drawing.
 *
 * <p>Argument: the folder to write into (default: the system's temporary folder).
 */
public final class RenderChart {
    private RenderChart() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("java.io.tmpdir"));
        System.setProperty("java.awt.headless", "true");
        Export export = ExportReader.read(Data.file("ipr.csv"), ReadOptions.defaults());
        Settings settings = Settings.read(Data.file("ipr-settings.csv"));
        Analysis falls = export.series().stream()
                .filter(s -> s.metric().startsWith("Falls"))
                .map(s -> Spc.analyse(s, settings.specFor(s.metric(), ChartSpec.mdc())))
                .findFirst().orElseThrow();

        ChartOptions web = ChartOptions.builder().theme(Theme.MDC).build();
        Path svg = dir.resolve("falls.svg");
        try (OutputStream out = Files.newOutputStream(svg)) {
            ChartWriter.write(SpcChart.of(falls, web), ChartFormat.SVG, web, out);
        }
        ChartOptions slide = web.toBuilder().dpi(192).build();
        Path png = dir.resolve("falls.png");
        try (OutputStream out = Files.newOutputStream(png)) {
            ChartWriter.write(SpcChart.of(falls, slide), ChartFormat.PNG, slide, out);
        }
        System.out.println("wrote " + svg + " (" + Files.size(svg) + " bytes)");
        System.out.println("wrote " + png + " (" + Files.size(png) + " bytes)");
    }
}
