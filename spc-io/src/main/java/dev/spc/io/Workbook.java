package dev.spc.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An Excel workbook (.xlsx, Office Open XML) read as its user sees it: each sheet a grid of cells, each
 * cell's text as Excel shows it in the formula bar. Shared and inline strings are text; a number formatted
 * as a date (an Excel serial number) is an ISO date; a number formatted as a percentage reads as people see
 * it ({@code 0.742} shown as 74.2% is {@code 74.2%}); a formula cell is its cached value; an error value
 * ({@code #DIV/0!}) is its text, which the reader of cells takes as a gap. A cell merged down over several
 * rows (a metric's name beside its months) is read in each of them; a title merged across columns stays one
 * cell, as the title block expects.
 *
 * <p>A sheet is read a row at a time with a streaming XML parser, so memory stays flat however many rows
 * (the shared strings are held). No document type declaration or external entity is ever resolved.
 */
final class Workbook implements AutoCloseable {
    /**
     * A sheet of the workbook.
     *
     * @param number its place among the sheets, from 1
     * @param name its name on its tab
     * @param part its part (file) in the zip archive
     * @param hidden whether it is hidden
     */
    record Sheet(int number, String name, String part, boolean hidden) {
        String named() {
            return "'" + name + "'";
        }
    }

    private static final XMLInputFactory XML = factory();
    private static final Pattern MERGE = Pattern.compile(
            "<(?:[\\w.-]+:)?mergeCell\\b[^>]*?\\bref=\"\\$?([A-Za-z]{1,3})\\$?(\\d{1,7}):\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})\"");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** The longest a merged range's tag is taken to be. */
    private static final int TAG = 512;
    /** The widest a sheet can be (column XFD). */
    static final int MAX_COLUMNS = 16_384;

    private final ZipFile zip;
    private final String source;
    private final List<Sheet> sheets = new ArrayList<>();
    private final String stringsPart;
    private final String stylesPart;
    private boolean date1904;
    private List<String> strings;
    /** The look of each cell style (its index, the {@code s} of a cell). */
    private Look[] looks;

    /** How a number is shown. */
    enum Look { NUMBER, DATE, PERCENT }

    private Workbook(ZipFile zip, String source) {
        this.zip = zip;
        this.source = source;
        String book = officeDocument();
        Map<String, String[]> rels = relationships(book);
        String strings = null;
        String styles = null;
        for (String[] rel : rels.values()) {
            if (rel[0].endsWith("/sharedStrings")) {
                strings = rel[1];
            } else if (rel[0].endsWith("/styles")) {
                styles = rel[1];
            }
        }
        this.stringsPart = strings;
        this.stylesPart = styles;
        readBook(book, rels);
    }

    /** Opens a workbook file: the caller closes it. */
    static Workbook open(Path file, String source) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw DataException.atFile(source, "this is not a readable Excel workbook: the zip archive is damaged ("
                    + e.getMessage() + ")", "Open it in Excel and save it again as an Excel Workbook (.xlsx)");
        } catch (IOException e) {
            throw DataException.atFile(source, "the file cannot be read: " + e.getMessage(), "Check the file", e);
        }
        try {
            return new Workbook(zip, source);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing more can be done
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    /** The sheets, in the order of their tabs. */
    List<Sheet> sheets() {
        return sheets;
    }

    /**
     * The sheet given by name (any case) or number, or when none is given the first visible sheet that holds
     * a table: a row of two or more filled cells and a number or date.
     *
     * @param given the name or number, or null
     * @param option how messages name the option, such as "--sheet"
     */
    Sheet choose(String given, String option) {
        if (sheets.isEmpty()) {
            throw DataException.atFile(source, "this zip archive is not an Excel workbook (it holds no sheets)",
                    "Give a CSV file or an Excel Workbook (.xlsx)");
        }
        if (given != null && !given.isBlank()) {
            String g = given.trim();
            for (Sheet s : sheets) {
                if (s.name().trim().equalsIgnoreCase(g)) {
                    return s;
                }
            }
            if (g.matches("\\d{1,9}")) {
                int n = Integer.parseInt(g);
                if (n >= 1 && n <= sheets.size()) {
                    return sheets.get(n - 1);
                }
            }
            throw DataException.atFile(source, "the workbook has no sheet '" + g + "'. Its sheets are: " + listed(),
                    "Give " + option + " a sheet's name or number");
        }
        for (Sheet s : sheets) {
            if (!s.hidden() && holdsTable(s)) {
                return s;
            }
        }
        throw DataException.atFile(source, "no sheet holds a table of data (a row of column names and rows with "
                + "numbers). Its sheets are: " + listed(), "Give " + option + " the sheet's name or number");
    }

    /** The sheets as "1 'Contents', 2 'IPR' (hidden)". */
    String listed() {
        StringBuilder b = new StringBuilder();
        for (Sheet s : sheets) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(s.number()).append(' ').append(s.named()).append(s.hidden() ? " (hidden)" : "");
        }
        return b.toString();
    }

    private boolean holdsTable(Sheet s) {
        try (Rows rows = rows(s)) {
            boolean wide = false;
            boolean number = false;
            String[] r;
            while ((r = rows.next()) != null && !(wide && number)) {
                wide |= Framing.filled(r) >= 2;
                number |= rows.sawNumber;
            }
            return wide && number;
        }
    }

    /** The rows of a sheet, read as they are asked for. */
    Rows rows(Sheet s) {
        if (strings == null) {
            strings = stringsPart == null ? List.of() : readStrings(stringsPart);
            looks = stylesPart == null ? new Look[0] : readLooks(stylesPart);
        }
        return new Rows(s, merges(s));
    }

    // ---------------------------------------------------------------- the parts that say where things are

    private String officeDocument() {
        for (String[] rel : relationships("").values()) {
            if (rel[0].endsWith("/officeDocument")) {
                return rel[1];
            }
        }
        if (zip.getEntry("xl/workbook.xml") != null) {
            return "xl/workbook.xml";
        }
        throw DataException.atFile(source, "this zip archive is not an Excel workbook (it holds no workbook part)",
                "Give a CSV file or an Excel Workbook (.xlsx); an OpenDocument (.ods) sheet can be saved as .xlsx");
    }

    /** The relationships of a part ("" for the package): id to {type, part}. */
    private Map<String, String[]> relationships(String part) {
        int slash = part.lastIndexOf('/');
        String dir = part.substring(0, slash + 1);
        String relsPart = dir + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, String[]> rels = new HashMap<>();
        if (zip.getEntry(relsPart) == null) {
            return rels;
        }
        parse(relsPart, x -> {
            if (x.getEventType() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
                    && !"External".equals(x.getAttributeValue(null, "TargetMode"))) {
                String id = x.getAttributeValue(null, "Id");
                String type = x.getAttributeValue(null, "Type");
                String target = x.getAttributeValue(null, "Target");
                if (id != null && type != null && target != null) {
                    rels.put(id, new String[] {type, resolve(dir, target)});
                }
            }
        });
        return rels;
    }

    /** A relationship's target as a part name: absolute ("/xl/...") or relative to the source's folder. */
    static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private void readBook(String book, Map<String, String[]> rels) {
        parse(book, x -> {
            if (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
                return;
            }
            if (x.getLocalName().equals("workbookPr")) {
                String v = x.getAttributeValue(null, "date1904");
                date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
            } else if (x.getLocalName().equals("sheet")) {
                String name = x.getAttributeValue(null, "name");
                String id = null;
                for (int i = 0; i < x.getAttributeCount(); i++) {
                    String ns = x.getAttributeNamespace(i);
                    if (x.getAttributeLocalName(i).equals("id") && ns != null && ns.contains("relationships")) {
                        id = x.getAttributeValue(i);
                    }
                }
                String[] rel = id == null ? null : rels.get(id);
                String state = x.getAttributeValue(null, "state");
                // A chart sheet or a dialog sheet holds no cells: it keeps its number but is never chosen.
                boolean cells = rel != null && rel[0].endsWith("/worksheet") && zip.getEntry(rel[1]) != null;
                sheets.add(new Sheet(sheets.size() + 1, name == null ? "Sheet" + (sheets.size() + 1) : name,
                        cells ? rel[1] : null, state != null && !state.equals("visible")));
            }
        });
    }

    // ---------------------------------------------------------------- strings and styles

    private List<String> readStrings(String part) {
        List<String> list = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] depth = {0, 0}; // inside a <t>; inside a phonetic run (<rPh>), whose text is not shown
        parse(part, x -> {
            switch (x.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (x.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "t" -> depth[0]++;
                        case "rPh" -> depth[1]++;
                        default -> { }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (x.getLocalName()) {
                        case "si" -> list.add(unescape(text.toString()));
                        case "t" -> depth[0]--;
                        case "rPh" -> depth[1]--;
                        default -> { }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth[0] > 0 && depth[1] == 0) {
                        text.append(x.getText());
                    }
                }
                default -> { }
            }
        });
        return list;
    }

    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Excel's escapes for characters XML cannot hold ({@code _x000D_} is a carriage return). */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPED.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(b);
        return b.toString();
    }

    private Look[] readLooks(String part) {
        Map<Integer, String> codes = new HashMap<>();
        List<Look> list = new ArrayList<>();
        boolean[] inCellXfs = {false};
        parse(part, x -> {
            if (x.getEventType() == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "numFmt" -> {
                        Integer id = integer(x.getAttributeValue(null, "numFmtId"));
                        if (id != null) {
                            codes.put(id, String.valueOf(x.getAttributeValue(null, "formatCode")));
                        }
                    }
                    case "cellXfs" -> inCellXfs[0] = true;
                    case "xf" -> {
                        if (inCellXfs[0]) {
                            Integer id = integer(x.getAttributeValue(null, "numFmtId"));
                            list.add(id == null ? Look.NUMBER : look(id, codes.get(id)));
                        }
                    }
                    default -> { }
                }
            } else if (x.getEventType() == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
                inCellXfs[0] = false;
            }
        });
        return list.toArray(Look[]::new);
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * How a number format shows a number: Excel's built-in formats by id (9 and 10 are percentages; 14 to 22,
     * 27 to 36, 45 to 47 and 50 to 58 dates and times), or a custom format by its code: its first section,
     * with quoted text, escaped characters and [colour] or [condition] brackets set aside, is a percentage if
     * it holds {@code %}, and a date if it holds a y, m, d, h or s.
     */
    static Look look(int id, String code) {
        if (code == null) {
            if (id == 9 || id == 10) {
                return Look.PERCENT;
            }
            boolean date = id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47
                    || id >= 50 && id <= 58;
            return date ? Look.DATE : Look.NUMBER;
        }
        StringBuilder bare = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is shown as it is (or is padding)
            } else if (c == '[') {
                int end = code.indexOf(']', i);
                if (end < 0) {
                    break;
                }
                String inside = code.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (inside.matches("h+|m+|s+")) {
                    bare.append(inside); // elapsed time: [h]:mm
                }
                i = end;
            } else if (c == ';') {
                break;
            } else {
                bare.append(Character.toLowerCase(c));
            }
        }
        String b = bare.toString();
        if (b.indexOf('%') >= 0) {
            return Look.PERCENT;
        }
        if (b.equals("general")) {
            return Look.NUMBER;
        }
        for (int i = 0; i < b.length(); i++) {
            if ("ymdhs".indexOf(b.charAt(i)) >= 0) {
                return Look.DATE;
            }
        }
        return Look.NUMBER;
    }

    // ---------------------------------------------------------------- cells

    /** The text of a number as a person reads it: no exponent, no trailing zeros ({@code 12471}, {@code 0.695}). */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e7) {
            return Double.toString(v); // the shortest decimal that reads back as v, without an exponent here
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * Whether the text is a plain decimal of at most 15 digits ({@code -12.5}), which a double holds exactly
     * as written, so that it can be passed on as it is.
     */
    static boolean shortDecimal(String v) {
        return !Double.isNaN(Cells.Numbers.plainDecimal(v));
    }

    /** A number shown as a percentage: {@code 0.742} is {@code 74.2%}. */
    static String percent(double v) {
        BigDecimal d = BigDecimal.valueOf(v).movePointRight(2).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString() + "%";
    }

    /**
     * An Excel serial number as a date (and a time of day when it has one), or null when it is not one. In
     * the 1900 date system serial 1 is 1 January 1900 and serial 60 the 29 February 1900 that never was
     * (Excel's, kept from Lotus 1-2-3); in the 1904 system serial 0 is 1 January 1904.
     */
    static String date(double serial, boolean date1904) {
        if (!(serial >= 0) || serial >= 2_958_466) { // 2958466 is 1 January 10000
            return null;
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        if (seconds == 86_400) {
            days++;
            seconds = 0;
        }
        LocalDate day;
        if (date1904) {
            day = LocalDate.of(1904, 1, 1).plusDays(days);
        } else if (days == 60) {
            return "1900-02-29"; // shown by Excel, and refused by the date reader as no day at all
        } else {
            day = (days < 60 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30)).plusDays(days);
        }
        if (days == 0 && !date1904) {
            return null; // serial 0 ("0 January 1900"), or a time of day alone: not a date
        }
        return seconds == 0 ? day.toString() : DATE_TIME.format(LocalDateTime.of(day, java.time.LocalTime.ofSecondOfDay(seconds)));
    }

    /** A cell reference's column, from 0 ({@code AB12} is 27), or -1 when there is none. */
    static int column(String ref) {
        if (ref == null) {
            return -1;
        }
        int c = 0;
        int i = 0;
        while (i < ref.length() && i < 3) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
            i++;
        }
        return i == 0 || c > MAX_COLUMNS ? -1 : c - 1;
    }

    // ---------------------------------------------------------------- merged cells

    /**
     * A range of merged cells that spans rows.
     *
     * @param firstRow its first row, from 1
     * @param lastRow its last row
     * @param column its first column, from 0: the one whose text fills the rows below
     */
    private record Merge(int firstRow, int lastRow, int column) {
    }

    /** The sheet's merged ranges that span rows, by first row. */
    private List<Merge> merges(Sheet s) {
        List<Merge> list = new ArrayList<>();
        if (s.part() == null) {
            return list;
        }
        // Excel writes the merged ranges after the cells, so they are found first by a scan of the bytes for
        // the element's name (fast: no XML parsing), each tag then read by the pattern.
        byte[] name = "mergeCell".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = zip.getInputStream(zip.getEntry(s.part()))) {
            byte[] window = new byte[(1 << 16) + TAG];
            int kept = 0;
            int n;
            while ((n = in.readNBytes(window, kept, window.length - kept)) > 0) {
                int end = kept + n;
                int from = 0;
                int at;
                while ((at = indexOf(window, name, from, end)) >= 0) {
                    int close = at + name.length;
                    while (close < end && window[close] != '>') {
                        close++;
                    }
                    if (close == end && end - at < TAG) {
                        break; // the tag goes on in the next bytes
                    }
                    Matcher m = MERGE.matcher(new String(window, Math.max(0, at - 20), Math.min(close + 1, end)
                            - Math.max(0, at - 20), StandardCharsets.ISO_8859_1));
                    if (m.find()) {
                        int r1 = Integer.parseInt(m.group(2));
                        int r2 = Integer.parseInt(m.group(4));
                        int c1 = column(m.group(1));
                        if (r2 > r1 && c1 >= 0) {
                            list.add(new Merge(r1, r2, c1));
                        }
                    }
                    from = close;
                }
                // Keep the bytes a name or tag may have been cut in (with room for the tag's start before it).
                int keep = at >= 0 ? Math.max(0, at - 32) : Math.max(from, end - TAG);
                kept = end - keep;
                System.arraycopy(window, keep, window, 0, kept);
            }
        } catch (IOException e) {
            throw damaged(s, e);
        }
        list.sort(java.util.Comparator.comparingInt(Merge::firstRow));
        return list;
    }

    /** The first place at or after {@code from} where the bytes hold {@code name} (ending before end), or -1. */
    static int indexOf(byte[] bytes, byte[] name, int from, int end) {
        byte first = name[0];
        for (int i = from; i <= end - name.length; i++) {
            if (bytes[i] == first) {
                int k = 1;
                while (k < name.length && bytes[i + k] == name[k]) {
                    k++;
                }
                if (k == name.length) {
                    return i;
                }
            }
        }
        return -1;
    }

    private DataException damaged(Sheet s, Exception e) {
        return DataException.atFile(source, "sheet " + s.named() + " cannot be read: the workbook is damaged ("
                + e.getMessage() + ")", "Open it in Excel and save it again as an Excel Workbook (.xlsx)");
    }

    // ---------------------------------------------------------------- parsing

    private interface Handler {
        void event(XMLStreamReader x) throws XMLStreamException;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private void parse(String part, Handler handler) {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw DataException.atFile(source, "the workbook is incomplete: it has no part " + part,
                    "Open it in Excel and save it again as an Excel Workbook (.xlsx)");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    x.next();
                    handler.event(x);
                }
            } finally {
                x.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw DataException.atFile(source, "the workbook's part " + part + " cannot be read ("
                    + e.getMessage().replaceAll("\\s+", " ") + ")", "Open it in Excel and save it again as an Excel "
                    + "Workbook (.xlsx)");
        }
    }

    /** A sheet's rows, each as its cells' text, read one at a time; rows Excel does not hold are skipped. */
    final class Rows implements RowSource {
        private final Sheet sheet;
        private final List<Merge> merges;
        /** A merged range reached and not yet passed, with the text of its first cell. */
        private record Open(Merge range, String text) {
        }

        /** The merged ranges reached and not yet passed. */
        private final List<Open> open = new ArrayList<>();
        private int nextMerge;
        private final InputStream in;
        private final XMLStreamReader x;
        private int line;
        private boolean done;
        /** Whether the row last returned holds a number or a date. */
        boolean sawNumber;
        private String[] cells = new String[16];
        /** The dates of whole serial numbers met so far: a column of dates repeats few. */
        private final Map<Double, String> days = new HashMap<>();

        Rows(Sheet sheet, List<Merge> merges) {
            this.sheet = sheet;
            this.merges = merges;
            if (sheet.part() == null) {
                in = null;
                x = null;
                done = true;
                return;
            }
            try {
                in = zip.getInputStream(zip.getEntry(sheet.part()));
                x = XML.createXMLStreamReader(in);
            } catch (IOException | XMLStreamException e) {
                throw damaged(sheet, e);
            }
        }

        @Override
        public String[] next() {
            if (done) {
                return null;
            }
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("row")) {
                        Integer r = integer(x.getAttributeValue(null, "r"));
                        line = r != null && r > line ? r : line + 1;
                        return merged(row());
                    }
                }
            } catch (XMLStreamException e) {
                throw damaged(sheet, e);
            }
            done = true;
            return null;
        }

        /** Reads the cells of the row just begun, up to its end. */
        private String[] row() throws XMLStreamException {
            int width = 0;
            int column = -1;
            sawNumber = false;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                    break;
                }
                if (e != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("c")) {
                    continue;
                }
                int c = column(x.getAttributeValue(null, "r"));
                column = c >= 0 ? c : column + 1;
                if (column >= MAX_COLUMNS) {
                    throw DataException.atCell(source, line, null, "sheet " + sheet.named() + " has a cell past "
                            + "column XFD, the last Excel has", "Open it in Excel and save it again");
                }
                String text = cell();
                if (!text.isEmpty()) {
                    if (column >= cells.length) {
                        cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
                    }
                    if (column > width) {
                        Arrays.fill(cells, width, column, "");
                    }
                    cells[column] = text;
                    width = Math.max(width, column + 1);
                }
            }
            return Arrays.copyOf(cells, width);
        }

        /** Reads one cell, from its start to its end, as text. */
        private String cell() throws XMLStreamException {
            String type = x.getAttributeValue(null, "t");
            Integer style = integer(x.getAttributeValue(null, "s"));
            String value = null;
            StringBuilder inline = null;
            int depth = 1;
            boolean inValue = false;
            int inText = 0;
            int inPhonetic = 0;
            while (depth > 0 && x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    switch (x.getLocalName()) {
                        case "v" -> {
                            inValue = true;
                            value = "";
                        }
                        case "is" -> inline = new StringBuilder();
                        case "t" -> inText++;
                        case "rPh" -> inPhonetic++;
                        default -> { }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    switch (x.getLocalName()) {
                        case "v" -> inValue = false;
                        case "t" -> inText--;
                        case "rPh" -> inPhonetic--;
                        default -> { }
                    }
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                        || e == XMLStreamConstants.SPACE) {
                    if (inValue) {
                        value += x.getText();
                    } else if (inline != null && inText > 0 && inPhonetic == 0) {
                        inline.append(x.getText());
                    }
                }
            }
            if ("inlineStr".equals(type)) {
                return inline == null ? (value == null ? "" : value) : unescape(inline.toString());
            }
            if (value == null) {
                return "";
            }
            if (type == null || type.equals("n")) {
                return number(value.trim(), style);
            }
            return switch (type) {
                case "s" -> {
                    Integer i = integer(value);
                    if (i == null || i < 0 || i >= strings.size()) {
                        throw DataException.atCell(source, line, null, "sheet " + sheet.named() + " refers to a "
                                + "shared string that the workbook does not hold (" + value + ")",
                                "Open it in Excel and save it again as an Excel Workbook (.xlsx)");
                    }
                    yield strings.get(i);
                }
                case "b" -> value.trim().equals("1") || value.trim().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
                case "d" -> value.trim().endsWith("T00:00:00") ? value.trim().substring(0, 10) : value.trim();
                case "str" -> unescape(value);
                default -> value; // "e": an error value such as #DIV/0!, read by the cells' reader as a gap
            };
        }

        private String number(String v, Integer style) {
            Look look = style == null || style < 0 || style >= looks.length ? Look.NUMBER : looks[style];
            if (look == Look.NUMBER && shortDecimal(v)) {
                sawNumber = true;
                return v; // as Excel wrote it, which reads back as the same number
            }
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return v; // not a number after all: its text, for the cells' reader to judge
            }
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return v;
            }
            sawNumber = true;
            if (look == Look.DATE) {
                String date = d == Math.rint(d) ? days.computeIfAbsent(d, k -> date(k, date1904)) : date(d, date1904);
                if (date != null) {
                    return date;
                }
            }
            return look == Look.PERCENT ? percent(d) : plain(d);
        }

        /** Fills the cells of ranges merged down with the text of their first cell. */
        private String[] merged(String[] row) {
            if (merges.isEmpty()) {
                return row;
            }
            open.removeIf(o -> o.range().lastRow() < line);
            while (nextMerge < merges.size() && merges.get(nextMerge).firstRow() <= line) {
                Merge m = merges.get(nextMerge++);
                if (m.firstRow() == line) {
                    open.add(new Open(m, m.column() < row.length ? row[m.column()] : ""));
                }
            }
            for (Open o : open) {
                int c = o.range().column();
                if (o.range().firstRow() < line && !o.text().isEmpty()) {
                    if (c >= row.length) {
                        String[] wider = Arrays.copyOf(row, c + 1);
                        Arrays.fill(wider, row.length, wider.length, "");
                        row = wider;
                    }
                    if (row[c].isEmpty()) {
                        row[c] = o.text();
                    }
                }
            }
            return row;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public boolean ragged() {
            return true;
        }

        @Override
        public void close() {
            try {
                if (x != null) {
                    x.close();
                }
                if (in != null) {
                    in.close();
                }
            } catch (IOException | XMLStreamException ignored) {
                // nothing more can be done
            }
        }
    }
}
