package org.clustermeet.interop.programme;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clustermeet.core.event.SessionFormat;

/**
 * A talk as read from a schedule, before it becomes a session.
 *
 * @param pointer  where it is in the file
 * @param guid     its GUID, from the file or made from the conference and its id
 * @param number   its number in the tool, if given
 * @param title    its title
 * @param start    when it starts, in the schedule's zone
 * @param end      when it ends
 * @param room     its room
 * @param track    its track, if any
 * @param language its language tag, if known
 * @param summary  its abstract, if any
 * @param format   its format, from its type
 * @param speakers its speakers, in file order
 */
record Talk(String pointer, UUID guid, Optional<Long> number, String title, ZonedDateTime start, ZonedDateTime end,
            String room, Optional<String> track, Optional<String> language, Optional<String> summary,
            SessionFormat format, List<Speaker> speakers) {

    /**
     * A speaker as the schedule names them.
     *
     * @param pointer where they are in the file
     * @param name    the name shown
     * @param email   the e-mail address, if the file gives one
     * @param key     what the tool calls them (a pretalx code, a frab id, a GUID), if anything
     */
    record Speaker(String pointer, String name, Optional<String> email, Optional<String> key) {
    }
}
