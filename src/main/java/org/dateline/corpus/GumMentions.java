package org.dateline.corpus;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the entity mentions of a GUM document from the CorefUD-style {@code Entity=} brackets in the MISC
 * column: {@code (12-person-new-...)} opens and closes on one word, {@code (12-person-...} opens and {@code 12)}
 * closes a longer mention; the first two fields of an opening bracket are the cluster and the entity type.
 */
public final class GumMentions {
    private GumMentions() { }

    public static List<GumMention> of(ConlluDocument doc) throws IOException {
        List<GumMention> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            Map<String, Deque<int[]>> open = new HashMap<>();
            Map<String, Deque<String>> openType = new HashMap<>();
            List<ConlluToken> tokens = doc.sentences().get(s).tokens();
            for (int w = 0; w < tokens.size(); w++) {
                String value = entityField(tokens.get(w).misc());
                if (value == null) {
                    continue;
                }
                int i = 0;
                while (i < value.length()) {
                    char c = value.charAt(i);
                    if (c == '(') {
                        int j = i + 1;
                        while (j < value.length() && value.charAt(j) != '(' && value.charAt(j) != ')') {
                            j++;
                        }
                        String[] f = value.substring(i + 1, j).split("-", -1);
                        if (f.length < 2) {
                            throw new IOException(doc.id() + ": sentence " + (s + 1) + ", word " + (w + 1)
                                    + ": entity bracket without a type: " + value);
                        }
                        if (j < value.length() && value.charAt(j) == ')') {
                            out.add(new GumMention(f[0], f[1], s, w, w));
                            i = j + 1;
                        } else {
                            open.computeIfAbsent(f[0], k -> new ArrayDeque<>()).push(new int[] {w});
                            openType.computeIfAbsent(f[0], k -> new ArrayDeque<>()).push(f[1]);
                            i = j;
                        }
                    } else if (Character.isDigit(c)) {
                        int j = i;
                        while (j < value.length() && value.charAt(j) != ')') {
                            j++;
                        }
                        String cluster = value.substring(i, j);
                        Deque<int[]> starts = open.get(cluster);
                        if (starts == null || starts.isEmpty()) {
                            throw new IOException(doc.id() + ": sentence " + (s + 1) + ", word " + (w + 1)
                                    + ": entity " + cluster + " closes without opening: " + value);
                        }
                        out.add(new GumMention(cluster, openType.get(cluster).pop(), s, starts.pop()[0], w));
                        i = j + 1;
                    } else {
                        i++;
                    }
                }
            }
        }
        return out;
    }

    private static String entityField(String misc) {
        for (String part : misc.split("\\|")) {
            if (part.startsWith("Entity=")) {
                return part.substring("Entity=".length());
            }
        }
        return null;
    }
}
