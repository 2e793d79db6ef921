package org.clustermeet.examples;

import java.util.Locale;

import org.clustermeet.cli.ReportFormat;
import org.clustermeet.cli.SampleNote;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.testkit.Brussels2019;

/**
 * Example 1: DG GROW's meeting with managers of Gold-Label cluster organisations in Brussels on
 * 4 December 2019. The sample registry is built through the public API (see
 * {@link Brussels2019}); the report's figures are computed from its registrations.
 */
public final class BrusselsMeeting {

    private BrusselsMeeting() {
    }

    /**
     * Builds the sample registry and prints the meeting's report.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Registry registry = Brussels2019.registry();
        EventReport report = EventReports.of(registry).report(Brussels2019.MEETING);
        System.out.print(ReportFormat.text(report));
        System.out.println(SampleNote.of(Locale.ENGLISH));
    }
}
