package org.clustermeet.examples;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.Locale;

import org.clustermeet.core.registry.EventReport;
import org.clustermeet.core.sample.Brussels2019;

/**
 * Prints the report of DG GROW's meeting with Gold-Label cluster managers in Brussels on
 * 4 December 2019, computed from the sample registry. Run it with no arguments.
 */
public final class BrusselsMeeting {

    private BrusselsMeeting() {
    }

    /**
     * Builds the sample registry and prints the meeting's report to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(Brussels2019.registry().report(Brussels2019.MEETING), System.out);
    }

    /**
     * Prints a report: title, date and place, then one figure per line, then the sessions.
     *
     * @param report the report, not null
     * @param out    where to print, not null
     */
    static void print(EventReport report, PrintStream out) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        out.println(report.title().english());
        out.println(report.date() + ", " + report.venue().map(Object::toString).orElse("online"));
        out.println("Cluster organisations: " + report.clusterOrganisations().size());
        out.println("Countries: " + report.countries().size());
        out.println("SMEs represented: " + number.format(report.smesRepresented()));
        out.println("Other participants: " + report.otherParticipants());
        out.println("Sessions: " + report.sessions().size());
        out.println("Proposed topics: " + report.proposedTopics());
        for (EventReport.SessionSummary s : report.sessions()) {
            String speakers = s.speakers().isEmpty() ? "" : " (speakers: " + String.join(", ", s.speakers()) + ")";
            out.println("  " + s.order() + ". " + s.title().english() + " [" + s.format().label() + "]" + speakers);
        }
        out.println("Note: organisations and people named \"Illustrative ...\", and all member counts, are "
                + "illustrative sample data, not facts from the news item of 8 December 2019.");
    }
}
