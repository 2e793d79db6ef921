package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** The module reports the version of the build it came from, as Jackson's own modules do. */
class ModuleVersionTest {

    @Test
    void moduleReportsTheBuildsCoordinatesAndVersion() {
        Version version = new ClusterMeetModule().version();
        assertThat(version.isUnknownVersion()).isFalse();
        assertThat(version.getGroupId()).isEqualTo("org.clustermeet");
        assertThat(version.getArtifactId()).isEqualTo("clustermeet-json");
        assertThat(version.toString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void everyProfileReportsTheSameVersion() {
        assertThat(new ClusterMeetModule().withProfile(Profile.PUBLIC).version())
                .isEqualTo(new ClusterMeetModule().version());
    }
}
