/**
 * Reading exports into series (CSV files, Excel workbooks, settings files), the Tablesaw bridge (a table in, tables of points
 * and summaries out), the table of a chart spec's parameters as people give them, and the versioned JSON
 * document of analyses ({@link dev.spc.io.json.AnalysisJson}).
 */
module dev.spc.io {
    requires transitive dev.spc.core;
    // Tablesaw names no module of its own: this is the name Java gives its jar.
    requires transitive tablesaw.core;
    // Only inside dev.spc.io.json: no Jackson type is part of this module's API.
    requires com.fasterxml.jackson.databind;
    // The streaming XML parser (StAX) that reads Excel workbooks.
    requires java.xml;

    exports dev.spc.io;
    exports dev.spc.io.json;
}
