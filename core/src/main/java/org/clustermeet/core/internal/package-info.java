/**
 * Helpers shared by the core packages that are not part of the API: the module does not export
 * this package, and its content may change in any release.
 */
package org.clustermeet.core.internal;
