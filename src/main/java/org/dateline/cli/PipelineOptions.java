package org.dateline.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dateline.Pipeline;
import org.dateline.ingest.IngestOptions;
import org.dateline.knowledge.Gazetteer;
import org.dateline.link.Linker;
import org.dateline.link.WikidataClient;
import org.dateline.map.Iris;
import picocli.CommandLine.Option;

/** The options every command that maps articles shares. */
final class PipelineOptions {
    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the IRIs minted for articles and entities (default: ${DEFAULT-VALUE}, whatever port serve "
                    + "listens on; its pages link them as paths, so they browse on any port).")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none (else the file's time is used).")
    LocalDate date;

    @Option(names = "--max-size", paramLabel = "BYTES",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxSize = IngestOptions.DEFAULT_MAX_BYTES;

    // A required value, not an optional one: "--wikidata-endpoint article.txt" must not eat the article.
    @Option(names = "--wikidata-endpoint", paramLabel = "URL",
            description = "Online linking (off by default): look entities the gazetteer lacks up on this Wikidata "
                    + "SPARQL endpoint, e.g. https://query.wikidata.org/sparql. One request at a time, answers cached.")
    URI wikidataEndpoint;

    @Option(names = "--wikidata-cache", paramLabel = "DIR",
            description = "Folder where Wikidata answers are cached (default: ~/.cache/dateline/wikidata).")
    Path wikidataCache;

    @Option(names = "--rdf-star",
            description = "Also annotate each Wikidata link with an RDF 1.2 reifier: <article/link/Q…> rdf:reifies "
                    + "<<( entity owl:sameAs wd:Q… )>>, with the confidence on it. Needs an RDF 1.2 syntax: trig, turtle, "
                    + "nquads or ntriples (refused for jsonld and rdfxml).")
    boolean rdfStar;

    /** What finds the names in an article. */
    enum Recogniser {
        /** Rules, gazetteer, the sequence model and the name decider: the best entities on unseen news. */
        PIPELINE,
        /** Rules and gazetteer alone (Dateline 0.1's recogniser): many times faster, fewer names right on unseen news. */
        RULES
    }

    @Option(names = "--recogniser", paramLabel = "KIND",
            description = "What finds names: pipeline (the default) or rules. 'rules' leaves out the "
                    + "sequence model and the name decider: several times faster, lower entity F1 on news unlike the "
                    + "project's (README, Extraction and linking).")
    Recogniser recogniser = Recogniser.PIPELINE;

    Pipeline pipeline() {
        return pipeline(base);
    }

    Pipeline pipeline(String iriBase) {
        IngestOptions options = IngestOptions.defaults().withMaxBytes(maxSize).withFallbackDate(date);
        Gazetteer gazetteer = Gazetteer.loadDefault();
        Pipeline.Builder b = Pipeline.builder().gazetteer(gazetteer).ingestOptions(options).base(iriBase)
                .tripleTerms(rdfStar).learned(recogniser == Recogniser.PIPELINE);
        if (wikidataEndpoint != null) {
            WikidataClient client = WikidataClient.builder(wikidataEndpoint)
                    .cache(wikidataCache != null ? wikidataCache : WikidataClient.DEFAULT_CACHE).build();
            b.linker(Linker.create(gazetteer, client));
        }
        return b.build();
    }
}
