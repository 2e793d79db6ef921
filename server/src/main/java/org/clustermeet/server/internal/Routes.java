package org.clustermeet.server.internal;

import java.util.List;

import io.javalin.http.Handler;

/**
 * Every route the server has, in one table: the server registers exactly these, and a test checks
 * the OpenAPI document against the API's rows.
 */
public final class Routes {

    /**
     * A route.
     *
     * @param method  GET, POST or PUT
     * @param path    the path, parameters as {@code {name}}
     * @param handler what answers it
     */
    public record Route(String method, String path, Handler handler) {

        /** {@return whether the route belongs to the JSON API} */
        public boolean isApi() {
            return path.startsWith("/api/");
        }
    }

    private Routes() {
    }

    /**
     * Lists the routes.
     *
     * @param invitations the invitation pages
     * @param signUps     the open registration form
     * @param organiser   the organiser's pages
     * @param door        the badges, the check-in page and the API's check-in
     * @param mails       the organiser's view of the mails
     * @param people      what the store holds about one person
     * @param api         the JSON API
     * @param openApi     answers {@code /api/openapi.json}
     * @param home        answers {@code /}
     * @param style       answers {@code /static/site.css}
     * @return the routes
     */
    public static List<Route> of(InvitationPages invitations, SignUpPages signUps, OrganiserPages organiser, DoorPages door, Mails mails, People people, Api api,
                                 Handler openApi, Handler home, Handler style) {
        return List.of(
                new Route("GET", "/", home),
                new Route("GET", "/static/site.css", style),
                new Route("GET", "/i/{token}", invitations::show),
                new Route("POST", "/i/{token}", invitations::answer),
                new Route("POST", "/i/{token}/consents", invitations::consents),
                new Route("GET", "/events/{id}/register", signUps::show),
                new Route("POST", "/events/{id}/register", signUps::submit),
                new Route("GET", "/organiser/login", organiser::loginForm),
                new Route("POST", "/organiser/login", organiser::logIn),
                new Route("POST", "/organiser/logout", organiser::logOut),
                new Route("GET", "/organiser", organiser::events),
                new Route("GET", "/organiser/events/{id}", organiser::event),
                new Route("GET", "/organiser/events/{id}/report", organiser::report),
                new Route("GET", "/organiser/events/{id}/export/{format}", organiser::export),
                new Route("POST", "/organiser/events/{id}/invite", organiser::invite),
                new Route("POST", "/organiser/events/{id}/capacity", organiser::capacity),
                new Route("POST", "/organiser/events/{id}/invitations/{person}/revoke", organiser::revoke),
                new Route("GET", "/organiser/events/{id}/badges", door::badges),
                new Route("GET", "/organiser/events/{id}/check-in", door::checkInForm),
                new Route("POST", "/organiser/events/{id}/check-in", door::checkIn),
                new Route("POST", "/organiser/events/{id}/held", door::held),
                new Route("GET", "/organiser/mails", mails::page),
                new Route("GET", "/organiser/registrations/{id}", organiser::history),
                new Route("POST", "/organiser/registrations/{id}/erase-person", people::erasePage),
                new Route("POST", "/organiser/registrations/{id}/cancel", organiser::cancel),
                new Route("GET", "/api/openapi.json", openApi),
                new Route("GET", "/api/events", api::events),
                new Route("GET", "/api/events/{id}", api::event),
                new Route("GET", "/api/invitations/{token}", api::invitation),
                new Route("POST", "/api/invitations/{token}/answer", api::answer),
                new Route("POST", "/api/events/{id}/registrations", api::signUp),
                new Route("GET", "/api/organiser/events/{id}/registrations", api::registrations),
                new Route("POST", "/api/organiser/events/{id}/invitations", api::invite),
                new Route("GET", "/api/organiser/events/{id}/invitations", api::invitations),
                new Route("POST", "/api/organiser/events/{id}/invitations/{person}/revoke", api::revoke),
                new Route("PUT", "/api/organiser/events/{id}/capacity", api::capacity),
                new Route("POST", "/api/organiser/registrations/{id}/cancel", api::cancel),
                new Route("POST", "/api/organiser/events/{id}/check-ins", door::checkInApi),
                new Route("POST", "/api/organiser/events/{id}/held", door::heldApi),
                new Route("GET", "/api/organiser/mails", mails::api),
                new Route("GET", "/api/organiser/people/{id}/personal-data", people::personalData),
                new Route("DELETE", "/api/organiser/people/{id}/personal-data", people::erase),
                new Route("POST", "/api/organiser/people/{id}/merges", people::merge),
                new Route("POST", "/api/organiser/people/{id}/consents", people::consent),
                new Route("GET", "/api/organiser/registrations/{id}/history", api::history));
    }
}
