package dev.spc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.ChartType;
import dev.spc.io.AnalysisCsv;
import dev.spc.io.AnalysisTables;
import dev.spc.io.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV written an analysis at a time is byte for byte the CSV of the tables of {@link AnalysisTables}:
 * every chart (with a gap, a ghost, an annotation, a point's own target and a rebase), a series of gaps, an
 * empty series, formula-like and quoted names, in every style.
 */
class AnalysisCsvTest {
    static List<Analysis> analyses() {
        List<Analysis> all = new ArrayList<>(Fixtures.everyChart());
        all.add(Spc.analyse(Series.of("=SUM(1), \"quoted\"", List.of(Series.Point.gap(Fixtures.START),
                Series.Point.gap(Fixtures.START.plusMonths(1)))), ChartSpec.mdc()));
        all.add(Spc.analyse(Series.of(" edge spaces ", List.of()), ChartSpec.builder().target(3).build()));
        all.add(Spc.analyse(Series.of("Tiny values", List.of(Series.Point.of(Fixtures.START, 1e-9),
                Series.Point.of(Fixtures.START.plusMonths(1), -2.5e-12), Series.Point.of(Fixtures.START.plusMonths(2),
                        123456789.125))), ChartSpec.builder().chart(ChartType.XMR).minimumPoints(2).build()));
        return all;
    }

    static CsvWriter.Style style(String id) {
        return switch (id) {
            case "plain" -> CsvWriter.Style.PLAIN;
            case "digits" -> new CsvWriter.Style(2, false);
            default -> new CsvWriter.Style(-1, true);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "digits", "excel"})
    void summariesAreTheTablesBytes(String id) throws IOException {
        CsvWriter.Style style = style(id);
        StringWriter tables = new StringWriter();
        CsvWriter.write(AnalysisTables.summary(analyses()), tables, style);
        StringWriter direct = new StringWriter();
        AnalysisCsv.summaryHeader(direct, style);
        for (Analysis a : analyses()) {
            AnalysisCsv.summary(a, direct, style);
        }
        assertEquals(tables.toString(), direct.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "digits", "excel"})
    void pointsAreTheTablesBytes(String id) throws IOException {
        CsvWriter.Style style = style(id);
        // Every chart's analysis, without and with the CUSUM's and the EWMA's columns (filled for those charts,
        // empty for the rest).
        List<Set<ChartType>> statistics = List.of(Set.of(), Set.of(ChartType.CUSUM), Set.of(ChartType.EWMA),
                EnumSet.of(ChartType.CUSUM, ChartType.EWMA));
        for (Set<ChartType> charts : statistics) {
            for (boolean[] columns : new boolean[][] {{false, false}, {true, false}, {false, true}, {true, true}}) {
                StringWriter tables = new StringWriter();
                CsvWriter.write(AnalysisTables.points(analyses(), columns[0], columns[1], charts), tables, style);
                StringWriter direct = new StringWriter();
                AnalysisCsv.pointsHeader(direct, style, columns[0], columns[1], charts);
                for (Analysis a : analyses()) {
                    AnalysisCsv.points(a, direct, style, columns[0], columns[1], charts);
                }
                assertEquals(tables.toString(), direct.toString(), columns[0] + " " + columns[1] + " " + charts);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "digits", "excel"})
    void theTableOfSensitiveChartsHasTheirColumnsAsTheCsvDoes(String id) throws IOException {
        CsvWriter.Style style = style(id);
        List<Analysis> sensitive = new ArrayList<>();
        for (Analysis a : analyses()) {
            if (a.chart().isSensitive() || a.chart() == ChartType.XMR) {
                sensitive.add(a);
            }
        }
        Set<ChartType> charts = EnumSet.of(ChartType.CUSUM, ChartType.EWMA);
        StringWriter tables = new StringWriter();
        CsvWriter.write(AnalysisTables.points(sensitive), tables, style);
        StringWriter direct = new StringWriter();
        AnalysisCsv.pointsHeader(direct, style, false, false, charts);
        for (Analysis a : sensitive) {
            AnalysisCsv.points(a, direct, style, false, false, charts);
        }
        assertEquals(direct.toString(), tables.toString());
        String header = tables.toString().lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(",cusum_upper,cusum_lower,ewma,lower_limit_bounded,upper_limit_bounded"), header);
    }
}
