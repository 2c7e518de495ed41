package dev.spc.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small Excel workbooks for tests, part by part as Office Open XML lays them out: each sheet's XML
 * is given as the cells Excel would write ({@code <row r="1"><c r="A1" t="s"><v>0</v></c></row>}).
 */
final class Xlsx {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private final Map<String, String> states = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    private String workbookPr = "<workbookPr/>";
    private String styles = "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"mmm\\-yy\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"10\"/></cellStyleXfs>"
            + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" applyNumberFormat=\"1\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"3\" applyNumberFormat=\"1\"/></cellXfs>";

    /** Style 1 is mmm-yy (a date), 2 is 0.0% (a percentage), 3 is Excel's date format 14, 4 is #,##0. */
    static Xlsx book() {
        return new Xlsx();
    }

    /** Adds a shared string, returning its index. */
    int string(String s) {
        strings.add(s);
        return strings.size() - 1;
    }

    Xlsx sharedStrings(String... all) {
        strings.addAll(List.of(all));
        return this;
    }

    Xlsx sheet(String name, String sheetData) {
        sheets.put(name, sheetData);
        return this;
    }

    Xlsx hidden(String name, String sheetData) {
        states.put(name, "hidden");
        return sheet(name, sheetData);
    }

    Xlsx date1904() {
        workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    Xlsx styles(String inner) {
        styles = inner;
        return this;
    }

    /** A row of inline-string and number cells: text cells as given, cells that parse as numbers as numbers. */
    static String row(int r, String... cells) {
        StringBuilder b = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null) {
                continue;
            }
            String ref = Reading.letter(c) + r;
            if (cells[c].matches("-?\\d+(\\.\\d+)?")) {
                b.append("<c r=\"").append(ref).append("\"><v>").append(cells[c]).append("</v></c>");
            } else {
                b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(cells[c]))
                        .append("</t></is></c>");
            }
        }
        return b.append("</row>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            StringBuilder book = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                    + workbookPr + "<sheets>");
            StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rIdS\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rIdY\" Type=\"" + REL + "/styles\" Target=\"/xl/styles.xml\"/>");
            int n = 0;
            for (Map.Entry<String, String> e : sheets.entrySet()) {
                n++;
                String state = states.containsKey(e.getKey()) ? " state=\"" + states.get(e.getKey()) + "\"" : "";
                book.append("<sheet name=\"").append(escape(e.getKey())).append("\" sheetId=\"").append(n)
                        .append("\"").append(state).append(" r:id=\"rId").append(n).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
                String data = e.getValue();
                String merges = "";
                int m = data.indexOf("<mergeCells");
                if (m >= 0) {
                    merges = data.substring(m);
                    data = data.substring(0, m);
                }
                put(zip, "xl/worksheets/sheet" + n + ".xml", "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                        + "\"><sheetData>" + data + "</sheetData>" + merges + "</worksheet>");
            }
            put(zip, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            StringBuilder sst = new StringBuilder("<sst xmlns=\"" + MAIN + "\" count=\"" + strings.size() + "\">");
            for (String s : strings) {
                sst.append(s.startsWith("<") ? "<si>" + s + "</si>" : "<si><t>" + escape(s) + "</t></si>");
            }
            put(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
            put(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">" + styles + "</styleSheet>");
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
