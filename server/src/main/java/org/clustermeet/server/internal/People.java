package org.clustermeet.server.internal;

import java.time.Clock;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.store.PersonalRecord;

import io.javalin.http.Context;

/** The organiser's API on people: everything the store holds about one person, for their request to see it. */
public final class People {

    private final Desk desk;
    private final Guard guard;
    private final Clock clock;

    /**
     * @param desk  the actions on the store
     * @param guard bearer tokens
     * @param clock the time written in the document
     */
    public People(Desk desk, Guard guard, Clock clock) {
        this.desk = desk;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * {@code GET /api/organiser/people/{id}/personal-data}.
     *
     * @param ctx the request
     */
    public void personalData(Context ctx) {
        guard.bearer(ctx);
        PersonId id = Forms.id(ctx.pathParam("id"), PersonId::of, "id");
        String json;
        try {
            json = PersonalRecord.json(desk.store(), id, clock.instant());
        } catch (IllegalArgumentException e) {
            throw WebProblem.notFound(e.getMessage());
        }
        // personal data: never kept by a cache on the way
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Api.JSON).result(json);
    }
}
