package dev.spc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target (made with
 * the usual permissions), which replaces the target only when complete. A failure leaves the target as
 * it was and no temporary file behind.
 */
final class AtomicFile {
    /** Writes content to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        prepare(target, content).commit();
    }

    /**
     * Writes the content beside the target, to be put in place by {@link Pending#commit()} or thrown
     * away by {@link Pending#discard()}: a batch of files can be written whole, then committed together.
     */
    static Pending prepare(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            done = true;
            return new Pending(temp, absolute);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A file written beside its target, not yet in place. */
    static final class Pending {
        private final Path temp;
        private final Path target;

        private Pending(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        /** Puts the file in place, replacing any earlier one. */
        void commit() throws IOException {
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        /** Throws the file away. */
        void discard() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray temporary file; the target was never touched
            }
        }
    }
}
