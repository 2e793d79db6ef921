/**
 * Eligibility policies: composable rules that decide who may register for an event, judged on
 * the event's date, with refusals that say which rule failed and why.
 */
package org.clustermeet.core.eligibility;
