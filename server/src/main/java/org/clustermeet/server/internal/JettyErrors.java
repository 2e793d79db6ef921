package org.clustermeet.server.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before they reach a route (a malformed or ambiguous path, a
 * path or headers too long): a short plain text with the status, the same security headers as
 * every other response, and nothing of the request echoed. The connection is closed, and the
 * answer says so ({@code Connection: close}), so that a client does not send its next request on
 * a connection Jetty is about to drop.
 */
public final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        secure(headers);
        headers.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        headers.put(HttpHeader.CONNECTION, "close");
        response.write(true, body(code), callback);
    }

    private static void secure(HttpFields.Mutable headers) {
        Guard.SECURITY_HEADERS.forEach(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    private static ByteBuffer body(int code) {
        return ByteBuffer.wrap((code + " " + HttpStatus.getMessage(code) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
