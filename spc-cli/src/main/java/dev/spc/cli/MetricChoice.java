package dev.spc.cli;

import dev.spc.io.DataException;
import dev.spc.io.Settings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which metrics to read: those --metric names (a * in a name matches any text; case is ignored), or all,
 * less those whose include cell in the settings says no. It remembers the metrics it was asked about, so
 * that a name matching none of them can be refused with the names there are.
 */
final class MetricChoice implements Predicate<String> {
    private final List<String> names;
    private final List<Pattern> patterns = new ArrayList<>();
    private final boolean[] matched;
    private final Settings settings;
    private final Set<String> seen = new LinkedHashSet<>();

    MetricChoice(List<String> names, Settings settings) {
        this.names = List.copyOf(names);
        this.settings = settings;
        for (String name : names) {
            String[] parts = name.trim().split("\\*", -1);
            StringBuilder regex = new StringBuilder();
            for (int k = 0; k < parts.length; k++) {
                regex.append(k > 0 ? ".*" : "").append(Pattern.quote(parts[k]));
            }
            patterns.add(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
        }
        this.matched = new boolean[names.size()];
    }

    @Override
    public boolean test(String metric) {
        if (seen.size() < 10_000) {
            seen.add(metric);
        }
        boolean named = patterns.isEmpty();
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(metric.trim()).matches()) {
                matched[i] = true;
                named = true;
            }
        }
        return named && settings.includes(metric);
    }

    /** The metrics of the file it was asked about (the first 10,000): chosen or not, they are in the data. */
    Set<String> seen() {
        return java.util.Collections.unmodifiableSet(seen);
    }

    /** Why a metric not chosen was left out, for the notice. */
    String why() {
        if (!patterns.isEmpty() && settings.excludesAny()) {
            return "not named by --metric, or with include = no in the settings,";
        }
        return patterns.isEmpty() ? "with include = no in the settings" : "not named by --metric";
    }

    /** Refuses a --metric name that matched no metric of the file, listing the metrics there are. */
    void checkEveryNameMatched(String source) {
        for (int i = 0; i < names.size(); i++) {
            if (!matched[i]) {
                List<String> some = seen.stream().limit(20).toList();
                throw DataException.atFile(source, "--metric '" + names.get(i) + "' names no metric in the file",
                        "The metrics are: " + String.join(", ", some) + (seen.size() > some.size() ? ", ..." : "")
                                + (names.get(i).contains("*") ? "" : ". Use * for any text, as in '"
                                + names.get(i).trim().toLowerCase(Locale.ROOT) + "*'"));
            }
        }
    }
}
