/**
 * How the store keeps its state: the JSON of a journalled change set, and the SQL. Not API.
 */
package org.clustermeet.store.internal;
