package org.clustermeet.server.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.clustermeet.core.workflow.Actor;
import org.clustermeet.store.ErasureReport;
import org.clustermeet.store.RegistryStore;

/**
 * The server's retention period at work: on a thread of its own, when the server starts and then
 * every day, it erases the personal data of everyone whose every registration is for an event
 * that ended more than the period ago ({@link RegistryStore#retain}), recorded with the actor
 * {@value #ACTOR}. The log names the people erased by id only.
 */
public final class Retention implements AutoCloseable {

    /** Who the history says erased people past the retention period. */
    public static final String ACTOR = "retention";

    private static final System.Logger LOG = System.getLogger(Retention.class.getName());
    private static final Duration EVERY = Duration.ofDays(1);

    private final RegistryStore store;
    private final int months;
    private final ScheduledExecutorService thread;

    /**
     * Starts the daily erasure.
     *
     * @param store  the store
     * @param months the retention period in months, at least 1
     */
    public Retention(RegistryStore store, int months) {
        this.store = store;
        this.months = months;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clustermeet-retention");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::run, 0, EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    private void run() {
        try {
            ErasureReport report = store.people().retain(months, Actor.of(ACTOR));
            if (!report.nothingErased()) {
                LOG.log(Level.INFO, "retention of " + months + " months erased the personal data of "
                        + report.erased().size() + " people: " + report.erased());
            }
        } catch (RuntimeException e) {
            // the next day tries again; a failed erasure changed nothing
            LOG.log(Level.WARNING, "retention of " + months + " months could not erase: " + e.getMessage(), e);
        }
    }

    /** Stops the daily erasure; one under way finishes first. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
