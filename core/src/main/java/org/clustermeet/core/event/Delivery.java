package org.clustermeet.core.event;

import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.value.WebLink;

/**
 * How an event or session is delivered: in person, or online or hybrid with the link people
 * join through. Immutable and thread-safe.
 *
 * @param mode       in person, online or hybrid; not null
 * @param onlineLink the link to join online: required for online and hybrid, absent in person; not null
 */
public record Delivery(AttendanceMode mode, Optional<WebLink> onlineLink) {

    /** In person only. */
    public static final Delivery IN_PERSON = new Delivery(AttendanceMode.IN_PERSON, Optional.empty());

    /**
     * Validates the delivery.
     *
     * @param mode       in person, online or hybrid; not null
     * @param onlineLink the link to join online: required for online and hybrid, absent in person; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if an online or hybrid delivery has no link, or an in-person one has one
     */
    public Delivery {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(onlineLink, "onlineLink");
        if (mode != AttendanceMode.IN_PERSON && onlineLink.isEmpty()) {
            throw new IllegalArgumentException((mode == AttendanceMode.ONLINE ? "an " : "a ") + mode
                    + " delivery needs its onlineLink");
        }
        if (mode == AttendanceMode.IN_PERSON && onlineLink.isPresent()) {
            throw new IllegalArgumentException("an IN_PERSON delivery has no onlineLink (" + onlineLink.get()
                    + "); make it HYBRID");
        }
    }

    /**
     * Returns an online delivery.
     *
     * @param link the link to join, not null
     * @return the delivery
     */
    public static Delivery online(WebLink link) {
        return new Delivery(AttendanceMode.ONLINE, Optional.of(Objects.requireNonNull(link, "link")));
    }

    /**
     * Returns a hybrid delivery.
     *
     * @param link the link to join online, not null
     * @return the delivery
     */
    public static Delivery hybrid(WebLink link) {
        return new Delivery(AttendanceMode.HYBRID, Optional.of(Objects.requireNonNull(link, "link")));
    }

    /**
     * Checks an event's places against this delivery: each limit at least 1, no online places in
     * person, no in-person places online.
     *
     * @param event          the event, for messages
     * @param capacity       the in-person places, if limited
     * @param onlineCapacity the online places, if limited
     * @throws IllegalArgumentException if a limit is below 1 or does not fit the delivery
     */
    void checkPlaces(EventId event, Optional<Integer> capacity, Optional<Integer> onlineCapacity) {
        capacity.ifPresent(c -> {
            if (c < 1) {
                throw new IllegalArgumentException("Invalid value for capacity of event " + event + " (at least 1): "
                        + c);
            }
            if (mode == AttendanceMode.ONLINE) {
                throw new IllegalArgumentException("event " + event + " is online and has no in-person places "
                        + "(capacity " + c + "); limit onlineCapacity instead");
            }
        });
        onlineCapacity.ifPresent(c -> {
            if (c < 1) {
                throw new IllegalArgumentException("Invalid value for onlineCapacity of event " + event
                        + " (at least 1): " + c);
            }
            if (mode == AttendanceMode.IN_PERSON) {
                throw new IllegalArgumentException("event " + event + " is in person and has no online places "
                        + "(onlineCapacity " + c + ")");
            }
        });
    }
}
