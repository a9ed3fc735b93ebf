package org.dateline.publish;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation, refusing a query that holds a {@code SERVICE} clause (anywhere: in a subquery,
 * under {@code EXISTS}, {@code SILENT} or to a variable) with a 403 that says why, when the endpoint's context does
 * not set {@link ARQ#httpServiceAllowed}. Jena itself refuses such a call when it would be made; this check answers
 * before the query runs, and a {@code SILENT} one is refused rather than quietly answered with nothing.
 */
final class ServiceCheckedQuery extends SPARQL_QueryDataset {
    static final String REFUSED = "SERVICE is off on this server: it would let any visitor make the server call any "
            + "address, its own network's included. An operator can allow it by starting the server with --allow-service.";

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!action.getContext().isTrue(ARQ.httpServiceAllowed) && callsOut(query)) {
            ServletOps.error(HttpSC.FORBIDDEN_403, REFUSED);
        }
    }

    static boolean callsOut(Query query) {
        boolean[] found = {false};
        // The expression visitor makes the walk enter EXISTS and NOT EXISTS patterns.
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        return found[0];
    }
}
