package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A database URL in a message never shows what may hold a password. */
class RedactionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=secret | jdbc:postgresql://127.0.0.1:5432/test",
            "jdbc:postgresql://user:secret@db.example.org/meetings | jdbc:postgresql://db.example.org/meetings",
            "jdbc:postgresql://user:p@ss@db.example.org:5432/m?ssl=true | jdbc:postgresql://db.example.org:5432/m",
            "jdbc:h2:file:/var/lib/meetings;PASSWORD=secret;WRITE_DELAY=0 | jdbc:h2:file:/var/lib/meetings",
            "jdbc:postgresql://localhost/test | jdbc:postgresql://localhost/test",
    })
    void optionsAndUserInformationAreCut(String url, String shown) {
        assertThat(RegistryStore.redacted(url)).isEqualTo(shown);
    }
}
