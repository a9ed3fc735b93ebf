package org.dateline.corpus;

import java.util.List;
import org.dateline.model.Span;

/**
 * A CoNLL-U document laid out as a plain-text article: its first paragraph (GUM's {@code head} block) as the
 * headline on the first line, then each paragraph after a blank line, words spaced as the original text was
 * ({@code SpaceAfter=No}); every word keeps its character span.
 */
public final class DocumentText {
    private final String text;
    private final Span[][] words;

    private DocumentText(String text, Span[][] words) {
        this.text = text;
        this.words = words;
    }

    public static DocumentText of(ConlluDocument doc) {
        StringBuilder sb = new StringBuilder();
        List<ConlluSentence> sentences = doc.sentences();
        Span[][] words = new Span[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            ConlluSentence sentence = sentences.get(s);
            if (s > 0) {
                sb.append(sentence.newParagraph() || s == 1 && isHead(sentences.get(0)) ? "\n\n" : " ");
            }
            List<ConlluToken> tokens = sentence.tokens();
            words[s] = new Span[tokens.size()];
            for (int w = 0; w < tokens.size(); w++) {
                int start = sb.length();
                sb.append(tokens.get(w).form());
                words[s][w] = new Span(start, sb.length());
                if (w + 1 < tokens.size() && tokens.get(w).spaceAfter()) {
                    sb.append(' ');
                }
            }
        }
        return new DocumentText(sb.append('\n').toString(), words);
    }

    private static boolean isHead(ConlluSentence s) {
        return s.block().equals("head");
    }

    public String text() {
        return text;
    }

    /** The first line: the headline. */
    public String headline() {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The span of word {@code word} of sentence {@code sentence}. */
    public Span word(int sentence, int word) {
        return words[sentence][word];
    }

    /** The text from the start of one word to the end of another in the same sentence. */
    public String between(int sentence, int first, int last) {
        return text.substring(words[sentence][first].start(), words[sentence][last].end());
    }
}
