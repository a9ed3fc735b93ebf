package org.dateline.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dateline.knowledge.Gazetteer;
import org.dateline.link.ProcessedArticle;
import org.dateline.model.Version;
import org.dateline.extract.Annotations;
import org.dateline.extract.Entity;
import org.dateline.model.EntityType;
import org.dateline.extract.Event;
import org.dateline.extract.Mention;
import org.dateline.extract.Quote;
import org.dateline.extract.SpeechMode;
import org.dateline.extract.Whitespace;
import org.dateline.ingest.Article;
import org.dateline.ingest.Author;
import org.dateline.ingest.Block;
import org.dateline.ingest.BlockKind;
import org.dateline.ingest.DateSource;
import org.dateline.ingest.Image;
import org.dateline.ingest.Origin;
import org.dateline.ingest.SourceFormat;
import org.dateline.model.Span;
import org.dateline.link.Link;
import org.dateline.map.Vocab.Its;
import org.dateline.map.Vocab.Nif;
import org.dateline.map.Vocab.Prov;
import org.dateline.map.Vocab.Schema;

/**
 * Writes an article's RDF to a {@link StreamRDF}: the article, its reported speech, events, images,
 * mentions and provenance into the article's own named graph, and the descriptions of the people,
 * organisations and places it names into the shared entities graph. Re-mapping an article therefore
 * replaces exactly one graph. Thread-safe: it keeps no state between calls.
 */
public final class ArticleMapper {
    /** Between a lower-case and an upper-case letter: where an event kind's words meet. */
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    /** What ends a printed dateline after its date: dashes, a colon, spaces. */
    private static final Pattern DATELINE_TAIL = Pattern.compile("[\\s\\p{Pd}:,]+$");

    private final Iris iris;
    private final Clock clock;
    private final boolean tripleTerms;
    /** Where linked places are (their coordinates); null when no gazetteer was given. */
    private final Gazetteer places;

    private ArticleMapper(Iris iris, Clock clock, boolean tripleTerms, Gazetteer places) {
        this.iris = iris;
        this.clock = clock;
        this.tripleTerms = tripleTerms;
        this.places = places;
    }

    public static ArticleMapper create(Iris iris) {
        return new ArticleMapper(iris, Clock.systemUTC(), false, null);
    }

    /** The same mapper stamping provenance with {@code clock} (tests fix it so output is reproducible). */
    public ArticleMapper withClock(Clock fixed) {
        return new ArticleMapper(iris, fixed, tripleTerms, places);
    }

    /**
     * The same mapper also annotating each Wikidata link with an RDF 1.2 reifier: {@code <article/link/Q…>
     * rdf:reifies <<( e owl:sameAs wd:Q… )>>}, with the link's confidence and the mapping that made it on the
     * reifier. The plain form ({@code e dl:linkConfidence …}) is always written too, for stores and syntaxes
     * without triple terms.
     */
    public ArticleMapper withTripleTerms(boolean on) {
        return new ArticleMapper(iris, clock, on, places);
    }

    /** The same mapper giving linked places the coordinates {@code gazetteer} has for them ({@code schema:geo}). */
    public ArticleMapper withCoordinates(Gazetteer gazetteer) {
        return new ArticleMapper(iris, clock, tripleTerms, gazetteer);
    }

    public Iris iris() {
        return iris;
    }

    /**
     * The IRI of an article, from its outlet (agency or publisher), publication date and slug. A date that rests on the
     * file's time is no part of it (a copy, a fresh clone or {@code touch} would change it): such an article is
     * "undated" and its slug carries {@link Article#contentKey()}, so its IRI depends on its content alone.
     */
    public String articleIri(Article a) {
        return iris.article(outlet(a), identityDate(a), identitySlug(a));
    }

    /** The named graph an article's own triples go into (named as {@link #articleIri}). */
    public String articleGraph(Article a) {
        return iris.articleGraph(outlet(a), identityDate(a), identitySlug(a));
    }

    private static LocalDate identityDate(Article a) {
        return a.published() == null || a.published().fromFileTime() ? null : a.published().date();
    }

    private static String identitySlug(Article a) {
        return identityDate(a) == null ? a.slug() + "-" + a.contentKey() : a.slug();
    }

    private static String outlet(Article a) {
        return a.agency() != null ? a.agency() : a.publisher();
    }

    private static LocalDate publishedDate(Article a) {
        return a.published() == null ? null : a.published().date();
    }

    public void map(ProcessedArticle processed, StreamRDF out) {
        new Run(processed, out).map();
    }

    /** One mapping of one article: the state shared by the parts it writes. */
    private final class Run {
        private final Article article;
        private final Annotations ann;
        private final Map<String, Link> links;
        private final QuadEmitter g;
        private final QuadEmitter shared;
        private final Node art;
        private final String artIri;
        private final Map<String, Node> entityNodes = new HashMap<>();
        /** The entities described in the shared graph by this mapping, each once. */
        private final Set<Node> described = new HashSet<>();
        /** The NIF context, made once: every span refers to it, and a new node's IRI is hashed afresh by the writer. */
        private Node textContext;

        Run(ProcessedArticle p, StreamRDF out) {
            this.article = p.article();
            this.ann = p.annotations();
            this.links = p.links();
            this.artIri = articleIri(article);
            this.art = QuadEmitter.iri(artIri);
            // An article names the same span, entity or concept several times (a mention inside a quote, an author
            // who is also mentioned): each quad is written once.
            StreamRDF distinct = new DistinctQuads(out);
            this.g = new QuadEmitter(distinct, articleGraph(article));
            this.shared = new QuadEmitter(distinct, iris.entitiesGraph());
        }

        void map() {
            entities();
            articleMetadata();
            images();
            text();
            quotes();
            events();
            provenance();
        }

        Node entityNode(Entity e) {
            return entityNodes.computeIfAbsent(e.key(), k -> {
                Link link = links.get(k);
                if (link != null) {
                    return QuadEmitter.iri(iris.linkedEntity(link.qid()));
                }
                return QuadEmitter.iri(e.type() == EntityType.PERSON ? iris.localPerson(e.name(), identifying(e), artIri)
                        : iris.localEntity(e.type(), e.name()));
            });
        }

        Node entityNode(String key) {
            if (key == null) {
                return null;
            }
            // entities() made a node for every entity first, under its key: a speaker or a participant is found by
            // key, not by a search of the entity list (once per quote, participant and place).
            Node known = entityNodes.get(key);
            return known != null ? known : ann.entity(key).map(this::entityNode).orElse(null);
        }

        /** An entity the article's metadata names (author, agency, place): the extracted one if any, else a local one. */
        Node namedNode(EntityType type, String name, Span span) {
            return namedNode(type, List.of(name), span);
        }

        /** As above, for something known by several names; the last one names a local resource. */
        Node namedNode(EntityType type, List<String> names, Span span) {
            for (Entity e : ann.entities()) {
                if (e.type() != type) {
                    continue;
                }
                if (span != null && mentionedAt(e, span) || namedAny(e, names)) {
                    return entityNode(e);
                }
            }
            String name = names.get(names.size() - 1);
            // A byline or credit not found in the text: the outlet is its evidence (the same name at the same outlet).
            Node n = QuadEmitter.iri(type == EntityType.PERSON ? iris.localPerson(name, outlet(article), artIri)
                    : iris.localEntity(type, name));
            describe(n, type, name);
            return n;
        }

        /**
         * What, with the name, identifies an unlinked person across articles: the role the text gives (below), else,
         * for the article's byline or a photo credit, its outlet (the same name at the same outlet); or null.
         */
        private String identifying(Entity e) {
            String role = identifyingRole(e);
            if (role != null) {
                return role;
            }
            for (Author a : article.authors()) {
                if (a.span() != null && mentionedAt(e, a.span())) {
                    return outlet(article);
                }
            }
            for (Image im : article.images()) {
                if (im.photographerSpan() != null && mentionedAt(e, im.photographerSpan())) {
                    return outlet(article);
                }
            }
            return null;
        }

        /**
         * The role that, with the name, identifies an unlinked person across articles: the first role the text gives,
         * with the country it ties the person to ("U.S. senator"), or null.
         */
        private static String identifyingRole(Entity e) {
            if (e.roles().isEmpty()) {
                return null;
            }
            String role = e.roles().get(0);
            return e.country() == null ? role : e.country() + " " + role;
        }

        // Loops, not streams: these run for every entity of a type, several times an article, and each stream was a
        // handful of objects.
        private static boolean mentionedAt(Entity e, Span span) {
            for (Mention m : e.mentions()) {
                if (m.span().overlaps(span)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean namedAny(Entity e, List<String> names) {
            for (String name : names) {
                if (named(e, name)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the entity's name, or the text of one of its mentions, is {@code name} (ignoring case). */
        private static boolean named(Entity e, String name) {
            if (e.name().equalsIgnoreCase(name)) {
                return true;
            }
            for (Mention m : e.mentions()) {
                if (m.text().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }

        void describe(Node n, EntityType type, String name) {
            describe(n, type, name, name);
        }

        /**
         * Types and names an entity once per article: {@code schema:name} is the name as the text prints it
         * ("China"), {@code rdfs:label} the name it is known by (the Wikidata label of a linked entity, "People's
         * Republic of China"; else the printed name).
         */
        void describe(Node n, EntityType type, String name, String label) {
            if (!described.add(n)) {
                return;
            }
            shared.type(n, switch (type) {
                case PERSON -> Schema.Person;
                case ORGANIZATION -> Schema.Organization;
                case PLACE -> Schema.Place;
            });
            shared.string(n, Schema.name, name);
            shared.string(n, RDFS.label, label);
        }

        void entities() {
            for (Entity e : ann.entities()) {
                Node n = entityNode(e);
                Link link = links.get(e.key());
                describe(n, e.type(), e.name(),
                        link != null && link.label() != null && !link.label().isBlank() ? link.label() : e.name());
                if (link != null) {
                    Node wd = QuadEmitter.iri(link.iri());
                    shared.add(n, OWL.sameAs, wd);
                    shared.add(n, Schema.sameAs, wd);
                    BigDecimal confidence = BigDecimal.valueOf(link.confidence()).setScale(3, RoundingMode.HALF_UP);
                    g.decimal(n, DL.linkConfidence, confidence);
                    if (tripleTerms) {
                        Node reifier = QuadEmitter.iri(artIri + "/link/" + link.qid());
                        g.add(reifier, RDF.reifies, NodeFactory.createTripleNode(Triple.create(n, OWL.sameAs.asNode(), wd)));
                        g.decimal(reifier, DL.linkConfidence, confidence);
                        g.add(reifier, Prov.wasGeneratedBy, QuadEmitter.iri(artIri + "/mapping"));
                    }
                    if (e.type() == EntityType.PLACE) {
                        coordinates(n, link.qid());
                    }
                }
                g.add(art, Schema.mentions, n);
                for (String role : e.roles()) {
                    g.string(n, Schema.jobTitle, role);
                }
                for (String honorific : e.honorifics()) {
                    g.string(n, Schema.honorificPrefix, honorific);
                }
                if (e.country() != null) {
                    Node c = placeByText(e.country());
                    if (c != null) {
                        g.add(n, DL.affiliation, c);
                    }
                }
            }
        }

        /** {@code schema:geo} for a linked place whose coordinates the gazetteer knows: {@code <…/Q649#geo>}. */
        void coordinates(Node place, String qid) {
            if (places == null) {
                return;
            }
            places.byQid(qid).filter(p -> p.latitude() != null && p.longitude() != null).ifPresent(p -> {
                Node geo = QuadEmitter.iri(place.getURI() + "#geo");
                shared.add(place, Schema.geo, geo);
                shared.type(geo, Schema.GeoCoordinates);
                shared.decimal(geo, Schema.latitude, BigDecimal.valueOf(p.latitude()).setScale(4, RoundingMode.HALF_UP));
                shared.decimal(geo, Schema.longitude, BigDecimal.valueOf(p.longitude()).setScale(4, RoundingMode.HALF_UP));
            });
        }

        /** The place entity printed as {@code text} (a country as in "U.S. President"), if the article has one. */
        Node placeByText(String text) {
            for (Entity e : ann.entities()) {
                if (e.type() == EntityType.PLACE && named(e, text)) {
                    return entityNode(e);
                }
            }
            return null;
        }

        void articleMetadata() {
            g.type(art, Schema.NewsArticle);
            if (article.headline() != null) {
                g.string(art, Schema.headline, article.headline().text());
            }
            article.standfirst().ifPresent(b -> g.string(art, Schema.abstract_, b.text()));
            g.string(art, Schema.inLanguage, "en");
            String pageUrl = webIri(article.url(), null);
            if (pageUrl != null) {
                g.addIri(art, Schema.url, pageUrl);
            }
            for (Author a : article.authors()) {
                g.add(art, Schema.author, namedNode(EntityType.PERSON, a.name(), a.span()));
            }
            if (article.published() != null) {
                g.date(art, Schema.datePublished, article.published().date());
                g.add(art, DL.datePublishedSource, dateSource(article.published().source()));
            }
            var d = article.dateline();
            if (d != null) {
                g.string(art, Schema.dateline, placeAndDate(d.span().of(article.text()), d.agency()));
                if (d.place() != null) {
                    g.add(art, Schema.locationCreated, namedNode(EntityType.PLACE, d.place(), d.placeSpan()));
                }
                if (d.date() != null && article.published() != null) {
                    g.date(art, DL.datelineDate, datelineDate(d.date(), article.published().date()));
                }
            }
            // Wire copy names its agency twice: short in the dateline ("UPI") and in full as the publisher.
            // Both are one organisation, known by its full name when nothing links it.
            boolean publisherIsAgency = article.agency() != null && article.format() == SourceFormat.TEXT;
            if (article.agency() != null) {
                Node agency = publisherIsAgency && article.publisher() != null
                        ? namedNode(EntityType.ORGANIZATION, List.of(article.agency(), article.publisher()), null)
                        : namedNode(EntityType.ORGANIZATION, article.agency(), null);
                g.add(art, Schema.sourceOrganization, agency);
                if (publisherIsAgency) {
                    g.add(art, Schema.publisher, agency);
                }
            }
            if (article.publisher() != null && !publisherIsAgency) {
                g.add(art, Schema.publisher, namedNode(EntityType.ORGANIZATION, article.publisher(), null));
            }
            String body = body();
            if (!body.isEmpty()) {
                g.string(art, Schema.articleBody, body);
                g.nonNegative(art, Schema.wordCount, Whitespace.splitCount(body));
            }
        }

        /**
         * The dateline as schema.org means it, where and when ("MOSCOW, Oct. 3"): the wire's agency tag and the
         * separator after it ("(UPI) --") are the story's credit, not part of the dateline.
         */
        String placeAndDate(String printed, String agency) {
            String s = printed.strip();
            if (agency != null) {
                int at = s.indexOf("(" + agency + ")");
                if (at > 0) {
                    s = s.substring(0, at) + s.substring(at + agency.length() + 2);
                }
            }
            return DATELINE_TAIL.matcher(s).replaceFirst("");
        }

        /** The dateline's month and day in the year of publication (or the year before, for a date just ahead of it). */
        LocalDate datelineDate(java.time.MonthDay md, LocalDate published) {
            LocalDate d = md.atYear(published.getYear());
            return d.isAfter(published.plusDays(7)) ? md.atYear(published.getYear() - 1) : d;
        }

        String body() {
            // Sized first: the body is an article's longest string, and a builder growing to it copied it many times.
            int length = 0;
            for (Block b : article.blocks()) {
                if (b.kind() == BlockKind.BODY || b.kind() == BlockKind.BLOCKQUOTE) {
                    length += b.text().length() + 2;
                }
            }
            StringBuilder sb = new StringBuilder(length);
            for (Block b : article.blocks()) {
                if (b.kind() == BlockKind.BODY || b.kind() == BlockKind.BLOCKQUOTE) {
                    if (sb.length() > 0) {
                        sb.append("\n\n");
                    }
                    sb.append(b.text());
                }
            }
            return sb.toString();
        }

        void images() {
            int n = 0;
            for (Image im : article.images()) {
                Node img = QuadEmitter.iri(Iris.part(artIri, "image", ++n));
                g.add(art, Schema.image, img);
                g.type(img, Schema.ImageObject);
                g.string(img, Schema.caption, im.caption());
                g.string(img, Schema.creditText, im.credit());
                if (im.photographer() != null) {
                    g.add(img, Schema.creator, namedNode(EntityType.PERSON, im.photographer(), im.photographerSpan()));
                }
                String imageUrl = webIri(im.url(), article.url());
                if (imageUrl != null) {
                    g.addIri(img, Schema.contentUrl, imageUrl);
                }
                if (im.licensed()) {
                    g.bool(img, DL.licensable, true);
                }
            }
        }

        Node textContext() {
            if (textContext == null) {
                textContext = QuadEmitter.iri(Iris.text(artIri));
            }
            return textContext;
        }

        /** A NIF string for a span of the article's text. */
        Node span(Span s) {
            Node n = QuadEmitter.iri(Iris.textSpan(artIri, s.start(), s.end()));
            g.type(n, Nif.OffsetBasedString);
            g.add(n, Nif.referenceContext, textContext());
            g.nonNegative(n, Nif.beginIndex, s.start());
            g.nonNegative(n, Nif.endIndex, s.end());
            g.string(n, Nif.anchorOf, s.of(article.text()));
            return n;
        }

        void text() {
            Node ctx = textContext();
            g.type(ctx, Nif.Context);
            g.type(ctx, Nif.OffsetBasedString);
            g.string(ctx, Nif.isString, article.text());
            g.nonNegative(ctx, Nif.beginIndex, 0);
            g.nonNegative(ctx, Nif.endIndex, article.text().length());
            g.add(ctx, DL.reportedIn, art);
            for (Entity e : ann.entities()) {
                Node en = entityNode(e);
                for (Mention m : e.mentions()) {
                    Node s = span(m.span());
                    g.type(s, Nif.Phrase);
                    g.add(s, Its.taIdentRef, en);
                }
            }
        }

        void quotes() {
            int n = 0;
            LocalDate said = publishedDate(article);
            for (Quote q : ann.quotes()) {
                Node qn = QuadEmitter.iri(Iris.part(artIri, q.mode() == SpeechMode.DIRECT ? "quote" : "claim", ++n));
                g.type(qn, DL.ReportedSpeech);
                if (q.mode() == SpeechMode.DIRECT) {
                    g.type(qn, DL.DirectQuote);
                    g.type(qn, Schema.Quotation);
                } else {
                    g.type(qn, DL.Claim);
                    g.type(qn, Schema.Claim);
                }
                g.string(qn, Schema.text, q.text());
                g.add(qn, DL.reportedIn, art);
                Node speaker = entityNode(q.speakerKey());
                if (speaker != null) {
                    g.add(qn, DL.speaker, speaker);
                    g.add(qn, Schema.creator, speaker);
                }
                // Undated speech in a news report is taken to be of the report's day, as wire style implies.
                g.date(qn, Schema.dateCreated, said);
                for (Span s : q.occurrences()) {
                    g.add(qn, DL.occurrence, span(s));
                }
                if (q.cue() != null) {
                    g.add(qn, DL.attribution, span(q.cue()));
                }
                for (Node about : aboutNodes(q)) {
                    g.add(qn, Schema.about, about);
                }
            }
        }

        /** The entities named inside the quote's words: what it is about. */
        Set<Node> aboutNodes(Quote q) {
            Set<Node> out = new LinkedHashSet<>();
            // The quote's words lie between its first start and its last end: a mention outside is in none of them.
            int from = Integer.MAX_VALUE;
            int to = Integer.MIN_VALUE;
            for (Span o : q.occurrences()) {
                from = Math.min(from, o.start());
                to = Math.max(to, o.end());
            }
            for (Entity e : ann.entities()) {
                if (e.key().equals(q.speakerKey())) {
                    continue;
                }
                if (mentionedWithin(e, q, from, to)) {
                    out.add(entityNode(e));
                }
            }
            return out;
        }

        private static boolean mentionedWithin(Entity e, Quote q, int from, int to) {
            // Indexed: called for every entity of every quote, and each iterator was an allocation.
            List<Mention> mentions = e.mentions();
            List<Span> occurrences = q.occurrences();
            for (int i = 0, n = mentions.size(); i < n; i++) {
                Span s = mentions.get(i).span();
                if (s.start() < from || s.end() > to) {
                    continue;
                }
                for (int j = 0, k = occurrences.size(); j < k; j++) {
                    if (occurrences.get(j).contains(s)) {
                        return true;
                    }
                }
            }
            return false;
        }

        void events() {
            int n = 0;
            Set<String> kinds = new LinkedHashSet<>();
            for (Event ev : ann.events()) {
                Node en = QuadEmitter.iri(Iris.part(artIri, "event", ++n));
                g.type(en, DL.NewsEvent);
                g.type(en, Schema.Event);
                org.apache.jena.rdf.model.Resource schemaClass = EventSchemaClasses.of(ev.kind());
                if (schemaClass != null) {
                    g.type(en, schemaClass);
                }
                g.string(en, Schema.name, ev.trigger());
                Node kind = QuadEmitter.iri(DL.EVENT_TYPE_NS + ev.kind());
                kinds.add(ev.kind());
                g.add(en, DL.eventType, kind);
                // Denied or still to come: said so, so the event is not read as a fact.
                switch (ev.modality()) {
                    case NEGATED -> g.add(en, DL.modality, DL.negated);
                    case EXPECTED -> g.add(en, DL.modality, DL.expected);
                    case ASSERTED -> { }
                }
                g.add(en, DL.reportedIn, art);
                g.add(en, DL.trigger, span(ev.triggerSpan()));
                g.date(en, Schema.startDate, ev.date());
                Node place = entityNode(ev.placeKey());
                if (place != null) {
                    g.add(en, Schema.location, place);
                }
                for (String k : ev.agentKeys()) {
                    Node a = entityNode(k);
                    if (a != null) {
                        g.add(en, DL.agent, a);
                        g.add(en, DL.participant, a);
                    }
                }
                for (String k : ev.affectedKeys()) {
                    Node a = entityNode(k);
                    if (a != null) {
                        g.add(en, DL.affected, a);
                        g.add(en, DL.participant, a);
                    }
                }
            }
            for (String k : kinds) {
                Node c = QuadEmitter.iri(DL.EVENT_TYPE_NS + k);
                shared.type(c, SKOS.Concept);
                shared.add(c, SKOS.inScheme, DL.EventTypes);
                shared.english(c, SKOS.prefLabel, label(k));
            }
        }

        /** "NewsConference" → "news conference". */
        String label(String kind) {
            return CAMEL_BOUNDARY.matcher(kind).replaceAll(" ").toLowerCase(Locale.ROOT);
        }

        void provenance() {
            Node graph = g.graph();
            Node activity = QuadEmitter.iri(artIri + "/mapping");
            Node software = QuadEmitter.iri(iris.base() + "id/software/dateline/" + Version.get());
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            g.type(graph, Prov.Entity);
            g.add(graph, Prov.wasGeneratedBy, activity);
            g.dateTime(graph, Prov.generatedAtTime, now);
            g.add(graph, Prov.wasAttributedTo, software);
            Origin source = article.source();
            if (source != null) {
                g.string(graph, DL.sourceFile, source.fileName());
                if (source.inArchive()) {
                    g.nonNegative(graph, DL.sourceOffset, source.offset());
                }
                String fetchedFrom = webIri(source.address(), null);
                if (fetchedFrom != null) {
                    g.addIri(graph, DL.fetchedFrom, fetchedFrom);
                }
                if (source.fetched() != null) {
                    g.dateTime(graph, DL.fetchedAt, source.fetched());
                }
            }
            g.string(graph, DL.sourceChecksum, article.sha256());
            g.add(graph, FOAF.primaryTopic, art);
            g.type(activity, Prov.Activity);
            g.dateTime(activity, Prov.endedAtTime, now);
            g.add(activity, Prov.wasAssociatedWith, software);
            g.type(software, Prov.SoftwareAgent);
            g.type(software, Schema.SoftwareApplication);
            g.string(software, Schema.name, "Dateline");
            g.string(software, Schema.softwareVersion, Version.get());
        }
    }

    /**
     * An address printed in a page as an absolute IRI: resolved against the page's own address when
     * relative ("/img/a.jpg"), or null when it cannot be made a valid absolute IRI, since a relative or
     * malformed IRI would make the output unreadable to strict parsers, or when it is not a web address
     * (http, https): a page's address and its pictures are on the web, and a {@code javascript:} address in
     * the data would be a trap for any application that links it.
     */
    static String webIri(String url, String pageUrl) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            IRIx iri = IRIx.create(url.strip());
            if (!iri.isAbsolute()) {
                if (pageUrl == null) {
                    return null;
                }
                IRIx page = IRIx.create(pageUrl.strip());
                if (!page.isAbsolute()) {
                    return null;
                }
                iri = page.resolve(iri);
            }
            String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(java.util.Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? iri.str() : null;
        } catch (IRIException e) {
            return null;
        }
    }

    private static org.apache.jena.rdf.model.Resource dateSource(DateSource s) {
        return switch (s) {
            case METADATA -> DL.fromMetadata;
            case PUBLISHED_LINE -> DL.fromPublishedLine;
            case DATELINE -> DL.fromDateline;
            case TEXT -> DL.fromText;
            case OPTION -> DL.fromUser;
            case DATELINE_FILE_YEAR -> DL.fromDatelineAndFileTime;
            case FILE_TIME -> DL.fromFileTime;
            case FETCH_TIME -> DL.fromFetchTime;
            case DATELINE_FETCH_YEAR -> DL.fromDatelineAndFetchTime;
        };
    }
}
