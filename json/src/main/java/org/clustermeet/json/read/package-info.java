/**
 * Reading registry documents (not exported): one reader that streams from Jackson's parser,
 * binds each object straight into the core records and reports every problem with its JSON
 * Pointer. Not part of the API; it may change in any release.
 */
package org.clustermeet.json.read;
