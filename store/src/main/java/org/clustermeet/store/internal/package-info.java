/**
 * How the store keeps its state: the journal's operations and their JSON, and the SQL. Not API.
 */
package org.clustermeet.store.internal;
