package dev.spc.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public reference results that live beside the project, in {@code ../shared/reference/}, read where
 * they lie (never copied), so that a change to them is a change to the tests.
 */
public final class Reference {
    private Reference() {
    }

    /** One expected point of an MDC check case. */
    public record CasePoint(LocalDate date, double value, String expected) {
    }

    /** The settings an MDC check case is checked under. */
    public record CaseSettings(String metric, String direction, Integer baselinePoints, LocalDate recalculateFrom) {
    }

    /** The folder {@code shared/reference}, found beside the checkout (fails the test if absent). */
    public static Path folder() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared").resolve("reference");
            if (Files.isDirectory(candidate.resolve("mdc")) && Files.exists(d.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/reference/ not found beside the checkout (looked up from " + dir
                + "); the reference tests need it");
    }

    public static Path mdcCasesFile() {
        return folder().resolve("mdc").resolve("mdc-xmr-cases.csv");
    }

    public static Path mdcSettingsFile() {
        return folder().resolve("mdc").resolve("mdc-xmr-settings.csv");
    }

    /** The MDC check cases: metric to points, metrics in file order. */
    public static Map<String, List<CasePoint>> mdcCases() {
        Map<String, List<CasePoint>> cases = new LinkedHashMap<>();
        List<String[]> rows = rows(mdcCasesFile());
        for (String[] r : rows.subList(1, rows.size())) {
            cases.computeIfAbsent(r[0], k -> new ArrayList<>())
                    .add(new CasePoint(LocalDate.parse(r[1]), Double.parseDouble(r[2]), r[3]));
        }
        return cases;
    }

    /** The settings of every MDC check case, by metric. */
    public static Map<String, CaseSettings> mdcSettings() {
        Map<String, CaseSettings> settings = new LinkedHashMap<>();
        List<String[]> rows = rows(mdcSettingsFile());
        String[] header = rows.get(0);
        for (String[] r : rows.subList(1, rows.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], c < r.length ? r[c] : "");
            }
            String baseline = row.get("baseline_points");
            String recalc = row.get("recalculate_from");
            settings.put(row.get("metric"), new CaseSettings(row.get("metric"), row.get("direction"),
                    baseline.isEmpty() ? null : Integer.valueOf(baseline),
                    recalc.isEmpty() ? null : LocalDate.parse(recalc)));
        }
        return settings;
    }

    /** R's {@code set.seed(123); rnorm(20)}, as the reference README gives it. */
    public static double[] rnorm20() {
        return new double[] {-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499,
            0.46091621, -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272,
            -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141};
    }

    private static List<String[]> rows(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
