package org.dateline.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U (Universal Dependencies) text into documents of sentences of words, keeping the paragraph
 * comments ({@code # newpar}, GUM's {@code # newpar_block = head (1 s)}) that tell a headline from the body.
 */
public final class ConlluReader {
    private ConlluReader() { }

    public static List<ConlluDocument> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses CoNLL-U text; {@code source} names it in errors. */
    public static List<ConlluDocument> parse(String text, String source) throws IOException {
        List<ConlluDocument> docs = new ArrayList<>();
        String docId = null;
        List<ConlluSentence> sentences = new ArrayList<>();
        List<ConlluToken> tokens = new ArrayList<>();
        boolean newPar = false;
        String block = "";
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].stripTrailing();
            if (line.isEmpty()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new ConlluSentence(tokens, newPar, block));
                    tokens = new ArrayList<>();
                    newPar = false;
                    block = "";
                }
                continue;
            }
            if (line.startsWith("#")) {
                String c = line.substring(1).strip();
                if (c.startsWith("newdoc")) {
                    if (docId != null || !sentences.isEmpty()) {
                        docs.add(new ConlluDocument(docId == null ? "doc" + docs.size() : docId, sentences));
                        sentences = new ArrayList<>();
                    }
                    int eq = c.indexOf('=');
                    docId = eq < 0 ? "doc" + docs.size() : c.substring(eq + 1).strip();
                } else if (c.equals("newpar") || c.startsWith("newpar ") || c.startsWith("newpar=")) {
                    newPar = true;
                } else if (c.startsWith("newpar_block")) {
                    newPar = true;
                    int eq = c.indexOf('=');
                    String v = eq < 0 ? "" : c.substring(eq + 1).strip();
                    int sp = v.indexOf(' ');
                    block = sp < 0 ? v : v.substring(0, sp);
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                throw new IOException(source + ":" + (n + 1) + ": a CoNLL-U word line has 10 tab-separated columns, found "
                        + f.length + " (is this CoNLL-U?)");
            }
            if (f[0].contains("-") || f[0].contains(".")) {
                continue;
            }
            int head;
            try {
                head = Integer.parseInt(f[6]) - 1;
            } catch (NumberFormatException e) {
                throw new IOException(source + ":" + (n + 1) + ": head column is not a number: " + f[6]);
            }
            boolean spaceAfter = !("|" + f[9] + "|").contains("|SpaceAfter=No|");
            tokens.add(new ConlluToken(f[1], f[3], f[4], head, f[7], spaceAfter, f[9]));
        }
        if (!tokens.isEmpty()) {
            sentences.add(new ConlluSentence(tokens, newPar, block));
        }
        if (!sentences.isEmpty()) {
            docs.add(new ConlluDocument(docId == null ? "doc" + docs.size() : docId, sentences));
        }
        return docs;
    }
}
