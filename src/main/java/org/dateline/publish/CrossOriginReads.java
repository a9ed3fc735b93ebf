package org.dateline.publish;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for a public, read-only service without cookies or logins: any page may read any answer, never with
 * credentials. Every answer says {@code Access-Control-Allow-Origin: *}, whatever the request's origin, so caches
 * need no {@code Vary: Origin}; a preflight is answered here with the read methods only. (Fuseki's CORS filter and
 * Jetty's CrossOriginHandler both echo the caller's origin instead, and Fuseki's allows credentials by default.)
 */
final class CrossOriginReads extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String METHODS = "GET, HEAD, POST";
    static final String HEADERS = "Accept, Content-Type, X-Requested-With";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Origin") != null
                && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", METHODS);
            resp.setHeader("Access-Control-Allow-Headers", HEADERS);
            resp.setHeader("Access-Control-Max-Age", "3600");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, resp);
    }
}
