/**
 * An event as schema.org JSON-LD ({@link org.clustermeet.interop.schemaorg.SchemaOrgExport}), for
 * search engines and linked-data tools, and for embedding in a page.
 */
package org.clustermeet.interop.schemaorg;
