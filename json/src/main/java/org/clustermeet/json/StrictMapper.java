package org.clustermeet.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper every read of a document goes through: the limits of {@link RegistryJson}
 * (size, nesting, string, name and number lengths), a property named twice refused, nothing after
 * the document, numbers kept exact.
 */
final class StrictMapper {

    private StrictMapper() {
    }

    static ObjectMapper of(long maxDocumentBytes) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(RegistryJson.MAX_NESTING_DEPTH)
                        .maxStringLength(RegistryJson.MAX_STRING_LENGTH)
                        .maxNameLength(RegistryJson.MAX_NAME_LENGTH)
                        .maxNumberLength(RegistryJson.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(maxDocumentBytes)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }
}
