package dev.spc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a file whole or not at all: the content goes to a temporary folder beside the target, and
 * replaces the target (keeping its permissions) only when complete. A failure leaves the target as it was
 * and nothing temporary behind. A batch of files is written the same way by {@link OutputBatch}.
 */
final class AtomicFile {
    /** Writes content to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        try (OutputBatch batch = new OutputBatch()) {
            batch.add(target, content);
            batch.commit();
        }
    }
}
