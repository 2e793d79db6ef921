package org.clustermeet.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of long work on standard error, redrawn in place every fifth of a second: what is being
 * done, how far (bytes read of the total, where known) and for how long. Only when standard error
 * is a terminal: in pipes and files, and in tests, nothing is written.
 */
final class Progress implements AutoCloseable {

    private static final Progress NONE = new Progress(null, "", -1);
    private static final long TICK_MILLIS = 200;

    private final PrintWriter err;
    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final Thread ticker;
    private volatile String what;
    private int drawn;

    private Progress(PrintWriter err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
        if (err == null) {
            ticker = null;
            return;
        }
        ticker = new Thread(this::tick, "clustermeet-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** Progress that shows nothing. */
    static Progress none() {
        return NONE;
    }

    /**
     * Progress of a piece of work, shown when {@code show} is set.
     *
     * @param err   standard error
     * @param show  whether standard error is a terminal
     * @param what  what is being done, for example "reading big.json"
     * @param total the bytes the work will go through, or -1 when unknown
     * @return the progress; close it when the work is done
     */
    static Progress of(PrintWriter err, boolean show, String what, long total) {
        return show ? new Progress(err, what, total) : NONE;
    }

    /** Moves on to another step of the work. */
    void step(String next) {
        this.what = next;
    }

    /**
     * Counts the bytes read from a stream; at its end, moves on to a next step.
     *
     * @param in        the stream
     * @param afterRead what is done once the stream is read, for example "checking big.json"
     * @return the counting stream (the stream itself when nothing is shown)
     */
    InputStream track(InputStream in, String afterRead) {
        if (err == null) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    done.incrementAndGet();
                } else {
                    step(afterRead);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    done.addAndGet(n);
                } else if (n < 0) {
                    step(afterRead);
                }
                return n;
            }
        };
    }

    /** The line shown now. */
    String line() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = done.get();
        String amount = total > 0 ? String.format(Locale.ROOT, " %3d %% (%.1f of %.1f MB)",
                Math.min(100, bytes * 100 / total), bytes / 1e6, total / 1e6)
                : bytes > 0 ? String.format(Locale.ROOT, " %.1f MB", bytes / 1e6) : "";
        return what + amount + String.format(Locale.ROOT, ", %.1f s", seconds);
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(TICK_MILLIS);
                draw(line());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw(String text) {
        err.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
        err.flush();
        drawn = text.length();
    }

    /** Stops and clears the line. */
    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn > 0) {
                err.print("\r" + " ".repeat(drawn) + "\r");
                err.flush();
            }
        }
    }

    /**
     * Whether standard error is a terminal: on Linux, whether file descriptor 2 leads to a terminal
     * device; elsewhere, whether the JVM has a console.
     */
    static boolean standardErrorIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall back below
        }
        return System.console() != null;
    }

    /** Whether a file descriptor's target is a terminal: {@code /dev/pts/N}, {@code /dev/ttyN} or {@code /dev/tty}. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    }
}
