/**
 * A programme comes in: {@link org.clustermeet.interop.programme.ProgrammeImport} reads the
 * {@code schedule.json} that frab and pretalx export into an event's sessions, rooms and speakers,
 * reading what a reasonable reader can from real files and listing each deviation from the format
 * as a {@link org.clustermeet.interop.programme.ScheduleNote} with its JSON Pointer.
 */
package org.clustermeet.interop.programme;
