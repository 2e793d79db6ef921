package org.clustermeet.json;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MutableConfigOverride;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.eligibility.EligibilityRule;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.FactId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Alliance;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.organisation.OtherOrganisation;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.publication.PublicView;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.NaceCode;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.value.PhoneNumber;
import org.clustermeet.core.value.WebLink;
import org.clustermeet.json.internal.DocumentNames;
import org.clustermeet.json.internal.EnumNames;
import org.clustermeet.json.internal.IntegrityFailure;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;
import org.clustermeet.json.read.DocumentReader;
import org.clustermeet.json.write.ModelWriter;
import org.clustermeet.json.write.OrganisationWriter;

/**
 * The Jackson module that makes every clustermeet core type readable and writable by your own
 * {@code ObjectMapper}, in the same JSON form as {@link RegistryJson}: a {@link Registry} as a
 * whole document, each entity as an object (organisations with a {@code "type"} name such as
 * {@code "cluster-organisation"}), identifiers and codes as strings.
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterMeetModule());
 * Registry registry = mapper.readValue(file, Registry.class);
 * }</pre>
 * The module is also registered for {@link java.util.ServiceLoader}, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it. Reading through your own mapper uses
 * your mapper's parser settings; {@link RegistryJson} adds strict limits and error locations.
 * Errors are {@link RegistryJsonException}s. Options are immutable copies
 * ({@link #withProfile(Profile)}). Immutable and thread-safe.
 */
public final class ClusterMeetModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Reads one value of a type, starting at the parser's current token. */
    @FunctionalInterface
    private interface ValueReader<T> {
        T read(DocumentReader reader, PointerPath at) throws IOException;
    }

    /** A two-way mapping of one type. */
    private record Codec<T>(Class<T> type, ModelWriter.Writer<T> writer, ValueReader<T> reader,
                            CodecSerializer<T> serializer, CodecDeserializer<T> deserializer) {
        Codec(Class<T> type, ModelWriter.Writer<T> writer, ValueReader<T> reader) {
            this(type, writer, reader, new CodecSerializer<>(type, writer), new CodecDeserializer<>(type, reader));
        }
    }

    /** The version of this build, read from a properties file that Maven fills in. */
    private static final Version VERSION = readVersion();

    /** The (de)serializers of each profile: stateless, made once, shared by every module instance. */
    private static final List<Codec<?>> FULL = codecs(true);
    private static final List<Codec<?>> PUBLIC = codecs(false);

    /** What written people and registries contain. */
    private final Profile profile;

    /** Creates the module, writing with {@link Profile#FULL}. */
    public ClusterMeetModule() {
        this(Profile.FULL);
    }

    private ClusterMeetModule(Profile profile) {
        super("ClusterMeetModule", VERSION);
        this.profile = profile;
    }

    /**
     * Returns a module that writes people and registries with another profile. With
     * {@link Profile#PUBLIC} a registry is written as its {@link PublicView}; a single person
     * without a yes to publishing their name is written without names (their id as it is: publish
     * whole registries, or use ids that carry no names); a single registration without its arrival
     * time; nobody's e-mail address or phone number.
     *
     * @param profile what written values contain, not null
     * @return the module, or this one if the profile is the same
     */
    public ClusterMeetModule withProfile(Profile profile) {
        return java.util.Objects.requireNonNull(profile, "profile") == this.profile ? this
                : new ClusterMeetModule(profile);
    }

    /** {@return the profile people and registries are written with} */
    public Profile profile() {
        return profile;
    }

    private static Version readVersion() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = ClusterMeetModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            return Version.unknownVersion();
        }
        return com.fasterxml.jackson.core.util.VersionUtil.parseVersion(properties.getProperty("version"),
                properties.getProperty("groupId"), properties.getProperty("artifactId"));
    }

    private static List<Codec<?>> codecs(boolean personal) {
        return List.of(
            new Codec<>(Registry.class, (g, r) -> ModelWriter.document(g, personal ? r : PublicView.of(r), personal),
                    (r, at) -> r.document(null)),
            new Codec<>(Organisation.class, OrganisationWriter::organisation, DocumentReader::organisation),
            subtype(ClusterOrganisation.class, OrganisationKind.CLUSTER_ORGANISATION),
            subtype(ClusterAssociation.class, OrganisationKind.CLUSTER_ASSOCIATION),
            subtype(Alliance.class, OrganisationKind.ALLIANCE),
            subtype(PublicAuthority.class, OrganisationKind.PUBLIC_AUTHORITY),
            subtype(LabellingBody.class, OrganisationKind.LABELLING_BODY),
            subtype(OtherOrganisation.class, OrganisationKind.OTHER),
            new Codec<>(Person.class, (g, p) -> ModelWriter.person(g, personal || p.mayPublishName()
                    ? p : Person.anonymous(p.id(), p.roles()), personal), DocumentReader::person),
            new Codec<>(QualityLabel.class, ModelWriter::label, DocumentReader::label),
            new Codec<>(Membership.class, ModelWriter::membership, DocumentReader::membership),
            new Codec<>(Event.class, ModelWriter::event, DocumentReader::event),
            new Codec<>(Session.class, ModelWriter::session, DocumentReader::session),
            new Codec<>(EligibilityPolicy.class, ModelWriter::policy, DocumentReader::policy),
            new Codec<>(EligibilityRule.class, ModelWriter::rule, DocumentReader::policy),
            new Codec<>(Registration.class, (g, r) -> ModelWriter.registration(g, r, personal),
                    DocumentReader::registration),
            new Codec<>(StatedCount.class, ModelWriter::fact, DocumentReader::fact),
            new Codec<>(LocalizedText.class, ModelWriter::localizedText, DocumentReader::text),
            text(OrganisationId.class, OrganisationId::of), text(PersonId.class, PersonId::of),
            text(EventId.class, EventId::of), text(SessionId.class, SessionId::of), text(LabelId.class, LabelId::of),
            text(MembershipId.class, MembershipId::of), text(RegistrationId.class, RegistrationId::of),
            text(FactId.class, FactId::of), text(CountryCode.class, CountryCode::of), text(NutsCode.class, NutsCode::of),
            text(NaceCode.class, NaceCode::of), text(WebLink.class, WebLink::of),
            text(EmailAddress.class, EmailAddress::of), text(PhoneNumber.class, PhoneNumber::of));
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Codec<?> codec : profile == Profile.FULL ? FULL : PUBLIC) {
            add(codec, serializers, deserializers);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
        for (Class<?> type : JAVA_TIME) {
            MutableConfigOverride override = context.configOverride(type);
            if (override.getFormat() == null || override.getFormat().getShape() == JsonFormat.Shape.ANY) {
                override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
            }
        }
    }

    /**
     * The java.time types a user's own classes may hold next to clustermeet values: written as
     * ISO-8601 text, as clustermeet writes its own, unless the mapper was told another shape.
     */
    private static final List<Class<?>> JAVA_TIME = List.of(java.time.Instant.class, java.time.LocalDate.class,
            java.time.LocalDateTime.class, java.time.LocalTime.class, java.time.OffsetDateTime.class,
            java.time.ZonedDateTime.class, java.time.Duration.class, java.time.YearMonth.class, java.time.Year.class);

    /**
     * Brings Jackson's {@link JavaTimeModule} along, so that java.time fields of your own classes,
     * next to clustermeet values, are read and written as ISO-8601 text.
     */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    private static <T> void add(Codec<T> codec, SimpleSerializers serializers, SimpleDeserializers deserializers) {
        serializers.addSerializer(codec.type(), codec.serializer());
        deserializers.addDeserializer(codec.type(), codec.deserializer());
    }

    private static <T extends Organisation> Codec<T> subtype(Class<T> type, OrganisationKind kind) {
        String kindName = EnumNames.of(kind);
        return new Codec<>(type, OrganisationWriter::organisation, (reader, pointer) -> {
            Organisation o = reader.organisation(pointer);
            if (!type.isInstance(o)) {
                throw new JsonFailure(pointer.child(DocumentNames.TYPE), "expected an organisation of type \""
                        + kindName + "\", found \"" + EnumNames.of(o.kind()) + "\"", null);
            }
            return type.cast(o);
        });
    }

    private static <T> Codec<T> text(Class<T> type, Function<String, T> parse) {
        return new Codec<>(type, (g, v) -> g.writeString(v.toString()),
                (reader, pointer) -> reader.string(pointer, parse));
    }

    /** Writes a value of one type; stateless, so one instance serves every mapper. */
    private static final class CodecSerializer<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final ModelWriter.Writer<T> writer;

        CodecSerializer(Class<T> type, ModelWriter.Writer<T> writer) {
            this.type = type;
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            try {
                writer.write(gen, value);
            } catch (JsonFailure f) {
                throw RegistryJsonException.from(f);
            }
        }

        @Override
        public Class<T> handledType() {
            return type;
        }
    }

    /** Reads a value of one type; stateless, so one instance serves every mapper. */
    private static final class CodecDeserializer<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final ValueReader<T> reader;

        CodecDeserializer(Class<T> type, ValueReader<T> reader) {
            this.type = type;
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            PointerPath pointer = PointerPath.of(p.getParsingContext().pathAsPointer().toString());
            try {
                return reader.read(DocumentReader.on(p), pointer);
            } catch (JsonFailure f) {
                throw RegistryJsonException.from(f);
            } catch (IntegrityFailure f) {
                throw RegistryJsonException.from(f);
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
