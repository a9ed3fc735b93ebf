package org.dateline.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.knowledge.DataFiles;

/**
 * The sections of {@code bench/corpus-templates.txt}: headline and sentence patterns, name parts, titles,
 * topics and invented places the synthetic corpus is assembled from.
 */
record CorpusTemplates(Map<String, List<String>> sections) {
    static final String FILE = "bench/corpus-templates.txt";

    CorpusTemplates {
        sections = Map.copyOf(sections);
    }

    static CorpusTemplates load() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        int lineNo = 0;
        for (String raw : DataFiles.lines(FILE)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(FILE + " line " + lineNo + ": entry before any [section] header");
            } else {
                current.add(line);
            }
        }
        return new CorpusTemplates(sections);
    }

    /** The entries of a section; fails naming the file when the section is missing, since every one is needed. */
    List<String> get(String section) {
        List<String> list = sections.get(section);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException(FILE + ": missing or empty section [" + section + "]");
        }
        return list;
    }
}
