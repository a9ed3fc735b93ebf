package org.dateline.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Dateline vocabulary, mirroring {@code ontology/dateline.ttl} term for term (a test checks both
 * ways), in the manner of Jena's {@code DCTerms}.
 */
public final class DL {
    public static final String NS = "https://w3id.org/dateline/ns#";
    /** The ontology document itself. */
    public static final String ONTOLOGY = "https://w3id.org/dateline/ns";
    /** Where event-type concepts live; one concept per kind in the trigger lexicon. */
    public static final String EVENT_TYPE_NS = "https://w3id.org/dateline/event-type/";

    public static final Resource ReportedSpeech = resource("ReportedSpeech");
    public static final Resource DirectQuote = resource("DirectQuote");
    public static final Resource Claim = resource("Claim");
    public static final Resource NewsEvent = resource("NewsEvent");
    public static final Resource EventTypes = resource("EventTypes");
    public static final Resource DateSources = resource("DateSources");
    public static final Resource fromMetadata = resource("fromMetadata");
    public static final Resource fromPublishedLine = resource("fromPublishedLine");
    public static final Resource fromDateline = resource("fromDateline");
    public static final Resource fromText = resource("fromText");
    public static final Resource fromUser = resource("fromUser");
    public static final Resource fromDatelineAndFileTime = resource("fromDatelineAndFileTime");
    public static final Resource fromFileTime = resource("fromFileTime");
    public static final Resource fromFetchTime = resource("fromFetchTime");
    public static final Resource fromDatelineAndFetchTime = resource("fromDatelineAndFetchTime");

    public static final Property speaker = property("speaker");
    public static final Property reportedIn = property("reportedIn");
    public static final Property occurrence = property("occurrence");
    public static final Property attribution = property("attribution");
    public static final Property eventType = property("eventType");
    public static final Property modality = property("modality");
    public static final Resource EventModalities = resource("EventModalities");
    public static final Resource negated = resource("negated");
    public static final Resource expected = resource("expected");
    public static final Property participant = property("participant");
    public static final Property agent = property("agent");
    public static final Property affected = property("affected");
    public static final Property trigger = property("trigger");
    public static final Property datelineDate = property("datelineDate");
    public static final Property datePublishedSource = property("datePublishedSource");
    public static final Property licensable = property("licensable");
    public static final Property sourceChecksum = property("sourceChecksum");
    public static final Property sourceFile = property("sourceFile");
    public static final Property sourceOffset = property("sourceOffset");
    public static final Property fetchedFrom = property("fetchedFrom");
    public static final Property fetchedAt = property("fetchedAt");
    public static final Property linkConfidence = property("linkConfidence");
    public static final Property affiliation = property("affiliation");

    private DL() { }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
