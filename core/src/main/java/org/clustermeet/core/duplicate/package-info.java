/**
 * Duplicate people: records that may be one real person (entered twice, signed up twice under
 * another e-mail address, spelt without diacritics or family name first), found with a score and
 * the reasons behind it, for an organiser to merge.
 */
package org.clustermeet.core.duplicate;
