package org.clustermeet.json.write;

import static org.clustermeet.json.internal.DocumentNames.*;
import static org.clustermeet.json.write.ModelWriter.enumField;
import static org.clustermeet.json.write.ModelWriter.enums;
import static org.clustermeet.json.write.ModelWriter.list;
import static org.clustermeet.json.write.ModelWriter.policy;
import static org.clustermeet.json.write.ModelWriter.text;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;

import org.clustermeet.core.eligibility.EligibilityPolicy;

/** Writes each kind of policy as an object with its {@code type}. */
final class PolicyWriter implements EligibilityPolicy.Visitor<Void> {

    private final JsonGenerator g;

    PolicyWriter(JsonGenerator g) {
        this.g = g;
    }

    private Void write(String type, IoAction fields) {
        try {
            g.writeStartObject();
            text(g, Names.TYPE, type);
            fields.run();
            g.writeEndObject();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Void allOf(EligibilityPolicy.AllOf p) {
        return write(ALL_OF, () -> list(g, Names.POLICIES, p.policies(), ModelWriter::policy));
    }

    @Override
    public Void anyOf(EligibilityPolicy.AnyOf p) {
        return write(ANY_OF, () -> list(g, Names.POLICIES, p.policies(), ModelWriter::policy));
    }

    @Override
    public Void not(EligibilityPolicy.Not p) {
        return write(NOT, () -> {
            g.writeFieldName(Names.POLICY);
            policy(g, p.policy());
        });
    }

    @Override
    public Void holdsLabel(EligibilityPolicy.HoldsLabel p) {
        return write(HOLDS_LABEL, () -> enumField(g, Names.MINIMUM, p.minimum()));
    }

    @Override
    public Void representsKind(EligibilityPolicy.RepresentsKind p) {
        return write(REPRESENTS_KIND, () -> enums(g, Names.KINDS, p.kinds()));
    }

    @Override
    public Void memberOf(EligibilityPolicy.MemberOf p) {
        return write(MEMBER_OF, () -> text(g, Names.GROUP, p.group().value()));
    }

    @Override
    public Void hasEventRole(EligibilityPolicy.HasEventRole p) {
        return write(HAS_EVENT_ROLE, () -> enums(g, Names.ROLES, p.roles()));
    }

    /** Writing that may fail with an IOException. */
    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
