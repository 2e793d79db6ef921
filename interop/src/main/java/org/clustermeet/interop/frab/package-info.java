/**
 * An event's programme as the {@code schedule.json} of the conference tools frab and pretalx
 * ({@link org.clustermeet.interop.frab.FrabSchedule}), which schedule apps and video teams read.
 */
package org.clustermeet.interop.frab;
