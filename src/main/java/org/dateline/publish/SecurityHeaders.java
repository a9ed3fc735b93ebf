package org.dateline.publish;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer that keep a browser from running, sniffing or framing what the server returns, and TRACE
 * (which echoes a request's headers, cookies included, to any script that can send one) refused. The policy allows
 * the pages' own inline style and nothing else to load or run; a servlet that needs more sets its own.
 */
final class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** No scripts at all: {@code /reconcile} answers JSONP, which a {@code script-src 'self'} page would run. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Content-Security-Policy", POLICY);
        String method = req.getMethod();
        if ("TRACE".equalsIgnoreCase(method) || "TRACK".equalsIgnoreCase(method)) {
            resp.setHeader("Allow", ALLOWED_METHODS);
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not offered here");
            return;
        }
        chain.doFilter(req, resp);
    }
}
