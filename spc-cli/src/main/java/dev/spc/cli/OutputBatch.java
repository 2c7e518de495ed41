package dev.spc.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Files written all or nothing: each file is written aside first, into a temporary folder in its target's
 * folder ({@code .spc-...tmp}, named by number inside, so that no temporary name is longer than its
 * target's), and {@link #commit()} moves them all in. Should a move fail, the files already moved in are
 * put back as they were, so that the folders are left exactly as they were; a file replaced keeps its
 * permissions. {@link #close()} deletes the temporary folders, and a run stopped on the way (Ctrl-C, SIGTERM)
 * deletes them through {@link Cleanup}.
 */
final class OutputBatch implements AutoCloseable {
    private final Map<Path, Path> staging = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    /** A file to put in place: its target, the new content beside it, and a copy of the file it replaces. */
    private static final class Entry {
        final Path target;
        final Path fresh;
        Path backup;
        boolean moved;

        Entry(Path target, Path fresh) {
            this.target = target;
            this.fresh = fresh;
        }
    }

    /** Writes the content aside, to be moved to {@code target} by {@link #commit()}. */
    void add(Path target, AtomicFile.Content content) throws IOException {
        Cleanup.checkRunning();
        writeAside(reserve(target), content);
    }

    /**
     * Writes each target's content aside, to be moved in by {@link #commit()}, on up to {@code threads} threads
     * at once (the calling thread among them). The targets are reserved in order first, so the files, their order
     * and their bytes are what one thread would give. After a failure no more contents are begun; those begun
     * end, and the failure of the earliest target is thrown, as one thread would have thrown it.
     */
    void addAll(List<Path> targets, IntFunction<AtomicFile.Content> contents, int threads) throws IOException {
        List<Path> fresh = new ArrayList<>(targets.size());
        for (Path target : targets) {
            fresh.add(reserve(target));
        }
        Throwable[] failures = new Throwable[fresh.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < fresh.size() && !failed.get(); i = next.getAndIncrement()) {
                try {
                    Cleanup.checkRunning();
                    writeAside(fresh.get(i), contents.apply(i));
                } catch (IOException | RuntimeException | Error e) {
                    failures[i] = e;
                    failed.set(true);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int k = 1; k < Math.min(threads, fresh.size()); k++) {
            Thread t = new Thread(worker, "spc-output");
            t.setDaemon(true);
            t.start();
            helpers.add(t);
        }
        worker.run();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("stopped while writing " + targets.size() + " files");
            }
        }
        for (Throwable f : failures) {
            if (f instanceof IOException io) {
                throw io;
            } else if (f instanceof RuntimeException r) {
                throw r;
            } else if (f instanceof Error e) {
                throw e;
            }
        }
    }

    private static void writeAside(Path fresh, AtomicFile.Content content) throws IOException {
        try (OutputStream out = Files.newOutputStream(fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        }
    }

    /**
     * A path aside for {@code target}, for a program that writes the file itself: whatever is there when
     * {@link #commit()} runs is moved in.
     */
    Path reserve(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        for (Entry e : entries) {
            if (e.target.equals(absolute)) {
                throw new IllegalArgumentException(target + " is written twice in one batch");
            }
        }
        Path folder = staging.get(absolute.getParent());
        if (folder == null) {
            folder = Files.createTempDirectory(absolute.getParent(), ".spc-");
            staging.put(absolute.getParent(), folder);
            Cleanup.register(folder);
        }
        Path fresh = folder.resolve(entries.size() + ".new");
        entries.add(new Entry(absolute, fresh));
        return fresh;
    }

    /** The targets, in the order they were added. */
    List<Path> targets() {
        return entries.stream().map(e -> e.target).toList();
    }

    /**
     * Moves every file in. When a move fails (a folder of the target's name is in the way, say), the files
     * moved in before it are taken back out, the files they replaced put back, and the failure is thrown.
     */
    void commit() throws IOException {
        Cleanup.checkRunning();
        for (Entry e : entries) {
            if (!Files.exists(e.fresh)) {
                throw new FileSystemException(e.target.toString(), null, "was not written");
            }
        }
        int k = 0;
        try {
            for (; k < entries.size(); k++) {
                Entry e = entries.get(k);
                if (Files.isRegularFile(e.target, LinkOption.NOFOLLOW_LINKS)) {
                    keepPermissions(e.target, e.fresh);
                    e.backup = e.fresh.resolveSibling(k + ".old");
                    backUp(e.target, e.backup);
                }
                try {
                    move(e.fresh, e.target);
                } catch (FileSystemException moving) {
                    if (Files.isDirectory(e.target, LinkOption.NOFOLLOW_LINKS)) {
                        FileSystemException named = new FileSystemException(e.target.toString(), null,
                                "a folder of that name is in the way");
                        named.initCause(moving);
                        throw named;
                    }
                    throw moving;
                }
                e.moved = true;
            }
        } catch (IOException | RuntimeException failure) {
            for (int j = Math.min(k, entries.size() - 1); j >= 0; j--) {
                Entry e = entries.get(j);
                try {
                    if (e.moved && e.backup != null) {
                        move(e.backup, e.target);
                    } else if (e.moved) {
                        Files.deleteIfExists(e.target);
                    }
                } catch (IOException | RuntimeException undo) {
                    failure.addSuppressed(undo);
                }
            }
            throw failure;
        }
    }

    /** Deletes the temporary folders and whatever is left in them. */
    @Override
    public void close() {
        for (Path folder : staging.values()) {
            Cleanup.deleteTree(folder);
            Cleanup.forget(folder);
        }
        staging.clear();
    }

    /** A second name for the file (a hard link), else a copy: what is put back if the batch fails. */
    private static void backUp(Path target, Path backup) throws IOException {
        try {
            Files.createLink(backup, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Gives the new file the permissions of the one it replaces, where the file system has POSIX permissions. */
    private static void keepPermissions(Path old, Path fresh) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(old, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(fresh, permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
