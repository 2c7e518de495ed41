package dev.spc.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the example data, from the checkout's root or from the examples folder. */
final class Data {
    private Data() {
    }

    static Path file(String name) {
        for (Path candidate : new Path[] {Paths.get("examples", "data", name), Paths.get("data", name)}) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/data/" + name + " not found; run from the checkout's root");
    }
}
