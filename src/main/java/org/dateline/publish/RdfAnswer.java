package org.dateline.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Which answer a client asked for: by its Accept header (content negotiation), or by a {@code format} parameter for
 * a link a person can click ("as Turtle"), which wins.
 */
final class RdfAnswer {
    /** The short names pages link with ({@code ?format=turtle}). */
    static final Map<String, String> FORMATS = Map.of("html", "text/html", "turtle", "text/turtle",
            "jsonld", "application/ld+json", "ntriples", "application/n-triples", "nquads", "application/n-quads",
            "trig", "application/trig", "rdfxml", "application/rdf+xml");

    private RdfAnswer() { }

    /**
     * The media type to answer with, from {@code offer} (its first entry for a client that accepts anything); null
     * when a {@code format} parameter names none of them (the caller answers 406).
     */
    static MediaType choose(HttpServletRequest req, AcceptList offer) {
        String format = req.getParameter("format");
        if (format != null) {
            String type = FORMATS.get(format.toLowerCase(Locale.ROOT));
            if (type == null) {
                return null;
            }
            MediaType wanted = MediaType.create(type);
            return offer.entries().stream().anyMatch(m -> m.getContentTypeStr().equals(type)) ? wanted : null;
        }
        return ConNeg.chooseContentType(req, offer, offer.entries().get(0));
    }

    static boolean isHtml(MediaType type) {
        return type.getContentTypeStr().contains("html");
    }

    static Lang lang(MediaType type) {
        return RDFLanguages.contentTypeToLang(type.getContentTypeStr());
    }

    static void notAcceptable(HttpServletResponse resp, AcceptList offer) throws IOException {
        resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "format= names none of the formats offered here; use one of "
                + String.join(", ", FORMATS.entrySet().stream().filter(e -> offer.entries().stream()
                        .anyMatch(m -> m.getContentTypeStr().equals(e.getValue()))).map(Map.Entry::getKey).sorted().toList()));
    }
}
