package org.clustermeet.benchmarks;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.examples.generate.RegistryGenerator;

/** The synthetic registries the read and write benchmarks use: about 1, 10 and 100 MB as documents. */
final class Documents {

    private Documents() {
    }

    /**
     * Returns the registry whose indented document is about {@code megabytes} MB.
     *
     * @param megabytes 1, 10 or 100
     * @return the registry, the same on every call
     */
    static Registry registry(int megabytes) {
        return RegistryGenerator.generate(new RegistryGenerator.Settings(Math.max(RegistryGenerator.MIN_ORGANISATIONS,
                560 * megabytes), Math.max(1, 23 * megabytes), 1_700 * megabytes, 20191204L));
    }
}
