package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@code src/main}, read from its import lines: stages depend downward only, so a
 * reader can follow a triple from {@code publish} down to {@code ingest} without meeting a cycle.
 */
class ArchitectureTest {
    /** Bottom to top: a package may import only packages listed before it (and itself). */
    private static final List<String> LAYERS = List.of(
            "model", "knowledge", "ingest", "extract", "corpus", "link", "map", "", "publish", "eval", "train", "cli");

    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?org\\.dateline((?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);

    /** Package (relative to org.dateline, "" for the root) → the project packages it imports. */
    static Map<String, Set<String>> imports(Path root) throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f.getParent()).toString().replace('/', '.');
                Set<String> to = edges.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String target = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
                    if (!target.equals(pkg)) {
                        to.add(target);
                    }
                }
            }
        }
        return edges;
    }

    @Test
    void everyPackageImportsOnlyTheLayersBelowIt() throws IOException {
        Map<String, Set<String>> edges = imports(Path.of("src/main/java/org/dateline"));
        List<String> wrong = new ArrayList<>();
        for (var e : edges.entrySet()) {
            assertTrue(LAYERS.contains(e.getKey()), "package org.dateline." + e.getKey() + " has no layer in "
                    + LAYERS + ": place it in ArchitectureTest.LAYERS");
            for (String target : e.getValue()) {
                if (LAYERS.indexOf(target) >= LAYERS.indexOf(e.getKey())) {
                    wrong.add("org.dateline." + e.getKey() + " imports org.dateline." + target);
                }
            }
        }
        assertEquals(List.of(), wrong, "imports against the layering " + LAYERS);
    }

    @Test
    void readingAndExtractionKnowNothingOfRdf() throws IOException {
        Pattern rdf = Pattern.compile("^import (?:static )?org\\.apache\\.jena\\.(?:rdf|graph|riot|query|sparql|shacl"
                + "|tdb2|fuseki|datatypes|vocabulary)\\b", Pattern.MULTILINE);
        List<String> wrong = new ArrayList<>();
        for (String pkg : List.of("model", "knowledge", "ingest", "extract")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/org/dateline", pkg))) {
                for (Path f : files.toList()) {
                    if (rdf.matcher(Files.readString(f)).find()) {
                        wrong.add(f.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "RDF belongs to map and above");
    }

    @Test
    void theLayerCheckSeesABackEdge() throws IOException {
        Path dir = Files.createTempDirectory("layers");
        Files.createDirectories(dir.resolve("ingest"));
        Files.writeString(dir.resolve("ingest/A.java"), "package org.dateline.ingest;\nimport org.dateline.map.Iris;\n");
        assertEquals(Set.of("map"), imports(dir).get("ingest"));
    }
}
