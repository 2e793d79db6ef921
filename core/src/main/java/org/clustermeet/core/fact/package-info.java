/** Counts stated by sources, kept as dated facts and never derived from the registry. */
package org.clustermeet.core.fact;
