package dev.spc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a run leaves behind if it is stopped (Ctrl-C, SIGTERM, a shutdown): the temporary files and folders
 * it is writing and the programs it started (Chromium). Each is registered while it exists and forgotten
 * once the run has dealt with it; a shutdown hook, added on the first registration, ends the programs and
 * deletes the files still registered. A run that ends normally has forgotten everything by then.
 */
final class Cleanup {
    private static final Set<Path> PATHS = ConcurrentHashMap.newKeySet();
    private static final Set<Process> PROCESSES = ConcurrentHashMap.newKeySet();
    private static final Set<Path> MADE = ConcurrentHashMap.newKeySet();
    private static boolean hooked;
    private static volatile boolean stopping;
    /** Held while a program starts and is registered, and by the hook as it begins ending them. */
    private static final Object STARTING = new Object();

    private Cleanup() {
    }

    /**
     * Deletes the file, or the folder and all in it, if the run is stopped before {@link #forget(Path)}.
     *
     * @throws IOException when the run is being stopped: the path is deleted at once, and the caller should
     *     go no further
     */
    static void register(Path path) throws IOException {
        hook();
        PATHS.add(path.toAbsolutePath());
        // Registered after the hook began, it may have been missed: the run is stopping, so nothing new is made.
        checkRunning();
    }

    /** @throws IOException when the run is being stopped (deleting what is registered), so that nothing is moved in */
    static void checkRunning() throws IOException {
        if (stopping) {
            for (Path p : PATHS) {
                deleteTree(p);
            }
            throw new IOException("spc is stopping");
        }
    }

    /**
     * The run has dealt with the path (moved it in, or deleted it itself). Once the run is stopping, nothing is
     * forgotten: the shutdown hook deletes what is registered, and Java may end the run's own thread before that
     * thread deletes what it forgot.
     */
    static void forget(Path path) {
        if (stopping) {
            return;
        }
        PATHS.remove(path.toAbsolutePath());
        MADE.remove(path.toAbsolutePath());
    }

    /**
     * Takes away a folder the run made (an output folder) if the run is stopped before {@link #forget(Path)}
     * and the folder is empty by then: what was moved into it stays.
     */
    static void registerMade(Path folder) {
        hook();
        MADE.add(folder.toAbsolutePath());
    }

    /**
     * Starts a program, which is ended (with the programs it started) if the run is stopped before
     * {@link #forget(Process)}. To the shutdown hook the start and the registration are one step: the hook waits
     * for a start under way, where a stop that came while a program was starting could let the run end before
     * the program was registered, and leave it running.
     *
     * @throws IOException when the program cannot be started, or the run is being stopped (nothing is started)
     */
    static Process start(ProcessBuilder builder) throws IOException {
        hook();
        synchronized (STARTING) {
            if (stopping) {
                throw new IOException("spc is stopping");
            }
            Process process = builder.start();
            PROCESSES.add(process);
            return process;
        }
    }

    static void forget(Process process) {
        PROCESSES.remove(process);
    }

    /** Whether the path is registered, for tests. */
    static boolean isRegistered(Path path) {
        return PATHS.contains(path.toAbsolutePath());
    }

    private static synchronized void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::run, "spc-cleanup"));
            hooked = true;
        }
    }

    /** Ends the programs, then deletes the files: a program may be writing into them. */
    static void run() {
        synchronized (STARTING) {
            stopping = true;
        }
        PROCESSES.forEach(Cleanup::end);
        for (Process p : PROCESSES) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        PROCESSES.clear();
        // The run's own thread may still be writing a file when the hook begins; it stops at its next file
        // (checkRunning), so what it left is deleted on a second look.
        for (int attempt = 0; attempt < 20 && PATHS.stream().anyMatch(Files::exists); attempt++) {
            if (attempt > 0) {
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            PATHS.forEach(Cleanup::deleteTree);
        }
        PATHS.clear();
        for (Path folder : MADE) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException ignored) {
                // not empty: files were moved into it, and they stay
            }
        }
        MADE.clear();
    }

    private static void end(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** Deletes a file, or a folder and everything in it, as far as it can. */
    static void deleteTree(Path path) {
        if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a file another program still holds; the temporary folder is left to the system
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // as above; or a file deleted during the walk by another thread (the run's own, or the hook)
        }
    }
}
