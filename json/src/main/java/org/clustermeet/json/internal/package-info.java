/**
 * What reading and writing share (not exported): JSON Pointers built lazily, their text, and the
 * failure that carries a pointer until the API turns it into a RegistryJsonException.
 */
package org.clustermeet.json.internal;
