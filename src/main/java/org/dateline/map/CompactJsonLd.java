package org.dateline.map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dateline.knowledge.DataFiles;

/**
 * Writes a dataset as JSON-LD compacted with Dateline's context ({@code ontology/context.jsonld}), so
 * it reads like plain JSON ({@code "headline"}, {@code "author"}, {@code "mentions"}). Jena writes the
 * quads; Titanium, the JSON-LD 1.1 processor Jena itself uses, turns them into JSON-LD and compacts
 * them. The context is inlined, so the file stands alone, and written first, so a streaming parser knows every
 * term before it meets one. The server's JSON-LD answers use the same context.
 */
public final class CompactJsonLd {
    /** The context file, relative to the data root. */
    static final String CONTEXT_FILE = "ontology/context.jsonld";
    private static final JsonObject CONTEXT = readContext();

    private CompactJsonLd() { }

    private static JsonObject readContext() {
        try (var in = DataFiles.open(CONTEXT_FILE); var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the dataset (its named graphs as {@code @graph} entries) as compacted JSON-LD. */
    public static void write(DatasetGraph dataset, OutputStream out) {
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFWriter.source(dataset).format(RDFFormat.NQUADS).output(nquads);
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(new ByteArrayInputStream(nquads.toByteArray())))
                    .nativeTypes(false).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(CONTEXT)).get();
            print(contextFirst(compacted), out);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    /** The same object with {@code @context} as its first member (the compactor puts it where it likes). */
    static JsonObject contextFirst(JsonObject compacted) {
        var ordered = Json.createObjectBuilder();
        if (compacted.containsKey("@context")) {
            ordered.add("@context", compacted.get("@context"));
        }
        compacted.forEach((k, v) -> {
            if (!k.equals("@context")) {
                ordered.add(k, v);
            }
        });
        return ordered.build();
    }

    private static void print(JsonStructure json, OutputStream out) {
        var factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (var writer = factory.createWriter(new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        })) {
            writer.write(json);
        }
    }
}
