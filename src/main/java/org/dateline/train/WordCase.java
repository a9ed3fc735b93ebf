package org.dateline.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.corpus.LabeledText;
import org.dateline.corpus.NameSpan;

/**
 * How often open text writes each word in lower case and how often capitalised inside a sentence, outside
 * names: the evidence behind {@code data/lexicon/word-case.tsv}. A word counts as opening a sentence after
 * the text's start, a line break, or '.', '!', '?', ':' or a quotation mark.
 */
public final class WordCase {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    /** lower-cased word → {lower-case count, mid-sentence capitalised count}. */
    private final Map<String, int[]> counts = new TreeMap<>();

    private WordCase() { }

    public static WordCase count(List<LabeledText> texts) {
        WordCase wc = new WordCase();
        for (LabeledText t : texts) {
            wc.add(t);
        }
        return wc;
    }

    private void add(LabeledText t) {
        String text = t.text();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (insideName(t.names(), m.start(), m.end())) {
                continue;
            }
            String w = m.group();
            boolean lower = Character.isLowerCase(w.charAt(0));
            boolean capitalised = Character.isUpperCase(w.charAt(0)) && (w.length() == 1
                    || Character.isLowerCase(w.charAt(1)));
            if (lower) {
                counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2])[0]++;
            } else if (capitalised && !opensSentence(text, m.start())) {
                counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2])[1]++;
            }
        }
    }

    private static boolean insideName(List<NameSpan> names, int start, int end) {
        for (NameSpan n : names) {
            if (n.span().start() < end && start < n.span().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“' || c == '‘'
                || c == '(' || c == '-' || c == '—';
    }

    /** How many words have at least {@code min} lower-case occurrences. */
    public int kept(int min) {
        return (int) counts.values().stream().filter(c -> c[0] >= min).count();
    }

    /** Writes word, lower-case count and mid-sentence capitalised count, for words seen in lower case {@code min} times. */
    public void write(Path out, int min, String sources) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# How open corpora write each word outside names: word<TAB>lower-case count<TAB>capitalised inside a");
            w.println("# sentence. Built by 'dateline train words' from: " + sources);
            w.println("# (see data/models/README.md for the corpora, commits and licences). Read by extract/Lexicon.");
            for (var e : counts.entrySet()) {
                if (e.getValue()[0] >= min) {
                    w.println(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]);
                }
            }
        }
    }
}
