package org.dateline.map;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.dateline.knowledge.DataFiles;

/** The schema.org subclass of schema:Event an event kind is also typed as ({@code publishing/event-schema-classes.tsv}). */
final class EventSchemaClasses {
    private static final Map<String, Resource> BY_KIND = load();

    private EventSchemaClasses() { }

    /** The schema.org class for events of this kind, or null when schema:Event is the closest. */
    static Resource of(String kind) {
        return BY_KIND.get(kind);
    }

    private static Map<String, Resource> load() {
        String file = "publishing/event-schema-classes.tsv";
        Map<String, Resource> out = new HashMap<>();
        for (String entry : DataFiles.entries(file)) {
            String[] cols = entry.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("knowledge file " + file + ": expected kind<TAB>class, got \"" + entry + "\"");
            }
            out.put(cols[0].strip(), ResourceFactory.createResource(Vocab.Schema.NS + cols[1].strip()));
        }
        return Map.copyOf(out);
    }
}
