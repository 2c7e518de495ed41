package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch written on several threads gives what one thread gives: the files, their order and bytes, its failure. */
class OutputBatchTest {
    @TempDir
    Path dir;

    private List<Path> targets(String folder, int n) throws IOException {
        Path f = Files.createDirectories(dir.resolve(folder));
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            targets.add(f.resolve("chart-" + i + ".txt"));
        }
        return targets;
    }

    /** Content that takes a while and differs from file to file. */
    private static AtomicFile.Content content(int i) {
        return out -> {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k <= i % 7 * 1000; k++) {
                text.append(i).append(',').append(k).append('\n');
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        };
    }

    private static List<String> written(Path folder) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                all.add(p.getFileName() + "=" + Files.readString(p));
            }
        }
        return all;
    }

    @Test
    void manyThreadsWriteTheFilesOneThreadWrites() throws IOException {
        List<Path> one = targets("one", 40);
        List<Path> many = targets("many", 40);
        List<Path> listedOne;
        List<Path> listedMany;
        try (OutputBatch batch = new OutputBatch()) {
            batch.addAll(one, OutputBatchTest::content, 1);
            batch.commit();
            listedOne = batch.targets();
        }
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (OutputBatch batch = new OutputBatch()) {
            batch.addAll(many, i -> out -> {
                threads.add(Thread.currentThread().getName());
                content(i).writeTo(out);
            }, 4);
            batch.commit();
            listedMany = batch.targets();
        }
        assertEquals(written(dir.resolve("one")), written(dir.resolve("many")));
        assertEquals(40, written(dir.resolve("many")).size());
        assertEquals(one, listedOne.stream().map(p -> dir.resolve("one").resolve(p.getFileName())).toList());
        assertEquals(many, listedMany.stream().map(p -> dir.resolve("many").resolve(p.getFileName())).toList());
        assertTrue(threads.size() > 1, "written on " + threads);
        try (Stream<Path> left = Files.list(dir.resolve("many"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".spc-")), "no temporary folder");
        }
    }

    @Test
    void theEarliestFailureIsThrownNoMoreAreBegunAndNothingIsMovedIn() throws IOException, InterruptedException {
        List<Path> targets = targets("failing", 200);
        AtomicInteger begun = new AtomicInteger();
        // The tenth content fails only once the twelfth has begun, so that a later one is under way (and fails
        // too) when it does: the tenth's failure is the one thrown.
        CountDownLatch twelfth = new CountDownLatch(1);
        IOException thrown;
        try (OutputBatch batch = new OutputBatch()) {
            thrown = assertThrows(IOException.class, () -> batch.addAll(targets, i -> out -> {
                begun.incrementAndGet();
                if (i == 12) {
                    twelfth.countDown();
                    throw new IOException("twelfth");
                }
                if (i == 10) {
                    try {
                        assertTrue(twelfth.await(10, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    throw new IOException("tenth");
                }
                content(i).writeTo(out);
            }, 3));
        }
        assertEquals("tenth", thrown.getMessage());
        assertTrue(begun.get() < 200, begun.get() + " begun");
        try (Stream<Path> left = Files.list(dir.resolve("failing"))) {
            assertEquals(List.of(), left.toList(), "nothing moved in, no temporary folder left");
        }
    }

    @Test
    void aFailureOfOneThreadIsThrownAsOneThreadThrowsIt() throws IOException {
        List<Path> targets = targets("unchecked", 30);
        Map<Integer, String> messages = Map.of(1, "one thread", 4, "four threads");
        for (int threads : new int[] {1, 4}) {
            try (OutputBatch batch = new OutputBatch()) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> batch.addAll(targets,
                        i -> out -> {
                            if (i >= 20) {
                                throw new IllegalStateException("chart " + i);
                            }
                            content(i).writeTo(out);
                        }, threads));
                assertEquals("chart 20", e.getMessage(), messages.get(threads));
            }
            try (Stream<Path> left = Files.list(dir.resolve("unchecked"))) {
                assertFalse(left.findAny().isPresent());
            }
        }
    }
}
