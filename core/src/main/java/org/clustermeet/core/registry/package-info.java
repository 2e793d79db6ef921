/**
 * The registry: one immutable value holding every entity with referential integrity, the
 * registration workflow, queries, event reports and validation, plus a thread-safe holder.
 */
package org.clustermeet.core.registry;
