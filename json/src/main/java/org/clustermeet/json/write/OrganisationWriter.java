package org.clustermeet.json.write;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.clustermeet.core.organisation.Alliance;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Founding;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.organisation.NameStart;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OtherOrganisation;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.json.internal.EnumNames;

/**
 * Writes organisations: the properties common to every kind, then those of the kind (a cluster
 * organisation's counts and listing, an association's founding, a labelling body's issuing
 * period), in the document's fixed order.
 */
public final class OrganisationWriter {

    private OrganisationWriter() {
    }

    /** Writes one organisation as an object of the document. */
    public static void organisation(JsonGenerator g, Organisation organisation) throws IOException {
        g.writeStartObject();
        ModelWriter.text(g, Names.ID, organisation.id().value());
        ModelWriter.text(g, Names.TYPE, EnumNames.of(organisation.kind()));
        NameHistory names = organisation.names();
        ModelWriter.localizedField(g, Names.NAME, names.original());
        ModelWriter.list(g, Names.RENAMINGS, names.renamings(), (gen, ren) -> {
            gen.writeStartObject();
            ModelWriter.date(gen, Names.ON, ren.on());
            ModelWriter.localizedField(gen, Names.NAME, ren.name());
            gen.writeEndObject();
        });
        if (names.start().isPresent()) {
            NameStart start = names.start().get();
            ModelWriter.date(g, start.kind() == NameStart.Kind.BEGAN ? Names.NAME_BEGAN : Names.NAME_UNKNOWN_BEFORE, start.day());
        }
        ModelWriter.strings(g, Names.ALIASES, organisation.aliases());
        organisation.accept(new KindProperties(g));
        ModelWriter.optional(g, Names.WEBSITE, organisation.website());
        organisation.accept(new KindTrailer(g));
        g.writeEndObject();
    }

    private static void founding(JsonGenerator g, Optional<Founding> founding) throws IOException {
        if (founding.isPresent()) {
            ModelWriter.startObject(g, Names.FOUNDING);
            ModelWriter.date(g, Names.DATE, founding.get().date());
            ModelWriter.optional(g, Names.EVENT, founding.get().atEvent());
            g.writeEndObject();
        }
    }


    /** The properties of each kind, written after the aliases. */
    private record KindProperties(JsonGenerator g) implements Organisation.Visitor<Void, IOException> {

        @Override
        public Void clusterOrganisation(ClusterOrganisation c) throws IOException {
            ModelWriter.optional(g, Names.ACRONYM, c.acronym());
            ModelWriter.text(g, Names.COUNTRY, c.country().value());
            ModelWriter.optional(g, Names.REGION, c.region());
            ModelWriter.enums(g, Names.ECOSYSTEMS, c.ecosystems());
            ModelWriter.optionalDate(g, Names.FOUNDED, c.founded());
            ModelWriter.number(g, Names.TOTAL_MEMBERS, c.totalMembers());
            ModelWriter.number(g, Names.SME_MEMBERS, c.smeMembers());
            ModelWriter.list(g, Names.MEMBER_COUNTS, c.memberCounts(), (gen, m) -> {
                gen.writeStartObject();
                ModelWriter.date(gen, Names.AS_OF, m.asOf().orElseThrow());
                ModelWriter.number(gen, Names.TOTAL_MEMBERS, m.total());
                ModelWriter.number(gen, Names.SME_MEMBERS, m.smes());
                gen.writeEndObject();
            });
            ModelWriter.optional(g, Names.NACE, c.nace());
            ModelWriter.bool(g, Names.LISTED_ON_ECCP, c.listedOnEccp());
            if (c.eccpListing().isPresent() && c.eccpListing().get().period().isPresent()) {
                ModelWriter.startObject(g, Names.ECCP_LISTING);
                ModelWriter.range(g, c.eccpListing().get().period().get());
                g.writeEndObject();
            }
            return null;
        }

        @Override
        public Void clusterAssociation(ClusterAssociation a) throws IOException {
            ModelWriter.text(g, Names.COUNTRY, a.country().value());
            founding(g, a.founding());
            return null;
        }

        @Override
        public Void alliance(Alliance a) throws IOException {
            founding(g, a.founding());
            return null;
        }

        @Override
        public Void publicAuthority(PublicAuthority p) throws IOException {
            ModelWriter.optional(g, Names.COUNTRY, p.country());
            return null;
        }

        @Override
        public Void labellingBody(LabellingBody l) throws IOException {
            ModelWriter.optional(g, Names.COUNTRY, l.country());
            return null;
        }

        @Override
        public Void otherOrganisation(OtherOrganisation o) throws IOException {
            ModelWriter.optional(g, Names.COUNTRY, o.country());
            return null;
        }
    }

    /** What a kind writes after the website: a labelling body's issuing period. */
    private record KindTrailer(JsonGenerator g) implements Organisation.Visitor<Void, IOException> {

        @Override
        public Void clusterOrganisation(ClusterOrganisation c) {
            return null;
        }

        @Override
        public Void clusterAssociation(ClusterAssociation a) {
            return null;
        }

        @Override
        public Void alliance(Alliance a) {
            return null;
        }

        @Override
        public Void publicAuthority(PublicAuthority p) {
            return null;
        }

        @Override
        public Void labellingBody(LabellingBody l) throws IOException {
            if (l.issuing().isPresent()) {
                ModelWriter.startObject(g, Names.ISSUING);
                ModelWriter.range(g, l.issuing().get());
                g.writeEndObject();
            }
            return null;
        }

        @Override
        public Void otherOrganisation(OtherOrganisation o) {
            return null;
        }
    }
}
