package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.dateline.knowledge.DataFiles;

/**
 * How the sequence model sees a text, the same in training and at run time: OpenNLP's {@link SimpleTokenizer}
 * (a token is a run of letters, of digits, or one other character, so "al-Ani" is three tokens), cut into
 * sentences after a line break or after '.', '!' or '?' followed by a token starting with a capital or a quote
 * (not after an initial or a title abbreviation such as "Dr.").
 * A pre-tokenized corpus is joined with spaces and tokenized again by the same rule, so both sides agree.
 */
public final class ModelTokens {
    /** Sentences longer than this are cut, which bounds the decoder's work on text without punctuation. */
    private static final int MAX_SENTENCE = 200;

    private static final Set<String> ABBREVIATIONS = DataFiles.entries("lexicon/titles.txt").stream()
            .filter(t -> t.endsWith(".") && t.indexOf(' ') < 0).collect(Collectors.toUnmodifiableSet());

    private ModelTokens() { }

    /** The sentences of {@code text}, each as its tokens' character spans in {@code text}. */
    public static List<Span[]> sentences(String text) {
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
        List<Span[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.length; i++) {
            boolean cut = i + 1 == tokens.length || i + 1 - start >= MAX_SENTENCE
                    || lineBreakBetween(text, tokens[i].getEnd(), tokens[i + 1].getStart())
                    || isSentenceEnd(text, tokens[i]) && opensSentence(text.charAt(tokens[i + 1].getStart()))
                    && !(i > start && isAbbreviation(text, tokens[i - 1], tokens[i]));
            if (cut) {
                Span[] s = new Span[i + 1 - start];
                System.arraycopy(tokens, start, s, 0, s.length);
                out.add(s);
                start = i + 1;
            }
        }
        return out;
    }

    /** The tokens' texts. */
    public static String[] texts(String text, Span[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = text.substring(tokens[i].getStart(), tokens[i].getEnd());
        }
        return out;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceEnd(String text, Span token) {
        if (token.length() != 1) {
            return false;
        }
        char c = text.charAt(token.getStart());
        return c == '.' || c == '!' || c == '?';
    }

    /** An initial ("F.") or a title abbreviation of {@code data/lexicon/titles.txt} ("Dr.", "Gen.") before the stop. */
    private static boolean isAbbreviation(String text, Span word, Span stop) {
        if (word.getEnd() != stop.getStart() || text.charAt(stop.getStart()) != '.') {
            return false;
        }
        if (word.length() == 1) {
            return Character.isUpperCase(text.charAt(word.getStart()));
        }
        return ABBREVIATIONS.contains(text.substring(word.getStart(), stop.getEnd()));
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || c == '"' || c == '“' || c == '\'' || c == '‘';
    }
}
