/**
 * Name badges: an event's badges as a PDF, several to an A4 sheet with cutting marks or one to an
 * A6 page, each with the name (only with consent to publish it), organisation, country and role,
 * and a QR code carrying the registration's signed check-in token.
 */
package org.clustermeet.server.badges;
