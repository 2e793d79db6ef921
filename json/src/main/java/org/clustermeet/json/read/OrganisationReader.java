package org.clustermeet.json.read;

import static org.clustermeet.json.internal.DocumentNames.*;
import static org.clustermeet.json.read.EntityReader.orEmpty;
import static org.clustermeet.json.read.TokenReader.build;
import static org.clustermeet.json.read.TokenReader.noUnknown;
import static org.clustermeet.json.read.TokenReader.require;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonToken;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.organisation.Alliance;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.EccpListing;
import org.clustermeet.core.organisation.Founding;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.MemberCount;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.organisation.NameStart;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.organisation.OtherOrganisation;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.core.text.IsoText;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.NaceCode;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.value.WebLink;
import org.clustermeet.json.internal.EnumNames;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;

/**
 * Reads organisations straight from the parser: the five kinds, their name histories (renamings
 * and where the first name starts), foundings, dated member counts, ECCP listings and issuing
 * periods. Like {@link EntityReader}, it checks required properties after each object, builds the
 * core record (whose rules apply) and refuses properties the object's kind does not have.
 */
final class OrganisationReader {

    /** The properties each kind of organisation has, by the kind's ordinal, as the schema lists them. */
    private static final List<Set<String>> PROPERTIES_BY_KIND = Stream.of(OrganisationKind.values())
            .map(kind -> Set.copyOf(OBJECTS.get("/$defs/organisation/oneOf/" + kind.ordinal()))).toList();

    private final TokenReader in;
    private final EntityReader entities;
    /** The properties of the organisation being read, in document order; reused, since organisations do not nest. */
    private final List<String> present = new ArrayList<>(24);

    OrganisationReader(TokenReader in, EntityReader entities) {
        this.in = in;
        this.entities = entities;
    }

    Organisation organisation(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        OrganisationId id = null;
        String type = null;
        LocalizedText name = null;
        List<NameHistory.Renaming> renamings = null;
        List<String> aliases = null;
        String acronym = null;
        CountryCode country = null;
        NutsCode region = null;
        List<IndustrialEcosystem> ecosystems = null;
        LocalDate founded = null;
        Integer total = null;
        Integer smes = null;
        NaceCode nace = null;
        Boolean listed = null;
        Founding founding = null;
        WebLink website = null;
        DateRange eccpListing = null;
        NameStart start = null;
        List<MemberCount> counts = null;
        DateRange issuing = null;
        present.clear();
        String f;
        while ((f = in.nextField()) != null) {
            present.add(f);
            switch (f) {
                case ID -> id = in.id(at, ID, in.organisationIds);
                case TYPE -> type = in.string(at, TYPE);
                case NAME -> name = in.text(at, NAME);
                case RENAMINGS -> renamings = in.array(at, RENAMINGS, this::renaming);
                case NAME_BEGAN -> start = nameStart(at, start, NAME_BEGAN, NameStart::began);
                case NAME_UNKNOWN_BEFORE -> start = nameStart(at, start, NAME_UNKNOWN_BEFORE, NameStart::unknownBefore);
                case ALIASES -> aliases = in.strings(at, ALIASES, s -> s);
                case ACRONYM -> acronym = in.string(at, ACRONYM);
                case COUNTRY -> country = in.parsed(at, COUNTRY, CountryCode::of);
                case REGION -> region = in.parsed(at, REGION, NutsCode::of);
                case ECOSYSTEMS -> ecosystems = in.enums(at, ECOSYSTEMS, IndustrialEcosystem.class);
                case FOUNDED -> founded = in.parsed(at, FOUNDED, IsoText::date);
                case TOTAL_MEMBERS -> total = in.integer(at, TOTAL_MEMBERS, 0, Integer.MAX_VALUE);
                case SME_MEMBERS -> smes = in.integer(at, SME_MEMBERS, 0, Integer.MAX_VALUE);
                case NACE -> nace = in.parsed(at, NACE, NaceCode::of);
                case LISTED_ON_ECCP -> listed = in.bool(at, LISTED_ON_ECCP);
                case FOUNDING -> founding = founding(at);
                case WEBSITE -> website = in.parsed(at, WEBSITE, WebLink::of);
                case ECCP_LISTING -> eccpListing = period(at, ECCP_LISTING);
                case MEMBER_COUNTS -> counts = in.array(at, MEMBER_COUNTS, this::memberCount);
                case ISSUING -> issuing = period(at, ISSUING);
                default -> in.skipValue();
            }
        }
        OrganisationKind kind = EnumNames.require(require(type, at, TYPE), at.child(TYPE), OrganisationKind.class);
        OrganisationId oid = require(id, at, ID);
        NameHistory names = names(at, name, renamings, start);
        List<String> aka = orEmpty(aliases);
        Optional<WebLink> site = Optional.ofNullable(website);
        Optional<String> acro = Optional.ofNullable(acronym);
        Optional<CountryCode> ctry = Optional.ofNullable(country);
        Optional<NutsCode> reg = Optional.ofNullable(region);
        Set<IndustrialEcosystem> eco = ecosystems == null || ecosystems.isEmpty() ? Set.of() : EnumSet.copyOf(ecosystems);
        Optional<LocalDate> fnd = Optional.ofNullable(founded);
        Optional<NaceCode> nc = Optional.ofNullable(nace);
        Optional<Founding> fdg = Optional.ofNullable(founding);
        Organisation o = switch (kind) {
            case CLUSTER_ORGANISATION -> {
                CountryCode c = require(country, at, COUNTRY);
                int t = require(total, at, TOTAL_MEMBERS);
                int s = require(smes, at, SME_MEMBERS);
                boolean l = require(listed, at, LISTED_ON_ECCP);
                if (eccpListing != null && !l) {
                    throw new JsonFailure(at.child(ECCP_LISTING), "a dated ECCP listing needs \"" + LISTED_ON_ECCP
                            + "\": true", null);
                }
                Optional<EccpListing> listing = !l ? Optional.empty() : Optional.of(eccpListing == null
                        ? EccpListing.UNDATED : EccpListing.during(eccpListing));
                List<MemberCount> mc = orEmpty(counts);
                yield build(at, () -> new ClusterOrganisation(oid, names, aka, acro, c, reg, eco, fnd, t, s, nc, site,
                        listing, mc));
            }
            case CLUSTER_ASSOCIATION -> {
                CountryCode c = require(country, at, COUNTRY);
                yield build(at, () -> new ClusterAssociation(oid, names, aka, c, fdg, site));
            }
            case ALLIANCE -> build(at, () -> new Alliance(oid, names, aka, fdg, site));
            case PUBLIC_AUTHORITY -> build(at, () -> new PublicAuthority(oid, names, aka, ctry, site));
            case OTHER -> build(at, () -> new OtherOrganisation(oid, names, aka, ctry, site));
            case LABELLING_BODY -> {
                Optional<DateRange> period = Optional.ofNullable(issuing);
                yield build(at, () -> new LabellingBody(oid, names, aka, ctry, site, period));
            }
        };
        Set<String> allowed = PROPERTIES_BY_KIND.get(kind.ordinal());
        for (String p : present) {
            if (!allowed.contains(p)) {
                noUnknown(at, p);
            }
        }
        return o;
    }

    private MemberCount memberCount(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        LocalDate asOf = null;
        Integer total = null;
        Integer smes = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case AS_OF -> asOf = in.parsed(at, AS_OF, IsoText::date);
                case TOTAL_MEMBERS -> total = in.integer(at, TOTAL_MEMBERS, 0, Integer.MAX_VALUE);
                case SME_MEMBERS -> smes = in.integer(at, SME_MEMBERS, 0, Integer.MAX_VALUE);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        LocalDate day = require(asOf, at, AS_OF);
        int t = require(total, at, TOTAL_MEMBERS);
        int s = require(smes, at, SME_MEMBERS);
        MemberCount count = build(at, () -> MemberCount.asOf(day, t, s));
        noUnknown(at, unknown);
        return count;
    }

    /** A {@code {"from": ..., "until": ...}} object. */
    private DateRange period(PointerPath object, String name) throws IOException {
        in.object(object, name);
        PointerPath at = object.child(name);
        LocalDate from = null;
        LocalDate until = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case FROM -> from = in.parsed(at, FROM, IsoText::date);
                case UNTIL -> until = in.parsed(at, UNTIL, IsoText::date);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        DateRange range = EntityReader.range(at, at.child(UNTIL), from, until);
        noUnknown(at, unknown);
        return range;
    }

    private NameHistory names(PointerPath at, LocalizedText name, List<NameHistory.Renaming> renamings,
                              NameStart start) {
        LocalizedText original = require(name, at, NAME);
        return build(at.child(RENAMINGS), () -> new NameHistory(original, orEmpty(renamings),
                Optional.ofNullable(start)));
    }

    /** Reads {@code nameBegan} or {@code nameUnknownBefore}, refusing both in one organisation. */
    private NameStart nameStart(PointerPath at, NameStart earlier, String name,
                                Function<LocalDate, NameStart> kind) throws IOException {
        if (earlier != null) {
            throw new JsonFailure(at.child(name), "an organisation's first name either began on a day (\""
                    + NAME_BEGAN + "\") or is unknown before it (\"" + NAME_UNKNOWN_BEFORE + "\"), not both", null);
        }
        return kind.apply(in.parsed(at, name, IsoText::date));
    }

    private NameHistory.Renaming renaming(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        LocalDate on = null;
        LocalizedText name = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case ON -> on = in.parsed(at, ON, IsoText::date);
                case NAME -> name = in.text(at, NAME);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        LocalDate day = require(on, at, ON);
        LocalizedText renamed = require(name, at, NAME);
        NameHistory.Renaming r = build(at, () -> new NameHistory.Renaming(day, renamed));
        noUnknown(at, unknown);
        return r;
    }

    private Founding founding(PointerPath organisation) throws IOException {
        in.object(organisation, FOUNDING);
        PointerPath at = organisation.child(FOUNDING);
        LocalDate date = null;
        EventId event = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case DATE -> date = in.parsed(at, DATE, IsoText::date);
                case EVENT -> event = in.id(at, EVENT, in.eventIds);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        LocalDate day = require(date, at, DATE);
        EventId atEvent = event;
        Founding founding = build(at, () -> new Founding(day, Optional.ofNullable(atEvent)));
        noUnknown(at, unknown);
        return founding;
    }

}
