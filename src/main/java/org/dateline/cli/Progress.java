package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.dateline.BatchMapper;

/**
 * A one-line progress bar on a terminal: done/total, articles per second and time left. Drawn only when
 * a person is watching (stderr is a terminal and not {@code --quiet}), so logs and pipes stay clean.
 */
public final class Progress implements BatchMapper.Listener {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int done;

    private Progress(PrintWriter err, int total, boolean visible) {
        this.err = err;
        this.total = total;
        this.visible = visible;
    }

    /**
     * A bar drawn on {@code err} only when {@code terminal} and not {@code quiet}; errors are printed either way.
     *
     * @param total the articles to map, or -1 when not known beforehand (web archives): then a count, not a bar
     */
    public static Progress create(PrintWriter err, int total, boolean terminal, boolean quiet) {
        return new Progress(err, total, terminal && !quiet);
    }

    /** Whether stderr is a terminal, as far as Java can tell (no console when either stream is redirected). */
    public static boolean onTerminal() {
        return System.console() != null;
    }

    boolean visible() {
        return visible;
    }

    @Override
    public void done(Path file, String error) {
        done++;
        if (error != null) {
            if (visible) {
                err.print("\r\033[K");
            }
            err.println("dateline: " + error);
        }
        long now = System.nanoTime();
        if (visible && (now - lastDraw > REDRAW_NANOS || done == total)) {
            lastDraw = now;
            err.print("\r" + line(now));
            err.flush();
        }
    }

    /** Ends the bar's line, so the summary starts on a fresh one. */
    public void finish() {
        if (visible && done > 0) {
            err.println();
        }
    }

    String line(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / secs;
        if (total < 0) {
            return String.format(Locale.ROOT, "%,d articles  %,.0f articles/s", done, rate);
        }
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format(Locale.ROOT, "[%s%s] %,d/%,d  %,.0f articles/s  ETA %d:%02d",
                "#".repeat(filled), "-".repeat(WIDTH - filled), done, total, rate, left / 60, left % 60);
    }
}
