package org.dateline.map;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.dateline.TestArticles;
import org.junit.jupiter.api.Test;

/**
 * The sample article maps to exactly the reviewed graph in {@code src/test/resources/golden/}. Any change
 * to ingest, extraction, linking or mapping shows here as a readable list of added and removed quads.
 * After reviewing a deliberate change, regenerate with {@code mvn test -Dtest=GoldenGraphTest -Dgolden.update=true}.
 */
class GoldenGraphTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/upi-2015-10-03-russia-airstrikes-syria.trig");

    @Test
    void sampleArticleMapsToTheReviewedGraph() throws IOException {
        DatasetGraph actual = TestArticles.map(TestArticles.SAMPLE);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            actual.prefixes().putAll(Prefixes.forBase(Iris.DEFAULT_BASE));
            try (OutputStream out = Files.newOutputStream(GOLDEN)) {
                RDFWriter.source(actual).format(RDFFormat.TRIG_BLOCKS).output(out);
            }
            fail("golden file rewritten: review " + GOLDEN + " with git diff, then run again without -Dgolden.update");
        }
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.source(GOLDEN).lang(Lang.TRIG).parse(expected);
        if (!IsoMatcher.isomorphic(expected, actual)) {
            Set<String> exp = lines(expected);
            Set<String> act = lines(actual);
            fail("mapping of the sample differs from " + GOLDEN + "\n"
                    + "missing (" + diff(exp, act).size() + "):\n" + show(diff(exp, act))
                    + "\nunexpected (" + diff(act, exp).size() + "):\n" + show(diff(act, exp)));
        }
    }

    private static Set<String> lines(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
        return out;
    }

    private static List<String> diff(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static String show(List<String> lines) {
        return lines.stream().limit(40).map(l -> "  " + (l.length() > 300 ? l.substring(0, 300) + "…" : l))
                .collect(Collectors.joining("\n")) + (lines.size() > 40 ? "\n  …" : "");
    }
}
