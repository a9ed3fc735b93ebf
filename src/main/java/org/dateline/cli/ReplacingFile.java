package org.dateline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output file written under a temporary name in the same folder ({@code .NAME.PID.partial}) and renamed over
 * the target only when complete: until then the previous file stays as it was, and a run that fails, is stopped or
 * is killed never leaves a shorter file under the target's name that could pass for a whole one. A killed process
 * cannot remove its partial file; the next run into the same target removes those of processes no longer alive.
 */
final class ReplacingFile implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final FileChannel channel;
    private final Thread onStop;
    private boolean done;

    private ReplacingFile(Path target, Path partial, FileChannel channel) {
        this.target = target;
        this.partial = partial;
        this.channel = channel;
        // Ctrl-C or a plain kill runs shutdown hooks: the partial file goes with the process.
        this.onStop = new Thread(this::discard, "dateline-partial-output");
        Runtime.getRuntime().addShutdownHook(onStop);
    }

    static ReplacingFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        removeAbandoned(folder, absolute.getFileName().toString());
        Path partial = folder.resolve(partialName(absolute.getFileName().toString(), ProcessHandle.current().pid()));
        FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new ReplacingFile(absolute, partial, channel);
    }

    static String partialName(String name, long pid) {
        return "." + name + "." + pid + ".partial";
    }

    /** Where the bytes go; closing it does not replace the target (see {@link #commit()}). */
    OutputStream stream() {
        return Channels.newOutputStream(channel);
    }

    Path partial() {
        return partial;
    }

    /** Makes what was written durable and puts it in place of the target, in one step. */
    void commit() throws IOException {
        channel.force(true);
        channel.close();
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
        removeHook();
    }

    /** Leaves the target as it was: the partial file is removed, unless {@link #commit()} already put it in place. */
    @Override
    public void close() {
        discard();
        removeHook();
    }

    private synchronized void discard() {
        if (done) {
            return;
        }
        done = true;
        try {
            channel.close();
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the partial output " + partial + ": " + e.getMessage(), e);
        }
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs, and finds the work done.
        }
    }

    /** Partial files left for {@code name} by runs that were killed (their process is gone). */
    private static void removeAbandoned(Path folder, String name) throws IOException {
        Pattern mine = Pattern.compile(Pattern.quote("." + name + ".") + "(\\d+)\\.partial");
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                Matcher m = mine.matcher(p.getFileName().toString());
                if (m.matches() && !ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
