/**
 * Reading exports into series (CSV files, settings files), the Tablesaw bridge (a table in, tables of points
 * and summaries out), and the table of a chart spec's parameters as people give them.
 */
module dev.spc.io {
    requires transitive dev.spc.core;
    // Tablesaw names no module of its own: this is the name Java gives its jar.
    requires transitive tablesaw.core;

    exports dev.spc.io;
}
