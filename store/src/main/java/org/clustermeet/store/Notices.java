package org.clustermeet.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.core.workflow.EventCancellationResult;
import org.clustermeet.core.workflow.EventChangeResult;
import org.clustermeet.core.workflow.MergeResult;
import org.clustermeet.core.workflow.Promotions;
import org.clustermeet.core.workflow.RefusedPromotion;
import org.clustermeet.core.workflow.RegistrationResult;
import org.clustermeet.core.workflow.StepResult;

/**
 * Decides whom a workflow step tells what: each outcome of a registration (accepted, waitlisted
 * with its position, refused with every reason, promoted, cancelled by the person or by an
 * organiser), everyone holding or waiting for a place when an event's dates or venue change, and
 * everyone whose registration closed when an event is cancelled. Attendance and edits tell nobody.
 */
final class Notices {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private Notices() {
    }

    /**
     * Returns the notices of a step.
     *
     * @param before the registry the step was decided on
     * @param step   the step's result
     * @param actor  who asked for it
     * @param at     when
     * @return the notices, in the order of the step's outcomes
     */
    static List<Notice> of(Registry before, StepResult step, Actor actor, Instant at) {
        List<Notice> notices = new ArrayList<>();
        if (step instanceof RegistrationResult r) {
            if (r.outcome() instanceof RegistrationOutcome.Accepted a) {
                notices.add(about(Notice.Kind.ACCEPTED, a.registration(), 0, Notice.Reasons.NONE, actor, at));
            } else if (r.outcome() instanceof RegistrationOutcome.Waitlisted w) {
                notices.add(about(Notice.Kind.WAITLISTED, w.registration(), w.position(), Notice.Reasons.NONE, actor,
                        at));
            } else if (r.outcome() instanceof RegistrationOutcome.Refused refused) {
                notices.add(Notice.of(Notice.Kind.REFUSED, refused.request().event(), refused.request().person(),
                        Optional.empty(), 0, new Notice.Reasons(refused.reasons(Locale.ENGLISH),
                                refused.reasons(POLISH)), actor, at));
            }
        } else if (step instanceof CancellationResult c) {
            Registration cancelled = c.cancelled();
            notices.add(about(Notice.isPersonsOwn(actor, cancelled.person()) ? Notice.Kind.CANCELLED
                    : Notice.Kind.CANCELLED_BY_ORGANISER, cancelled, 0, Notice.Reasons.NONE, actor, at));
            promotions(c.promotions(), actor, at, notices);
        } else if (step instanceof EventChangeResult e) {
            promotions(e.promotions(), actor, at, notices);
            Set<RegistrationId> promoted = new HashSet<>();
            e.promotions().promoted().forEach(p -> promoted.add(p.id()));
            for (Event changed : e.changes().puts(EntityKind.EVENT)) {
                Optional<Event> old = before.event(changed.id());
                if (old.isEmpty() || old.get().schedule().equals(changed.schedule())
                        && old.get().venue().equals(changed.venue())) {
                    continue;
                }
                for (Registration r : e.registry().roster(changed.id()).active()) {
                    if ((r.state() == RegistrationState.REGISTERED || r.state() == RegistrationState.WAITLISTED)
                            && !promoted.contains(r.id())) {
                        notices.add(about(Notice.Kind.EVENT_CHANGED, r, 0, Notice.Reasons.NONE, actor, at));
                    }
                }
            }
        } else if (step instanceof MergeResult m) {
            // the duplicates are one person's second registrations: only whom their places promoted is told
            promotions(m.promotions(), actor, at, notices);
        } else if (step instanceof EventCancellationResult e) {
            e.cancelled().forEach(r -> notices.add(about(Notice.Kind.EVENT_CANCELLED, r, 0, Notice.Reasons.NONE,
                    actor, at)));
        }
        return notices;
    }

    private static void promotions(Promotions promotions, Actor actor, Instant at, List<Notice> notices) {
        for (Registration p : promotions.promoted()) {
            notices.add(about(Notice.Kind.PROMOTED, p, 0, Notice.Reasons.NONE, actor, at));
        }
        for (RefusedPromotion refused : promotions.refused()) {
            notices.add(about(Notice.Kind.REFUSED, refused.registration(), 0, new Notice.Reasons(
                    refused.reasons(Locale.ENGLISH), refused.reasons(POLISH)), actor, at));
        }
    }

    private static Notice about(Notice.Kind kind, Registration r, int position, Notice.Reasons reasons, Actor actor,
                                Instant at) {
        return Notice.of(kind, r.event(), r.person(), Optional.of(r.id()), position, reasons, actor, at);
    }
}
