/**
 * The clustermeet registry in a database: {@link org.clustermeet.store.RegistryStore} keeps the
 * last snapshot (the canonical JSON document) and a journal of every change since, commits each
 * change before answering, and lets several processes share one database without overbooking.
 * H2 (embedded, in a file) and PostgreSQL run the same SQL.
 */
module org.clustermeet.store {
    requires transitive org.clustermeet.core;
    requires transitive java.sql;
    requires org.clustermeet.json;
    requires com.fasterxml.jackson.databind;

    exports org.clustermeet.store;
}
