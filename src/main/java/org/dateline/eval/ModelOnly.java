package org.dateline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.link.ProcessedArticle;
import org.dateline.extract.Annotations;
import org.dateline.extract.Entity;
import org.dateline.extract.Mention;
import org.dateline.extract.ModelName;
import org.dateline.extract.SequenceModelNames;
import org.dateline.ingest.Article;
import org.dateline.ingest.Block;
import org.dateline.model.Span;

/**
 * Scores the sequence model on its own: an article's entities are the model's names in its blocks, one entity
 * per type and name as printed (no coreference, no gazetteer, no rules), so {@code dateline eval --source model}
 * shows what this one candidate source brings.
 */
public final class ModelOnly {
    private final SequenceModelNames names;

    public ModelOnly(SequenceModelNames names) {
        this.names = names;
    }

    /** The article with the model's entities in place of the pipeline's annotations. */
    public ProcessedArticle apply(ProcessedArticle pa) {
        Article a = pa.article();
        List<Span> regions = a.blocks().stream().map(Block::span).toList();
        Map<String, List<ModelName>> byKey = new LinkedHashMap<>();
        for (ModelName n : names.find(a.text(), regions)) {
            byKey.computeIfAbsent(n.type().name().toLowerCase(Locale.ROOT) + "/" + n.text(), k -> new ArrayList<>()).add(n);
        }
        List<Entity> entities = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            List<Mention> mentions = e.getValue().stream().map(n -> new Mention(n.span(), n.text())).toList();
            ModelName first = e.getValue().get(0);
            entities.add(new Entity(e.getKey(), first.type(), first.text(), mentions, List.of(), null,
                    List.of("sequence model (data/models/ner-en.bin)")));
        }
        return new ProcessedArticle(a, new Annotations(entities, List.of(), List.of(), List.of()), Map.of());
    }
}
