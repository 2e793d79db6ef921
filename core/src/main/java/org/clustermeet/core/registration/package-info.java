/** Registrations for events, the requests that create them and the outcomes of those requests. */
package org.clustermeet.core.registration;
