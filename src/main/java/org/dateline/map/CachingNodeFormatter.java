package org.dateline.map;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * Jena's N-Triples/N-Quads node formatter, remembering the text of the IRIs and blank nodes it formats.
 * An article's quads repeat the same few IRIs (its graph in every quad, its subjects, the vocabulary), and
 * Jena checks and escapes an IRI character by character each time it writes it; the profile of a batch
 * map showed that as the largest single cost of writing. The text is Jena's own, so the output is
 * byte-for-byte what Jena's N-Quads writer produces. Not thread-safe: one per writing thread.
 */
final class CachingNodeFormatter extends NodeFormatterNT {
    /** Bounds memory: the cache is dropped and rebuilt when it grows past this many nodes. */
    private static final int MAX_ENTRIES = 1 << 14;

    private final Map<Node, String> texts = new HashMap<>(1024);

    CachingNodeFormatter() {
        super(CharSpace.UTF8);
    }

    @Override
    public void format(AWriter w, Node n) {
        // Literals are mostly unique to an article: caching them would cost more than it saves.
        if (!(n.isURI() || n.isBlank())) {
            super.format(w, n);
            return;
        }
        String text = texts.get(n);
        if (text == null) {
            IndentedLineBuffer buf = new IndentedLineBuffer();
            super.format(buf, n);
            text = buf.asString();
            if (texts.size() >= MAX_ENTRIES) {
                texts.clear();
            }
            texts.put(n, text);
        }
        w.print(text);
    }
}
