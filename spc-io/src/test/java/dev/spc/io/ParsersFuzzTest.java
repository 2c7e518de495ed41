package dev.spc.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.spc.core.Analysis;
import dev.spc.core.Spc;
import dev.spc.core.series.Series;
import dev.spc.core.spec.ChartSpec;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fuzz tests of every parser of user input: whatever the bytes, a parser either reads them or throws a
 * {@link DataException} that says where and what; never another exception. In the normal build these run
 * as regression tests over the inputs in {@code ParsersFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=ParsersFuzzTest} fuzzes for real.
 */
class ParsersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void csvExportsAreReadOrRefusedWithAReason(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            Export export = ExportReader.read(new ByteArrayInputStream(bytes), "fuzz.csv", ReadOptions.defaults());
            for (Series s : export.series()) {
                for (int i = 1; i < s.size(); i++) {
                    assertTrue(s.date(i - 1).isBefore(s.date(i)), "dates strictly increasing");
                }
                Analysis a = Spc.analyse(s, ChartSpec.mdc());
                assertFalse(a.explanation().isEmpty());
            }
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void exportsForEveryChartAreReadOrRefusedWithAReason(FuzzedDataProvider data) {
        dev.spc.core.spec.ChartType chart = data.pickValue(dev.spc.core.spec.ChartType.values());
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            Export export = ExportReader.read(new ByteArrayInputStream(bytes), "fuzz.csv",
                    ReadOptions.defaults().chart(chart));
            for (Series s : export.series()) {
                Analysis a = Spc.analyse(s, ChartSpec.builder().chart(chart).minimumPoints(2).build());
                assertFalse(a.explanation().isEmpty());
                for (int i = 0; i < a.size(); i++) {
                    assertFalse(a.lowerLimit(i) > a.upperLimit(i), "limits in order at " + i);
                }
            }
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void settingsFilesAreReadOrRefusedWithAReason(FuzzedDataProvider data) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("fuzz-settings", ".csv");
        try {
            java.nio.file.Files.write(file, data.consumeRemainingAsBytes());
            Settings settings = Settings.read(file);
            for (MetricSettings row : settings.rows()) {
                assertFalse(row.metric().isBlank());
                row.applyTo(ChartSpec.mdc());
            }
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dateColumnsAreReadOrRefusedWithAReason(FuzzedDataProvider data) {
        String first = data.consumeString(40);
        String second = data.consumeRemainingAsString();
        try {
            Map<String, Integer> column = new LinkedHashMap<>();
            column.put(first, 2);
            column.putIfAbsent(second, 3);
            DateReader r = DateReader.of(column, null, "fuzz.csv", "date");
            assertTrue(r.date(first) != null && r.date(second) != null);
        } catch (DataException e) {
            assertTrue(e.row() == 2 || e.row() == 3, e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dateFormatsAreTakenOrRefusedWithAReason(FuzzedDataProvider data) {
        String pattern = data.consumeString(30);
        String value = data.consumeRemainingAsString();
        try {
            ReadOptions.defaults().dateFormat(pattern);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("is not a date format"), e.getMessage());
            return;
        }
        try {
            Map<String, Integer> column = new LinkedHashMap<>();
            column.put(value, 2);
            assertTrue(DateReader.of(column, pattern, "fuzz.csv", "date").date(value) != null);
        } catch (DataException e) {
            assertTrue(e.row() == 2, e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void cellsAreNumbersOrRefusedWithAReason(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            double v = Cells.number(text, "fuzz.csv", 2, "value", "--missing");
            assertTrue(Double.isFinite(v), text);
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv, row 2, column 'value': "), e.getMessage());
        }
    }
}
