/**
 * Organisations: cluster organisations, cluster associations, alliances, public authorities and
 * labelling bodies, each with a name history.
 */
package org.clustermeet.core.organisation;
