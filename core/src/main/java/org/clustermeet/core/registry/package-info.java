/**
 * The registry: one immutable value holding every entity with referential integrity, the builder
 * that checks content all at once, and edits that check only what they touch.
 */
package org.clustermeet.core.registry;
