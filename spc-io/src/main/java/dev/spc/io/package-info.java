/**
 * Reading what trusts export into series and back: CSV exports ({@link dev.spc.io.ExportReader}) and
 * settings files ({@link dev.spc.io.Settings}), the Tablesaw bridge ({@link dev.spc.io.SpcTables}: a
 * {@code Table} in, tables of points and summaries out), and the one table of a spec's parameters as people
 * give them ({@link dev.spc.io.SpecParameters}). A problem with the data is a {@link dev.spc.io.DataException}
 * that names the file, row, column and value.
 */
package dev.spc.io;
