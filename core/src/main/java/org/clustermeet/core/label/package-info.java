/**
 * European Cluster Excellence quality labels (Bronze, Silver, Gold), their validity and renewal.
 */
package org.clustermeet.core.label;
