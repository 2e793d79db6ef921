package org.clustermeet.cli;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.value.Spelling;

import picocli.CommandLine;

/**
 * The model's values on the command line, spelled as the JSON document spells them
 * ({@code cluster-manager}, {@code in-person}, {@code waitlisted}, {@code gold}): options read
 * that spelling, the constant's name and the label, in any case; help, completion and messages
 * show the document's.
 */
final class Spellings {

    private Spellings() {
    }

    /** Makes every option of the model's enum types read any spelling. */
    static void register(CommandLine cli) {
        converter(cli, EventRole.class, "event role");
        converter(cli, AttendanceMode.class, "attendance");
        converter(cli, RegistrationState.class, "registration state");
        converter(cli, LabelLevel.class, "label level");
    }

    private static <E extends Enum<E>> void converter(CommandLine cli, Class<E> type, String what) {
        Spelling<E> spelling = Spelling.of(type, Spelling::document, what);
        cli.registerConverter(type, text -> {
            try {
                return spelling.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
    }

    private static List<String> of(Class<? extends Enum<?>> type) {
        return Stream.of(type.getEnumConstants()).map(c -> Spelling.document(c)).toList();
    }

    /** The event roles, for help and completion. */
    static final class Roles implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(EventRole.class).iterator();
        }
    }

    /** How a person attends: in person or online. */
    static final class Attendance implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(Spelling.document(AttendanceMode.IN_PERSON), Spelling.document(AttendanceMode.ONLINE))
                    .iterator();
        }
    }

    /** The registration states, for help and completion. */
    static final class States implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(RegistrationState.class).iterator();
        }
    }

    /** The label levels, for help and completion. */
    static final class Levels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(LabelLevel.class).iterator();
        }
    }
}
