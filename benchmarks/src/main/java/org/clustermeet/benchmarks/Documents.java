package org.clustermeet.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.RegistryGenerator;

/** The synthetic registries the read and write benchmarks use: about 1, 10 and 100 MB as documents. */
final class Documents {

    private Documents() {
    }

    /**
     * Returns the mapper of the plain-Jackson baseline: no document size limit, unknown
     * properties ignored, null values not written.
     *
     * @return a new mapper
     */
    static ObjectMapper plainMapper() {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(-1).build()).build())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL)).build();
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
