package dev.spc.core.table;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How to read a long CSV export: which columns hold what (null: find by the usual names, ignoring case),
 * the date format (null: detect), and which cell texts mean "missing" besides a blank cell and NA.
 */
public final class ReadOptions {
    private String metricColumn;
    private String dateColumn;
    private String valueColumn;
    private String targetColumn;
    private String rebaseColumn;
    private String ghostColumn;
    private String annotationColumn;
    private String dateFormat;
    private final Set<String> missing = new LinkedHashSet<>(List.of("", "NA"));
    private String missingOptionName = "--missing";

    public static ReadOptions defaults() {
        return new ReadOptions();
    }

    public ReadOptions metricColumn(String name) {
        this.metricColumn = name;
        return this;
    }

    public ReadOptions dateColumn(String name) {
        this.dateColumn = name;
        return this;
    }

    public ReadOptions valueColumn(String name) {
        this.valueColumn = name;
        return this;
    }

    public ReadOptions targetColumn(String name) {
        this.targetColumn = name;
        return this;
    }

    public ReadOptions rebaseColumn(String name) {
        this.rebaseColumn = name;
        return this;
    }

    public ReadOptions ghostColumn(String name) {
        this.ghostColumn = name;
        return this;
    }

    public ReadOptions annotationColumn(String name) {
        this.annotationColumn = name;
        return this;
    }

    /** A {@link java.time.format.DateTimeFormatter} pattern such as {@code dd.MM.yy}, or null to detect. */
    public ReadOptions dateFormat(String pattern) {
        if (pattern != null) {
            DateReader.checkPattern(pattern);
        }
        this.dateFormat = pattern;
        return this;
    }

    /** Adds cell texts (compared after trimming) that mean a missing value, such as "-" or "#N/A". */
    public ReadOptions missing(List<String> markers) {
        for (String m : markers) {
            missing.add(m.trim());
        }
        return this;
    }

    /** The option name to suggest in messages for declaring missing markers. */
    public ReadOptions missingOptionName(String name) {
        this.missingOptionName = name;
        return this;
    }

    String metricColumn() {
        return metricColumn;
    }

    String dateColumn() {
        return dateColumn;
    }

    String valueColumn() {
        return valueColumn;
    }

    String targetColumn() {
        return targetColumn;
    }

    String rebaseColumn() {
        return rebaseColumn;
    }

    String ghostColumn() {
        return ghostColumn;
    }

    String annotationColumn() {
        return annotationColumn;
    }

    String dateFormat() {
        return dateFormat;
    }

    Set<String> missing() {
        return missing;
    }

    String missingOptionName() {
        return missingOptionName;
    }
}
