/**
 * iCalendar (RFC 5545 and RFC 7986) for an event and its sessions: {@link org.clustermeet.interop.ical.ICalendarExport}.
 */
package org.clustermeet.interop.ical;
