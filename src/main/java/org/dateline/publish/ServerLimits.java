package org.dateline.publish;

import java.time.Duration;

/**
 * What one request may cost a public server: how long a SPARQL query may run before it is cancelled, how large a
 * request may be, and whether a query's {@code SERVICE} clause may make the server call other addresses (off: it
 * would let any visitor make the server fetch any URL, its own network's included, and read the answer).
 *
 * @param queryTimeout    a query still running after this is cancelled and answered with 503
 * @param maxRequestBytes a request body larger than this is refused with 413; the request line and headers are held
 *                        to {@link #MAX_HEADER_BYTES}
 * @param serviceAllowed  whether SPARQL {@code SERVICE} may call out
 */
public record ServerLimits(Duration queryTimeout, long maxRequestBytes, boolean serviceAllowed) {
    /** Long enough for any of the example queries on a large archive, short enough that a runaway frees its thread. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** Far above any hand-written query or reconciliation batch; far below a query built to exhaust the server. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;
    /** The request line (a GET query travels in it) and headers together. */
    public static final int MAX_HEADER_BYTES = 64 * 1024;

    public ServerLimits {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout.toMillis() + " ms");
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("--max-request must be at least 1024 (bytes), not " + maxRequestBytes);
        }
    }

    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_REQUEST_BYTES, false);
    }

    public ServerLimits withQueryTimeout(Duration timeout) {
        return new ServerLimits(timeout, maxRequestBytes, serviceAllowed);
    }

    public ServerLimits withMaxRequestBytes(long bytes) {
        return new ServerLimits(queryTimeout, bytes, serviceAllowed);
    }

    public ServerLimits withServiceAllowed(boolean allowed) {
        return new ServerLimits(queryTimeout, maxRequestBytes, allowed);
    }
}
