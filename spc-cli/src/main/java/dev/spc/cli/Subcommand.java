package dev.spc.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand of {@code spc}, handed its parent and its own spec once the command line is built
 * ({@link SpcCommand#commandLine}). Picocli could inject both into fields it finds by annotation; but each kind of
 * annotation picocli meets costs a run a few milliseconds the first time, while Java makes a class for it, and
 * these two need none.
 */
interface Subcommand {
    /**
     * Takes the top-level command and this command's spec, hands the spec to the option groups that need it, and
     * adds the options the command declares from a table rather than by annotation.
     */
    void wire(SpcCommand parent, CommandSpec spec);
}
