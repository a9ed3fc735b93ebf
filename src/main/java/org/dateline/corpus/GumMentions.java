package org.dateline.corpus;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the entity mentions of a GUM document from the CorefUD-style {@code Entity=} brackets in the MISC
 * column: {@code (12-person-new-...)} opens and closes on one word, {@code (12-person-...} opens and {@code 12)}
 * closes a longer mention; the first two fields of an opening bracket are the cluster and the entity type, the
 * eighth (when present) the Wikipedia title of the entity's identity ({@code eid-etype-infstat-salience-centering-
 * minspan-link-identity}).
 */
public final class GumMentions {
    private GumMentions() { }

    public static List<GumMention> of(ConlluDocument doc) throws IOException {
        List<GumMention> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            Map<String, Deque<int[]>> open = new HashMap<>();
            Map<String, Deque<String[]>> openFields = new HashMap<>();
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
                            out.add(new GumMention(f[0], f[1], s, w, w, identity(f)));
                            i = j + 1;
                        } else {
                            open.computeIfAbsent(f[0], k -> new ArrayDeque<>()).push(new int[] {w});
                            openFields.computeIfAbsent(f[0], k -> new ArrayDeque<>()).push(f);
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
                        String[] f = openFields.get(cluster).pop();
                        out.add(new GumMention(cluster, f[1], s, starts.pop()[0], w, identity(f)));
                        i = j + 1;
                    } else {
                        i++;
                    }
                }
            }
        }
        return out;
    }

    /** The identity field, rejoined (a title may hold the field separator) and percent-decoded ({@code %2C} is ","). */
    private static String identity(String[] fields) {
        if (fields.length < 8 || fields[7].isEmpty()) {
            return null;
        }
        String title = String.join("-", Arrays.asList(fields).subList(7, fields.length));
        return URLDecoder.decode(title.replace("+", "%2B"), StandardCharsets.UTF_8);
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
