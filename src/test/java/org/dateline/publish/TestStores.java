package org.dateline.publish;

import java.nio.file.Path;

/** The two stores {@code serve} can run on, by name, for tests that must hold for both. */
final class TestStores {
    private TestStores() {
    }

    /** {@code "memory"}: the in-memory store; {@code "disk"}: TDB2 under {@code dir}. */
    static NewsStore open(String kind, Path dir) {
        return switch (kind) {
            case "memory" -> NewsStore.inMemory();
            case "disk" -> NewsStore.onDisk(dir.resolve("tdb2"));
            default -> throw new IllegalArgumentException("no store kind " + kind + " (memory, disk)");
        };
    }
}
