/**
 * Writing registry documents (not exported): the canonical writer, its pretty printer and atomic
 * saving to files. Not part of the API; it may change in any release.
 */
package org.clustermeet.json.write;
