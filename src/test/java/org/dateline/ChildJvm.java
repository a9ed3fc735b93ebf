package org.dateline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on the tests' classpath, for what one process cannot do to itself: be killed with SIGKILL in the
 * middle of its work. Its standard output is read line by line; standard error goes to a file.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code mainClass} with {@code args}; its standard error goes to {@code errFile}. */
    public static ChildJvm start(Path errFile, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(errFile.toFile()).start());
    }

    /** Reads standard output until a line starts with {@code prefix}; fails if the child ends first or takes too long. */
    public String awaitLine(String prefix, Duration within) throws IOException {
        long until = System.nanoTime() + within.toNanos();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            if (System.nanoTime() > until) {
                break;
            }
        }
        throw new IOException("the child printed no line starting with \"" + prefix + "\" (exit "
                + (process.isAlive() ? "none yet" : process.exitValue()) + ")");
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the child to end by itself and returns its exit status. */
    public int waitFor(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not end within " + within);
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
