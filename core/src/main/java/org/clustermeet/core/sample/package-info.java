/**
 * Sample data built through the public API: the Brussels meeting of 4 December 2019. Data not
 * taken from the news item is marked illustrative, in names and in the class documentation.
 */
package org.clustermeet.core.sample;
