/**
 * Domain value types: country and region codes, localized text, ecosystems, activity codes,
 * links, contact details and date ranges. Each validates itself when created.
 */
package org.clustermeet.core.value;
