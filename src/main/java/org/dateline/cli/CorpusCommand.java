package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.corpus.GoldFiles;
import org.dateline.corpus.GumCorpus;
import org.dateline.corpus.GumDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline corpus}: turns open annotated corpora into evaluation sets in the project's gold format. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Convert open annotated corpora into articles with gold files for 'dateline eval'.",
        subcommands = {CorpusCommand.ConvertGum.class, CorpusCommand.ConvertIob.class})
public final class CorpusCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand (try: corpus convert-gum --help)");
    }

    /** {@code dateline corpus convert-gum GUM --out DIR}: GUM documents as NAME.txt + NAME.gold.json. */
    @Command(name = "convert-gum", mixinStandardHelpOptions = true,
            description = {"Write GUM documents as plain-text articles (headline on the first line) with entity-only "
                    + "gold files: people, organisations and places with a proper-name mention."})
    static final class ConvertGum implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "GUM", description = "a checkout of github.com/amir-zeldes/gum")
        Path gum;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
        Path out;

        @Option(names = "--genre", paramLabel = "GENRE", split = ",",
                description = "genres to convert (news, bio, academic, ...; default: all)")
        List<String> genres;

        @Option(names = "--partition", paramLabel = "PART", split = ",",
                description = "train, dev and/or test (default: all)")
        List<String> partitions;

        @Option(names = "--commit", paramLabel = "SHA", description = "the GUM commit, recorded in each gold file")
        String commit;

        @Override
        public Integer call() throws Exception {
            GumCorpus corpus = GumCorpus.open(gum, GumCorpus.lexiconTitles());
            String source = "GUM (github.com/amir-zeldes/gum" + (commit == null ? "" : " @ " + commit)
                    + "); annotations CC BY 4.0";
            int n = 0;
            int entities = 0;
            for (String id : corpus.documentIds()) {
                if (genres != null && !genres.contains(GumCorpus.genre(id))
                        || partitions != null && !partitions.contains(corpus.partition(id))) {
                    continue;
                }
                GumDocument doc = corpus.document(id);
                GoldFiles.write(doc, source, out);
                n++;
                entities += doc.entities().size();
            }
            System.out.printf("%d documents, %d entities written to %s%n", n, entities, out);
            return n == 0 ? 1 : 0;
        }
    }

    /** {@code dateline corpus convert-iob FILE --out DIR}: documents of an IOB2 file as NAME.txt + NAME.gold.json. */
    @Command(name = "convert-iob", mixinStandardHelpOptions = true,
            description = {"Write the documents of an IOB2 file with '# newdoc id' and '# text' comments (Universal NER's "
                    + "English PUD) as plain-text articles with entity-only gold files: PER, ORG and LOC names."})
    static final class ConvertIob implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "an .iob2 file")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
        Path out;

        @Option(names = "--docs-per-article", paramLabel = "N", description = "documents per article (default: ${DEFAULT-VALUE})")
        int docsPerArticle = 5;

        @Option(names = "--name", paramLabel = "NAME", description = "file name prefix (default: ${DEFAULT-VALUE})")
        String name = "doc";

        @Option(names = "--source", paramLabel = "TEXT", required = true,
                description = "where the file comes from and its licence, recorded in each gold file")
        String source;

        @Override
        public Integer call() throws Exception {
            var labels = java.util.Map.of("PER", org.dateline.model.EntityType.PERSON,
                    "ORG", org.dateline.model.EntityType.ORGANIZATION, "LOC", org.dateline.model.EntityType.PLACE);
            var articles = org.dateline.corpus.IobDocuments.read(file, labels, docsPerArticle, name);
            int entities = 0;
            for (var a : articles) {
                GoldFiles.write(a, source, out);
                entities += a.entities().size();
            }
            System.out.printf("%d articles, %d entities written to %s%n", articles.size(), entities, out);
            return articles.isEmpty() ? 1 : 0;
        }
    }
}
