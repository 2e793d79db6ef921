/**
 * The registration server: {@link org.clustermeet.server.RegistrationServer} serves invitation
 * pages, organiser pages and a JSON API on a store; {@link org.clustermeet.server.ServerSettings}
 * and {@link org.clustermeet.server.Organisers} say where it listens and who may log in.
 */
package org.clustermeet.server;
