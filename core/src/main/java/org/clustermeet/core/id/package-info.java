/**
 * Typed identifiers, one per entity kind, so that a person's id can never be passed where an
 * organisation's is expected.
 */
package org.clustermeet.core.id;
