/** People and the roles they hold in organisations over time. */
package org.clustermeet.core.person;
