/** Memberships of organisations in cluster associations and alliances, over time. */
package org.clustermeet.core.membership;
