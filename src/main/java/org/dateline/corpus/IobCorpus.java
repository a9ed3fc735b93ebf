package org.dateline.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.EntityType;
import org.dateline.model.Span;

/**
 * Reads a column file of tokens with IOB/IOB2 name tags (Universal NER's {@code .iob2}, CrossNER, the Broad
 * Twitter Corpus): one token a line, sentences separated by blank lines, comments (a line starting with
 * {@code #} without a tab) skipped. Each
 * sentence becomes a {@link LabeledText} whose text is its tokens joined by single spaces. Tags map to the
 * project's types by {@code labels} (the tag without its {@code B-}/{@code I-} prefix); tags it lacks are
 * outside any name.
 */
public final class IobCorpus {
    private IobCorpus() { }

    /**
     * @param tokenColumn the token's column (0-based, tab- or space-separated)
     * @param tagColumn   the tag's column
     */
    public static List<LabeledText> read(Path file, int tokenColumn, int tagColumn, Map<String, EntityType> labels)
            throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabeledText> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<NameSpan> names = new ArrayList<>();
        int openStart = -1;
        EntityType openType = null;
        int sentenceLine = 1;
        for (int n = 0; n <= lines.size(); n++) {
            String line = n < lines.size() ? lines.get(n).stripTrailing() : "";
            if (line.startsWith("#") && line.indexOf('\t') < 0) {
                continue;
            }
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (openType != null) {
                    names.add(new NameSpan(new Span(openStart, text.length()), openType));
                    openType = null;
                }
                if (!text.isEmpty()) {
                    out.add(new LabeledText(file.getFileName() + ":" + sentenceLine, text.toString(), names));
                }
                text.setLength(0);
                names = new ArrayList<>();
                sentenceLine = n + 2;
                continue;
            }
            String[] f = line.indexOf('\t') >= 0 ? line.split("\t") : line.strip().split(" +");
            if (f.length <= Math.max(tokenColumn, tagColumn)) {
                throw new IOException(file + ":" + (n + 1) + ": expected a token in column " + (tokenColumn + 1)
                        + " and a tag in column " + (tagColumn + 1) + ", found " + f.length + " columns");
            }
            if (f[tokenColumn].isBlank()) {
                continue; // a token of white space only (the Broad Twitter Corpus has some): nothing to learn from
            }
            String tag = f[tagColumn].strip();
            boolean begins = tag.startsWith("B-");
            EntityType type = labels.get(tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag);
            if (openType != null && (type != openType || begins)) {
                names.add(new NameSpan(new Span(openStart, text.length()), openType));
                openType = null;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            if (type != null && openType == null) {
                openStart = text.length();
                openType = type;
            }
            text.append(f[tokenColumn].strip());
        }
        return out;
    }
}
