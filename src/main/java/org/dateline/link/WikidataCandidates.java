package org.dateline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.knowledge.GazetteerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online candidates for the {@link Linker}: asks a {@link WikidataClient} about a name and turns the
 * items whose P31 class Dateline keeps ({@code data/gazetteer/sources/wikidata-classes.tsv}) into
 * gazetteer entries, with the same prior from sitelinks as a dump build gives them. Items of other
 * classes (films, family names, disambiguation pages) are dropped. A failed lookup is reported on the
 * {@code org.dateline.link} logger and leaves the entity unlinked: no link is better than a guess.
 */
public final class WikidataCandidates implements CandidateSource {
    private static final Logger LOG = LoggerFactory.getLogger(WikidataCandidates.class);

    private final WikidataClient client;
    private final WikidataClasses classes;

    private WikidataCandidates(WikidataClient client, WikidataClasses classes) {
        this.client = client;
        this.classes = classes;
    }

    /** Candidates from {@code client}, typed with the bundled class map. */
    public static WikidataCandidates create(WikidataClient client) {
        return new WikidataCandidates(client, WikidataClasses.bundled());
    }

    public WikidataClient client() {
        return client;
    }

    @Override
    public List<GazetteerEntry> lookup(String name) {
        List<WikidataItem> items;
        try {
            items = client.lookup(name);
        } catch (WikidataException e) {
            LOG.warn("Wikidata lookup of \"{}\" failed, the entity stays unlinked: {}", name, e.getMessage());
            return List.of();
        }
        List<GazetteerEntry> out = new ArrayList<>();
        for (WikidataItem item : items) {
            Optional<WikidataClasses.Kept> cls = classes.best(item.classes());
            if (cls.isEmpty()) {
                continue;
            }
            WikidataClasses.Kept k = cls.get();
            List<String> aliases = item.labelMatch() ? List.of() : List.of(WikidataClient.key(name));
            String country = "country".equals(k.subtype()) ? "" : item.country();
            out.add(new GazetteerEntry(item.qid(), item.label(), k.type(), k.subtype(), country, aliases, null, null,
                    WikidataDumpReader.prior(item.sitelinks()),
                    "Wikidata query service " + client.endpoint() + " (CC0)"));
        }
        return List.copyOf(out);
    }
}
