/**
 * Check-in tokens: what a badge's QR code carries, signed with HMAC-SHA256 under a server secret
 * so that a code cannot be made up or altered, and checked at the door.
 */
package org.clustermeet.server.checkin;
