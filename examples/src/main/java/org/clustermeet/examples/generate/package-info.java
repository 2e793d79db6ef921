/** A deterministic generator of synthetic registries of any size, for pipelines and benchmarks. */
package org.clustermeet.examples.generate;
