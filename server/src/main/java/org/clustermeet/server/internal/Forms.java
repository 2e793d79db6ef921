package org.clustermeet.server.internal;

import java.util.function.Function;

import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.value.Spelling;

/** Reads values from forms, paths and JSON: a bad value is a 400 that names the field, shown inert. */
public final class Forms {

    private static final Spelling<EventRole> ROLES = Spelling.of(EventRole.class,
            r -> Views.spelling(r.name()), "event role");
    private static final Spelling<RegistrationState> STATES = Spelling.of(RegistrationState.class,
            s -> Views.spelling(s.name()), "registration state");

    private Forms() {
    }

    /**
     * Reads an identifier.
     *
     * @param text   the text
     * @param parser the identifier's factory
     * @param field  the field, for the message
     * @param <I>    the identifier's type
     * @return the identifier
     * @throws WebProblem 400 when the text is not one
     */
    public static <I> I id(String text, Function<String, I> parser, String field) {
        try {
            return parser.apply(String.valueOf(text));
        } catch (IllegalArgumentException e) {
            throw WebProblem.badRequest(field + " is not an identifier: '" + Echo.cut(String.valueOf(text)) + "'",
                    field);
        }
    }

    /**
     * Reads an event role in the document's spelling ({@code cluster-manager}) or the constant's.
     *
     * @param text  the text
     * @param field the field
     * @return the role
     * @throws WebProblem 400 when it is none
     */
    public static EventRole role(String text, String field) {
        return constant(ROLES, EventRole.class, text, field);
    }

    /**
     * Reads a registration state in the document's spelling ({@code waitlisted}) or the constant's.
     *
     * @param text  the text
     * @param field the field
     * @return the state
     * @throws WebProblem 400 when it is none
     */
    public static RegistrationState state(String text, String field) {
        return constant(STATES, RegistrationState.class, text, field);
    }

    private static <E extends Enum<E>> E constant(Spelling<E> spelling, Class<E> type, String text, String field) {
        try {
            return spelling.parse(String.valueOf(text));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(Views.spelling(constant.name()));
            }
            throw WebProblem.badRequest(field + " must be one of " + allowed + "; found '"
                    + Echo.cut(String.valueOf(text)) + "'", field);
        }
    }
}
