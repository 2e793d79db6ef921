package org.clustermeet.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.query.WhoMayAttend;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;

/** {@code clustermeet eligible FILE --event ID}: who may register for an event, in each role. */
@Command(name = "eligible", mixinStandardHelpOptions = true,
        description = "Lists who may register for an event on its first day, by event role: person id, name, "
                + "organisation id, organisation name (tab-separated); with --all also who may not, and why.")
final class EligibleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SizeLimit limit;

    @Parameters(paramLabel = "FILE|DB", descriptionKey = "source",
            description = "The registry document (- for standard input), or a store: the embedded database's "
                    + "path or a jdbc:postgresql: URL.")
    private String file;

    @Option(names = "--event", required = true, paramLabel = "ID", description = "The event.")
    private String event;

    @Option(names = "--role", paramLabel = "ROLE", completionCandidates = Spellings.Roles.class,
            description = "Only this event role: ${COMPLETION-CANDIDATES} (default: every role).")
    private EventRole role;

    @Option(names = "--all", description = "Also list who may not register, with every reason.")
    private boolean all;

    @Override
    public Integer call() {
        Locale lang = ClusterMeetCli.locale(spec);
        Registry registry = new Input(file).load(limit.maxBytes, lang, null, false);
        EventId id = CliFailure.invalidOnRefusal(() -> EventId.of(event));
        if (registry.event(id).isEmpty()) {
            throw new CliFailure(CliFailure.INVALID, Message.UNKNOWN_EVENT.format(lang, event, new Input(file)));
        }
        List<WhoMayAttend.Candidate> candidates = WhoMayAttend.of(registry, id);
        LocalDate day = registry.event(id).orElseThrow().schedule().firstDay();
        PrintWriter out = spec.commandLine().getOut();
        for (EventRole r : role == null ? EventRole.values() : new EventRole[] {role}) {
            List<WhoMayAttend.Candidate> inRole = candidates.stream().filter(c -> c.role() == r).toList();
            List<WhoMayAttend.Candidate> may = inRole.stream().filter(WhoMayAttend.Candidate::mayRegister).toList();
            out.println(Message.ELIGIBLE_IN_ROLE.format(lang, r.label(lang), may.size()));
            may.forEach(c -> out.println("  " + line(c, day, lang)));
            if (all) {
                inRole.stream().filter(c -> !c.mayRegister()).forEach(c -> out.println("  - " + line(c, day, lang) + "\t"
                        + Echo.inert(String.join("; ", c.result().failures(lang)))));
            }
        }
        return 0;
    }

    /**
     * One candidate: ids and names (the organisation's as on the day), each value inert, so that a
     * name cannot forge a column or a row.
     */
    private static String line(WhoMayAttend.Candidate c, LocalDate day, Locale lang) {
        return c.person().id() + "\t" + Echo.inert(c.person().fullName()) + "\t" + c.organisation().id() + "\t"
                + Echo.inert(c.organisation().displayNameOn(day).get(lang));
    }
}
