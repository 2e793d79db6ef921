/**
 * Test data for clustermeet: {@link org.clustermeet.testkit.Brussels2019}, the meeting of
 * 4 December 2019 rebuilt through the public API, and
 * {@link org.clustermeet.testkit.RegistryGenerator}, synthetic registries of any size. Put it in
 * test scope; the core module does not depend on it.
 */
module org.clustermeet.testkit {
    requires transitive org.clustermeet.core;

    exports org.clustermeet.testkit;
}
