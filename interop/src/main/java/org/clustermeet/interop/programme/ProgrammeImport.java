package org.clustermeet.interop.programme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;

/**
 * Reads the {@code schedule.json} that frab and pretalx export into an event's programme: each talk
 * becomes a session (title, abstract, language, time in the schedule's zone, duration, room, track,
 * speakers), the schedule's rooms join the venue's, and speakers are matched to people in the
 * registry by name (and e-mail, where the file gives one) or added with no role and no consent to
 * publish their name. Real files deviate from the format: what a reasonable reader can read is
 * read, each deviation listed as a warning with its JSON Pointer; what cannot (a talk with no start,
 * an unknown room, a clash) refuses the whole file with every problem, and nothing changes.
 * A talk whose GUID a session holds updates that session, so importing the same schedule again
 * changes nothing and a newer version updates what changed. Immutable and thread-safe.
 */
public final class ProgrammeImport {

    /** The largest schedule read unless another limit is set: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final EventId event;
    private final long maxBytes;

    private ProgrammeImport(EventId event, long maxBytes) {
        this.event = event;
        this.maxBytes = maxBytes;
    }

    /**
     * Returns an import into an event's programme.
     *
     * @param event the event, not null
     * @return the import
     */
    public static ProgrammeImport into(EventId event) {
        return new ProgrammeImport(Objects.requireNonNull(event, "event"), DEFAULT_MAX_BYTES);
    }

    /**
     * Returns a copy that refuses files larger than a limit.
     *
     * @param maxBytes the largest file read, at least 1
     * @return the changed copy
     * @throws IllegalArgumentException if the limit is below 1
     */
    public ProgrammeImport withMaxBytes(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("Invalid value for maxBytes (at least 1): " + maxBytes);
        }
        return new ProgrammeImport(event, maxBytes);
    }

    /**
     * Reads a schedule into the event's programme.
     *
     * @param registry the registry holding the event, not null
     * @param in       the schedule, read to its end and not closed; not null
     * @param source   the file's name as the user knows it, for messages; not null
     * @return the registry with the programme, what happened to each session, and the warnings
     * @throws ProgrammeImportException if the file cannot be imported; every problem is named
     * @throws IOException              if reading fails
     * @throws IllegalArgumentException if the registry holds no such event
     */
    public ProgrammeResult read(Registry registry, InputStream in, String source)
            throws IOException, ProgrammeImportException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Event target = registry.event(event)
                .orElseThrow(() -> new IllegalArgumentException("no event with id " + event + " in the registry"));
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new ProgrammeImportException(source, List.of(new ScheduleNote("", "larger than the limit of "
                    + maxBytes + " bytes")));
        }
        Object tree;
        try {
            tree = JsonTree.read(new ByteArrayInputStream(bytes));
        } catch (JsonTree.TreeException e) {
            throw new ProgrammeImportException(source, List.of(new ScheduleNote("", e.getMessage())));
        }
        Optional<ZoneId> zone = zoneOf(target);
        ScheduleReader.Schedule schedule = ScheduleReader.read(tree, zone, target.schedule() instanceof EventSchedule.Timed
                ? "the event's time zone" : "the time zone of the event's venue");
        if (!schedule.problems().isEmpty()) {
            throw new ProgrammeImportException(source, schedule.problems());
        }
        return ProgrammeMerge.merge(registry, target, schedule, source);
    }

    /** The event's zone: that of its times, else that of its venue's country. */
    private static Optional<ZoneId> zoneOf(Event event) {
        if (event.schedule() instanceof EventSchedule.Timed timed) {
            return Optional.of(timed.slot().start().getZone());
        }
        return event.venue().flatMap(v -> v.country().timeZone());
    }

    @Override
    public String toString() {
        return "ProgrammeImport[into " + event + ", at most " + maxBytes + " bytes]";
    }
}
