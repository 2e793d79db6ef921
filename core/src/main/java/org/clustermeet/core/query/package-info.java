/**
 * Questions about one registry value: who held which label on a day, who belonged to which
 * association, which roles and events a person had, which events fall in a period. Each view is
 * made with {@code of(registry)}; views that need indexes build them on first use and keep them,
 * so keep a view while you ask many questions of the same registry.
 */
package org.clustermeet.core.query;
