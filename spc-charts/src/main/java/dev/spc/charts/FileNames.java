package dev.spc.charts;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe, readable, distinct file names made from metric names: letters and digits of any script are
 * kept (lower case), every other run of characters becomes one '-', so no name holds a path separator,
 * a dot-dot, a quote, a control character or an emoji. Names are cut to 80 characters and 120 bytes of
 * UTF-8 (file systems allow 255; a name leaves room for a suffix and an extension), never empty, never a
 * reserved device name on Windows, and unique within one {@code FileNames} (ignoring case):
 * a repeated name gets "-2", "-3", ... .
 */
public final class FileNames {
    private static final int MAX = 80;
    /** The most bytes of UTF-8 a stem may take. */
    static final int MAX_BYTES = 120;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final Set<String> taken = new HashSet<>();

    /** Names for one folder: none taken yet. */
    public FileNames() {
    }

    /** A file name (with the extension) for the metric, distinct from every name this object gave before. */
    public String next(String metric, String extension) {
        String stem = stem(metric);
        String candidate = stem;
        for (int k = 2; !taken.add(key(candidate + "." + extension)); k++) {
            String suffix = "-" + k;
            candidate = cut(stem, MAX - suffix.length()) + suffix;
        }
        return candidate + "." + extension;
    }

    /**
     * Marks a file name as taken, so that no metric is given it: the name of an input file (the data or the
     * settings) in the folder the charts are written into, which a chart must never overwrite.
     */
    public void reserve(String fileName) {
        taken.add(key(fileName));
    }

    private static String key(String fileName) {
        return fileName.toLowerCase(Locale.ROOT);
    }

    /** The safe stem of a name, before any de-duplication. */
    static String stem(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX + 8));
        boolean dash = false;
        for (int i = 0; i < s.length() && sb.length() < MAX; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                dash = false;
                sb.appendCodePoint(cp);
            } else {
                dash = true;
            }
        }
        String stem = cut(sb.toString(), MAX);
        if (stem.isEmpty()) {
            stem = "metric";
        }
        if (RESERVED.contains(stem)) {
            stem = stem + "-metric";
        }
        return stem;
    }

    /** The text cut to at most {@code max} chars and {@link #MAX_BYTES} bytes of UTF-8, never within a pair. */
    private static String cut(String s, int max) {
        int end = 0;
        int bytes = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (end + Character.charCount(cp) > max || bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        if (end == s.length()) {
            return s;
        }
        String cut = s.substring(0, end);
        while (cut.endsWith("-")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}
