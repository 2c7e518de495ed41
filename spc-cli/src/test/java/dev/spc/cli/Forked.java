package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs spc in a Java of its own, with its own options and environment, as a shell would. */
final class Forked {
    private Forked() {
    }

    /** The command that starts spc with the test's class path and the given Java options. */
    static List<String> command(List<String> javaOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs spc and waits for it.
     *
     * @param environment added to this process's environment
     * @param work a folder for the captured output
     */
    static Cli.Result run(List<String> javaOptions, Map<String, String> environment, Path work, String... args)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command(javaOptions, args))
                .redirectOutput(work.resolve("forked.out").toFile()).redirectError(work.resolve("forked.err").toFile());
        pb.environment().putAll(environment);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "spc finished");
        Cli.Result r = new Cli.Result(p.exitValue(), Files.readString(work.resolve("forked.out")),
                Files.readString(work.resolve("forked.err")));
        Files.delete(work.resolve("forked.out"));
        Files.delete(work.resolve("forked.err"));
        return r;
    }
}
