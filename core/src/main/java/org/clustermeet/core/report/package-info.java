/**
 * Event reports computed from a registry: participants by role, organisations, countries, SMEs
 * and labels on the event's day. Every figure is computed, never typed in.
 */
package org.clustermeet.core.report;
