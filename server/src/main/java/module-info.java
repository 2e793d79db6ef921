/**
 * The clustermeet registration server: invitation pages, organiser pages and a JSON API on a
 * store, with Javalin (Jetty 12) and templates compiled by jte.
 */
module org.clustermeet.server {
    requires transitive org.clustermeet.store;
    requires org.clustermeet.interop;
    requires io.javalin;
    requires org.eclipse.jetty.server;
    requires gg.jte.runtime;
    requires com.fasterxml.jackson.databind;
    requires org.apache.pdfbox;
    requires com.google.zxing;
    // PDFBox, an automatic module that cannot say so itself, measures and draws fonts with java.awt.geom
    requires java.desktop;
    requires jakarta.mail;
    // the templates compiled by jte are marked @Generated
    requires static java.compiler;

    exports org.clustermeet.server;
    exports org.clustermeet.server.badges;
    exports org.clustermeet.server.checkin;
    exports org.clustermeet.server.mail;

    opens org.clustermeet.server.pages to gg.jte.runtime;
}
