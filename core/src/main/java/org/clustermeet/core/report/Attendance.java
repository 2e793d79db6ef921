package org.clustermeet.core.report;

/**
 * How an event's registrations stand, counted by state. Before an event is held its places are
 * "registered"; once it is held, a registration never marked as attended is a no-show. Immutable
 * and thread-safe.
 *
 * @param registered           registrations holding a place at an event not yet held (or cancelled)
 * @param attended             registrations marked as attended
 * @param noShows              registrations holding a place at a held event but never marked as attended
 * @param waitlisted           registrations still waiting for a place
 * @param cancelled            registrations the person cancelled
 * @param cancelledByOrganiser registrations closed because the organiser cancelled the event
 * @param refused              waiting registrations refused at promotion because they no longer met
 *                             the event's rules
 */
public record Attendance(int registered, int attended, int noShows, int waitlisted, int cancelled,
                         int cancelledByOrganiser, int refused) {

    /**
     * Validates the counts.
     *
     * @param registered           registrations holding a place at an event not yet held (or cancelled)
     * @param attended             registrations marked as attended
     * @param noShows              registrations holding a place at a held event but never marked as attended
     * @param waitlisted           registrations still waiting for a place
     * @param cancelled            registrations the person cancelled
     * @param cancelledByOrganiser registrations closed because the organiser cancelled the event
     * @param refused              waiting registrations refused at promotion because they no longer met
     *     the event's rules
     * @throws IllegalArgumentException if a count is negative
     */
    public Attendance {
        int[] all = {registered, attended, noShows, waitlisted, cancelled, cancelledByOrganiser, refused};
        for (int count : all) {
            if (count < 0) {
                throw new IllegalArgumentException("Invalid attendance count (at least 0): " + count);
            }
        }
    }

    /** {@return how many registrations there are in all, whatever their state} */
    public int total() {
        return registered + attended + noShows + waitlisted + cancelled + cancelledByOrganiser + refused;
    }
}
