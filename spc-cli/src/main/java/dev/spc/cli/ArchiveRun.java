package dev.spc.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several commands in one Java process, for the launcher to record the classes they load in a
 * class-data sharing archive: {@code ArchiveRun summary A.csv --then chart A.csv -o DIR}. Every later run
 * of any of those commands then maps its classes in instead of loading them. Not part of the command line.
 */
final class ArchiveRun {
    private ArchiveRun() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int worst = 0;
        for (String[] command : commands(args)) {
            worst = Math.max(worst, Main.run(command, new ByteArrayInputStream(new byte[0]), quiet, quiet));
        }
        System.exit(worst);
    }

    /** The commands, separated by {@code --then}. */
    static List<String[]> commands(String[] args) {
        List<String[]> commands = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals("--then")) {
                if (i > from) {
                    commands.add(Arrays.copyOfRange(args, from, i));
                }
                from = i + 1;
            }
        }
        return commands;
    }
}
