package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.dateline.map.Iris;
import org.dateline.publish.NewsStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's example answers are what Dateline answers today on the bundled data: each query in
 * {@code data/queries/} shown in the README is run over {@code data/articles/} and compared with the CSV
 * block that follows it. A change in extraction that changes an answer shows here; paste the new answer.
 */
class ReadmeTest {
    @ParameterizedTest
    @ValueSource(strings = {"who-said-what", "said-about", "places-mentioned", "article-metadata"})
    void readmeAnswerIsTheCurrentAnswer(String query) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("query@data/queries/" + query + "\\.rq\\n```\\n\\n```\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(m.find(), "README shows no answer for " + query);
        String shown = m.group(1).strip();

        String answer;
        try (NewsStore store = NewsStore.inMemory()) {
            store.loadOntology();
            Pipeline pipeline = Pipeline.create();
            for (Path file : org.dateline.ingest.ArticleReader.files(List.of(Path.of("data/articles")))) {
                store.load(pipeline, file);
            }
            String sparql = Files.readString(Path.of("data/queries/" + query + ".rq"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(sparql, org.apache.jena.query.DatasetFactory.wrap(store.dataset()))) {
                    ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                }
            });
            answer = out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        }
        assertEquals(shown, answer, "README answer for " + query + " is out of date");
    }

}
