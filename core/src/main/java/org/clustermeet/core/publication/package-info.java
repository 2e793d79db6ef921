/**
 * What may be published: {@link org.clustermeet.core.publication.PublicView} turns a registry into
 * one fit for publication (no contact details, arrival times, waiting lists or cancelled
 * registrations; no name without the person's yes).
 */
package org.clustermeet.core.publication;
