/**
 * The registration workflow: requests answered as accepted, waitlisted or refused with reasons,
 * cancellations that promote the waiting list, attendance, and {@link
 * org.clustermeet.core.workflow.SharedRegistry} for several threads.
 */
package org.clustermeet.core.workflow;
