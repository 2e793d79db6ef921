package org.clustermeet.server.internal;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the pages from templates compiled with the server (jte, HTML content type): every value
 * is escaped for the place it lands in (text, attribute, URL), and nothing is compiled at run time.
 */
public final class Pages {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), "org.clustermeet.server.pages");

    private Pages() {
    }

    /**
     * Renders a template.
     *
     * @param template the template's file name, such as {@code invitation.jte}
     * @param page     the template's parameters by name
     * @return the HTML
     */
    public static String render(String template, Map<String, Object> page) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, page, out);
        return out.toString();
    }
}
