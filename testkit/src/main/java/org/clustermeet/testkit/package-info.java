/**
 * Test data built through clustermeet's public API: the Brussels meeting of 4 December 2019
 * (data not taken from the news item is marked illustrative, in names and in the documentation)
 * and a deterministic generator of synthetic registries for pipelines and benchmarks.
 */
package org.clustermeet.testkit;
