/**
 * Mail: the SMTP server the registration server sends the store's outbox through (confirmations,
 * waiting-list places, refusals, cancellations, event changes, invitations), read from a file.
 */
package org.clustermeet.server.mail;
