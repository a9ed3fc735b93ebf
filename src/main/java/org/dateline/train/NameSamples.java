package org.dateline.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.dateline.corpus.LabeledText;
import org.dateline.corpus.NameSpan;
import org.dateline.extract.ModelTokens;

/**
 * Turns labelled texts into OpenNLP name samples, tokenized and cut into sentences by {@link ModelTokens} as
 * the finder will see text at run time. A name covers the tokens wholly inside its characters; of overlapping
 * names (GUM nests "Dulles" in "Washington Dulles International Airport") the longer is kept.
 */
public final class NameSamples {
    private NameSamples() { }

    public static List<NameSample> of(LabeledText t) {
        List<NameSpan> names = new ArrayList<>(t.names());
        names.sort(Comparator.comparingInt((NameSpan n) -> -n.span().length()).thenComparingInt(n -> n.span().start()));
        List<NameSpan> kept = new ArrayList<>();
        for (NameSpan n : names) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(n.span()))) {
                kept.add(n);
            }
        }
        List<NameSample> out = new ArrayList<>();
        boolean first = true;
        for (Span[] sentence : ModelTokens.sentences(t.text())) {
            List<Span> spans = new ArrayList<>();
            for (NameSpan n : kept) {
                int a = -1;
                int b = -1;
                for (int i = 0; i < sentence.length; i++) {
                    if (sentence[i].getStart() >= n.span().start() && sentence[i].getEnd() <= n.span().end()) {
                        a = a < 0 ? i : a;
                        b = i;
                    }
                }
                if (a >= 0) {
                    spans.add(new Span(a, b + 1, n.type().name().toLowerCase(Locale.ROOT)));
                }
            }
            spans.sort(Comparator.comparingInt(Span::getStart));
            out.add(new NameSample(ModelTokens.texts(t.text(), sentence), spans.toArray(new Span[0]), first));
            first = false;
        }
        return out;
    }

    public static List<NameSample> of(List<LabeledText> texts) {
        List<NameSample> out = new ArrayList<>();
        texts.forEach(t -> out.addAll(of(t)));
        return out;
    }
}
