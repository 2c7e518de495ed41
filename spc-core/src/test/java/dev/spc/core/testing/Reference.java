package dev.spc.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published reference results the tests check against, kept in the test resources beside them
 * ({@code dev/spc/core/reference/}, whose README names their sources). They are read from the class
 * path, so the tests of every module can use them, from this module's test jar.
 */
public final class Reference {
    private static final String FOLDER = "/dev/spc/core/reference/";

    private Reference() {
    }

    /** One expected point of an MDC check case. */
    public record CasePoint(LocalDate date, double value, String expected) {
    }

    /** The settings an MDC check case is checked under. */
    public record CaseSettings(String metric, String direction, Integer baselinePoints, LocalDate recalculateFrom) {
    }

    /** The MDC check cases as a file, for tests that run the command line on it. */
    public static Path mdcCasesFile() {
        return file("mdc/mdc-xmr-cases.csv");
    }

    /** The MDC check cases' settings as a file, in the command line's settings format. */
    public static Path mdcSettingsFile() {
        return file("mdc/mdc-xmr-settings.csv");
    }

    /** The MDC check cases: metric to points, metrics in file order. */
    public static Map<String, List<CasePoint>> mdcCases() {
        Map<String, List<CasePoint>> cases = new LinkedHashMap<>();
        List<String[]> rows = rows("mdc/mdc-xmr-cases.csv");
        for (String[] r : rows.subList(1, rows.size())) {
            cases.computeIfAbsent(r[0], k -> new ArrayList<>())
                    .add(new CasePoint(LocalDate.parse(r[1]), Double.parseDouble(r[2]), r[3]));
        }
        return cases;
    }

    /** The settings of every MDC check case, by metric. */
    public static Map<String, CaseSettings> mdcSettings() {
        Map<String, CaseSettings> settings = new LinkedHashMap<>();
        List<String[]> rows = rows("mdc/mdc-xmr-settings.csv");
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

    /**
     * R's {@code set.seed(123); rnorm(20)}, the series NHSRplotthedots checks its limits on (the numbers
     * expected of it are in docs/methods.md, section 10).
     */
    public static double[] rnorm20() {
        return new double[] {-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499,
            0.46091621, -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272,
            -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141};
    }

    private static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : new String(bytes(name), StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Reference.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("reference file " + FOLDER + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reference file copied once to a temporary folder (it may lie inside a jar), deleted at exit. */
    private static synchronized Path file(String name) {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "spc-reference-" + ProcessHandle.current().pid());
            Path target = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
            if (!Files.exists(target)) {
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir);
                    dir.toFile().deleteOnExit();
                }
                Path part = Files.createTempFile(dir, "part", ".tmp");
                Files.write(part, bytes(name));
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                // Deleted before the folder: files registered later are deleted first.
                target.toFile().deleteOnExit();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
