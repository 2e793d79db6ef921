/**
 * JSON for the clustermeet model on Jackson databind: {@link org.clustermeet.json.RegistryJson}
 * reads and writes whole registry documents; {@link org.clustermeet.json.ClusterMeetModule} plugs
 * every core type into your own {@code ObjectMapper}. Core stays free of Jackson.
 */
module org.clustermeet.json {
    requires transitive org.clustermeet.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports org.clustermeet.json;

    provides com.fasterxml.jackson.databind.Module with org.clustermeet.json.ClusterMeetModule;
}
