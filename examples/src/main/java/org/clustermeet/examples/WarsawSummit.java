package org.clustermeet.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.id.FactId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.membership.MembershipRole;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.query.MembershipQueries;
import org.clustermeet.core.query.PeopleQueries;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.testkit.Brussels2019;

/**
 * Example 2: the founding of the European Clusters Alliance at the Regional Economic and
 * Diplomacy Summit in Warsaw on 9 September 2019, with its 9 founding associations; who was a
 * member on which date; Krzysztof Krystowski's roles; and the Polish ministry's name before and
 * after its renaming in November 2019.
 *
 * <p>Real: the Alliance, its founding day and event, ZP Klastry Polskie as a founder, the
 * founders' countries (BG, FR, HU, LV, LT, PL, RO, ES), the ministry's two names and the counts
 * stated for 2020. Illustrative: the eight other founding associations (the source does not say
 * which country had two; this example assumes Poland) and the four associations joining on
 * 15 January 2020.
 */
public final class WarsawSummit {

    private static final List<String> OTHER_FOUNDER_COUNTRIES = List.of("BG", "FR", "HU", "LV", "LT", "RO", "ES", "PL");
    private static final List<String> LATER_MEMBER_COUNTRIES = List.of("IT", "DE", "GR", "PT");
    private static final LocalDate LATER_JOINING = LocalDate.of(2020, 1, 15);

    private WarsawSummit() {
    }

    /**
     * Prints the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(registry(), System.out);
    }

    /** Returns the Brussels sample registry with the Alliance's members added. */
    static Registry registry() {
        RegistryBuilder b = Brussels2019.registry().toBuilder();
        int n = 0;
        for (String code : OTHER_FOUNDER_COUNTRIES) {
            addMember(b, "founder-" + (++n), code, Brussels2019.ALLIANCE_FOUNDED, MembershipRole.FOUNDING_MEMBER,
                    "Illustrative founding association " + n);
        }
        for (String code : LATER_MEMBER_COUNTRIES) {
            addMember(b, "joiner-" + code.toLowerCase(Locale.ROOT), code, LATER_JOINING, MembershipRole.MEMBER,
                    "Illustrative association joining in 2020");
        }
        b.add(new StatedCount(FactId.of("eca-associations-2020"), "member associations of the European Clusters "
                + "Alliance", StatedCount.Qualifier.EXACTLY, 13, LocalDate.of(2020, 1, 1), StatedCount.Precision.YEAR,
                "figures reported for 2020; source document not recorded"));
        b.add(new StatedCount(FactId.of("eca-clusters-2020"), "clusters in the European Clusters Alliance's "
                + "associations", StatedCount.Qualifier.MORE_THAN, 740, LocalDate.of(2020, 1, 1),
                StatedCount.Precision.YEAR, "figures reported for 2020; source document not recorded"));
        return b.build();
    }

    private static void addMember(RegistryBuilder b, String slug, String country, LocalDate from, MembershipRole role,
                                  String name) {
        CountryCode code = CountryCode.of(country);
        OrganisationId id = OrganisationId.of("illustrative-eca-" + slug);
        b.add(ClusterAssociation.of(id, name + " (" + code + ")", code));
        b.add(Membership.of(MembershipId.of(id.value() + "-in-eca"), id, Brussels2019.EUROPEAN_CLUSTERS_ALLIANCE,
                role, from));
    }

    static void print(Registry registry, PrintStream out) {
        Organisation alliance = registry.organisation(Brussels2019.EUROPEAN_CLUSTERS_ALLIANCE).orElseThrow();
        out.println(alliance.name().english() + ", founded " + Brussels2019.ALLIANCE_FOUNDED + " at "
                + registry.event(Brussels2019.REDS_2019).orElseThrow().title().english());
        for (LocalDate day : List.of(LocalDate.of(2019, 9, 8), Brussels2019.ALLIANCE_FOUNDED, LocalDate.of(2020, 2, 28))) {
            List<Organisation> members = MembershipQueries.of(registry).directMembersOn(Brussels2019.EUROPEAN_CLUSTERS_ALLIANCE, day);
            out.println("Members on " + day + ": " + members.size());
        }
        out.println("Founding members: " + registry.memberships().stream()
                .filter(m -> m.group().equals(Brussels2019.EUROPEAN_CLUSTERS_ALLIANCE)
                        && m.role() == MembershipRole.FOUNDING_MEMBER)
                .map(m -> registry.organisation(m.member()).orElseThrow().name().english())
                .sorted().toList());
        registry.facts().stream().filter(f -> f.id().value().startsWith("eca-"))
                .forEach(f -> out.println("Stated: " + f.describe()));
        for (LocalDate day : List.of(Brussels2019.ALLIANCE_FOUNDED, Brussels2019.MEETING_DAY)) {
            List<PersonRole> roles = PeopleQueries.of(registry).rolesOn(Brussels2019.KRYSTOWSKI, day);
            out.println("Krzysztof Krystowski's roles on " + day + ": " + (roles.isEmpty()
                    ? "none recorded (roles are recorded from the first day the sources attest them)"
                    : String.join("; ", roles.stream().map(r -> r.title() + " of "
                    + registry.organisation(r.organisation()).orElseThrow().displayNameOn(day).english()).toList())));
        }
        Organisation ministry = registry.organisation(Brussels2019.POLISH_MINISTRY).orElseThrow();
        for (LocalDate day : List.of(LocalDate.of(2010, 1, 1), Brussels2019.ALLIANCE_FOUNDED, LocalDate.of(2019, 12, 8))) {
            out.println("The ministry on " + day + ": " + ministry.nameOn(day).map(LocalizedText::english)
                    .orElseGet(() -> "not known (" + ministry.names().start().orElseThrow() + ")"));
        }
        out.println("Note: the associations named \"Illustrative ...\" are illustrative sample data.");
    }
}
