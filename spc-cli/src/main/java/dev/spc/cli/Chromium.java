package dev.spc.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, run as a separate program: it prints the HTML report to PDF exactly as a person's
 * browser would, print style included. Found through the environment variable {@value #VARIABLE}, else
 * as {@code chromium}, {@code chromium-browser}, {@code google-chrome} or {@code google-chrome-stable} on
 * the PATH. Each run gets a fresh profile in a temporary folder, thrown away afterwards, and the switches
 * that stop Chromium from reaching the network on its own (updates, sync, field trials).
 */
final class Chromium {
    static final String VARIABLE = "SPC_CHROMIUM";
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** What Chromium printed and how it ended. */
    record Run(int status, String out, String err) {
    }

    /**
     * Chromium as the environment names it, if it is there: the program {@value #VARIABLE} names (a path, or a
     * name to look up on the PATH), else the first of the usual names on the PATH.
     */
    static Optional<Chromium> find(Map<String, String> environment) {
        String named = environment.get(VARIABLE);
        String path = environment.getOrDefault("PATH", "");
        if (named != null && !named.isBlank()) {
            Path p = Paths.get(named.strip());
            if (p.getNameCount() == 1 && !p.isAbsolute()) {
                return onPath(path, List.of(named.strip()));
            }
            return runnable(p) ? Optional.of(new Chromium(p)) : Optional.empty();
        }
        return onPath(path, NAMES);
    }

    private static Optional<Chromium> onPath(String path, List<String> names) {
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && runnable(Paths.get(dir, name))) {
                    return Optional.of(new Chromium(Paths.get(dir, name)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean runnable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }

    /** Why {@link #find} found nothing: part of the message of {@code spc report --pdf}. */
    static String notFound(Map<String, String> environment) {
        String named = environment.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            return VARIABLE + " names " + named.strip() + ", which is not a program that can be run";
        }
        return "Chromium was not found (as " + String.join(", ", NAMES) + " on the PATH, or named by " + VARIABLE + ")";
    }

    Path executable() {
        return executable;
    }

    /**
     * Prints a page to a PDF with no header or footer, in the page's own print style.
     *
     * @param work an empty folder for Chromium's profile, which it may fill
     * @return how Chromium ended; the PDF exists only when it succeeded
     */
    Run printToPdf(Path html, Path pdf, Path work, Duration timeout) throws IOException {
        return run(work, timeout, "--print-to-pdf=" + pdf.toAbsolutePath(), "--no-pdf-header-footer",
                html.toAbsolutePath().toUri().toString());
    }

    /**
     * Runs headless Chromium with the given switches and address after the fixed ones.
     *
     * @param work an empty folder for the profile and the captured output
     */
    Run run(Path work, Duration timeout, String... arguments) throws IOException {
        Path profile = Files.createDirectories(work.resolve("profile"));
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = work.resolve("chromium.out");
        Path err = work.resolve("chromium.err");
        // Stopping spc (Ctrl-C, SIGTERM) ends Chromium too, before its profile is deleted.
        Process process = Cleanup.start(new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '/' ? "/dev/null" : "NUL"))));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                return new Run(-1, read(out), read(err) + "\nChromium did not finish within " + timeout.toSeconds()
                        + " seconds");
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Chromium ran", e);
        } finally {
            Cleanup.forget(process);
        }
        return new Run(process.exitValue(), read(out), read(err));
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8) : "";
    }
}
