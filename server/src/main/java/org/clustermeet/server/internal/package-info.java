/**
 * The server's inside: routes, pages, the API, sessions and the actions on the store. Not
 * exported; its types are public only for the compiled templates.
 */
package org.clustermeet.server.internal;
