/**
 * Reading registry documents (not exported): the fast reader that binds a valid document
 * straight from the parser, and the strict tree reader that reports problems with their JSON
 * Pointer. Not part of the API; it may change in any release.
 */
package org.clustermeet.json.read;
