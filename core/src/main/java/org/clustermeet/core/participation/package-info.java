/**
 * How a person takes part in an event: the role they have there and whether they attend in person
 * or online. The words events, registrations and eligibility rules share, so this package depends
 * on none of them.
 */
package org.clustermeet.core.participation;
