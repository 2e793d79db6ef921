/** Events, their schedules, venues and sessions with talks, proposed topics and feedback. */
package org.clustermeet.core.event;
