package dev.spc.cli;

import dev.spc.charts.PdfDates;
import dev.spc.io.DataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the PDF Chromium prints the same bytes for the same page on every run. Two things vary: the
 * document's creation and modification dates ({@link PdfDates} takes them out), and the identifiers of the
 * tagged PDF's structure elements ({@code (node00000127)}), which are the page's element numbers and depend
 * on when its script ran. The identifiers are renumbered 1, 2, 3, ... in the order they first appear (the
 * structure's order, which is the page's), in place and at the same width, so that every byte offset stays
 * right; the name tree that finds elements by identifier is sorted again. A PDF whose identifiers are laid
 * out otherwise (more than one leaf in that tree) keeps them as they are.
 */
final class ChromiumPdf {
    private static final Pattern NAMES = Pattern.compile("/Names \\[((?:\\(node\\d{8}\\) \\d+ 0 R ?)+)\\]");
    private static final Pattern LIMITS = Pattern.compile("/Limits \\[\\(node(\\d{8})\\) \\(node(\\d{8})\\)\\]");
    private static final Pattern ID = Pattern.compile("\\(node(\\d{8})\\)");
    private static final Pattern PAIR = Pattern.compile("\\(node(\\d{8})\\) (\\d+ 0 R)");

    private ChromiumPdf() {
    }

    /**
     * Prints a page to a PDF through Chromium, with stable bytes.
     *
     * @param chromium the browser, or null when none was found
     * @param what what the page is, for the message ("report", "handout")
     * @return null when it printed, else what went wrong
     */
    static String print(Chromium chromium, Path html, Path printed, Path work, Duration timeout, String what)
            throws IOException {
        if (chromium == null) {
            return Chromium.notFound(System.getenv());
        }
        Chromium.Run run = chromium.printToPdf(html, printed, work, timeout);
        if (run.status() != 0 || !Files.exists(printed) || Files.size(printed) == 0) {
            return "Chromium (" + chromium.executable() + ") could not print the " + what + ": exit " + run.status()
                    + lastLine(run.err());
        }
        // Without Chromium's dates and with its structure's identifiers renumbered, the same page gives the
        // same bytes.
        Files.write(printed, stable(Files.readAllBytes(printed)));
        return null;
    }

    /** The error of a PDF that was not printed, saying where the HTML was written instead and what to do. */
    static DataException notPrinted(Path pdf, String problem, Path kept, String what) {
        return DataException.atFile(pdf.toString(), "was not written: " + problem + ". The HTML " + what + " was "
                + "written to " + kept, "Install Chromium (Debian or Ubuntu: apt-get install chromium) or set "
                + Chromium.VARIABLE + " to a Chrome or Chromium program, then run again; or open " + kept
                + " in a browser and print it to PDF");
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1);
    }

    /** The PDF without dates and with its structure identifiers renumbered; the array is changed in place. */
    static byte[] stable(byte[] pdf) {
        PdfDates.remove(pdf);
        // ISO 8859-1 maps each byte to one char and back, so positions in the text are positions in the file.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher names = NAMES.matcher(text);
        Matcher limits = LIMITS.matcher(text);
        if (!names.find() || !limits.find()) {
            return pdf;
        }
        int namesStart = names.start();
        int namesEnd = names.end();
        int limitsStart = limits.start();
        int limitsEnd = limits.end();
        String namesText = names.group(1);
        if (names.find() || limits.find()) {
            return pdf;
        }
        char[] out = text.toCharArray();
        Map<String, String> renumbered = new HashMap<>();
        Matcher id = ID.matcher(text);
        while (id.find()) {
            int at = id.start();
            if (at >= namesStart && at < namesEnd || at >= limitsStart && at < limitsEnd) {
                continue;
            }
            String number = renumbered.computeIfAbsent(id.group(1),
                    old -> String.format(Locale.ROOT, "%08d", renumbered.size() + 1));
            number.getChars(0, 8, out, id.start(1));
        }
        List<String[]> pairs = new ArrayList<>();
        Matcher pair = PAIR.matcher(namesText);
        while (pair.find()) {
            String number = renumbered.get(pair.group(1));
            if (number == null) {
                return pdf;
            }
            pairs.add(new String[] {number, pair.group(2)});
        }
        pairs.sort(Comparator.comparing(p -> p[0]));
        StringBuilder sorted = new StringBuilder(namesText.length());
        for (String[] p : pairs) {
            sorted.append(sorted.length() == 0 ? "" : " ").append("(node").append(p[0]).append(") ").append(p[1]);
        }
        if (sorted.length() != namesText.length() || pairs.isEmpty()) {
            return pdf;
        }
        sorted.getChars(0, sorted.length(), out, namesStart + "/Names [".length());
        Matcher limit = LIMITS.matcher(text);
        limit.find(limitsStart);
        pairs.get(0)[0].getChars(0, 8, out, limit.start(1));
        pairs.get(pairs.size() - 1)[0].getChars(0, 8, out, limit.start(2));
        byte[] stable = new String(out).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(stable, 0, pdf, 0, pdf.length);
        return pdf;
    }
}
