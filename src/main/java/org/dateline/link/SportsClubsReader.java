package org.dateline.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.model.EntityType;

/**
 * Football clubs of reep (GitHub withqwerty/reep, CC0): {@code teams.csv}, one club a line with the Wikidata QID
 * it states ({@code key_wikidata}), its Wikidata label ({@code name}), its country by name and its ids at football
 * data providers ({@code key_transfermarkt}, {@code key_fbref}, {@code key_uefa}, …). A club is kept when it has
 * a QID and at least one provider id: the 38,000 clubs no provider covers are amateur sides news rarely names,
 * and their town names would only add namesakes. Youth, reserve and second sides ({@value #AFFIXES}'s
 * {@code side} words) are left out: once the affixes are gone they share the first team's name. The label without
 * its club affixes ("Arsenal F.C." is "Arsenal", "FC Bayern Munich" "Bayern Munich") is an alias, the name a story
 * prints. The prior grows with the providers that cover the club (see {@link #prior}), the only sign of fame the
 * file gives. Read by {@link SportsClubsImporter} into a layer of its own.
 */
final class SportsClubsReader implements OpenDataSource {
    static final String FOLDER = "reep";
    static final String FILE = "teams.csv";
    /** The club affixes and side words, in the build's sources folder. */
    static final String AFFIXES = "club-affixes.tsv";
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final String SUBTYPE = "football-club";

    /** Affixes, longest first, so "Club de Fútbol" goes before a shorter affix could split it. */
    private final List<String> affixes;
    private final Set<String> sides;
    private final Set<String> nicknames;
    /** Club words before a town, longest first ("Olympique de" before "Olympique"). */
    private final List<String> prefixes;
    private final Map<String, String> countries;

    /**
     * @param affixLines the lines of {@value #AFFIXES} ({@code kind TAB words})
     * @param countries  country names as the file prints them ("United Kingdom") to their QIDs
     */
    SportsClubsReader(List<String> affixLines, Map<String, String> countries) {
        Map<String, List<String>> byKind = new java.util.HashMap<>();
        for (String line : affixLines) {
            String[] f = line.split("\t");
            if (line.isBlank() || line.startsWith("#") || f.length < 2 || f[0].equals("kind")) {
                continue;
            }
            byKind.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(f[1].strip());
        }
        this.affixes = longestFirst(byKind.get("affix"));
        this.sides = Set.copyOf(byKind.getOrDefault("side", List.of()));
        this.nicknames = Set.copyOf(byKind.getOrDefault("nickname", List.of()));
        this.prefixes = longestFirst(byKind.get("prefix"));
        this.countries = Map.copyOf(countries);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words == null ? List.of() : words);
        out.sort((x, y) -> y.length() - x.length());
        return List.copyOf(out);
    }

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void read(Path dir, Map<String, String> isoCodes, OpenDataRows rows) throws IOException {
        List<Path> files = OpenDataFiles.files(dir, FILE);
        if (files.isEmpty()) {
            throw new IOException(dir + ": no " + FILE + " found; expected reep's data/teams.csv (see "
                    + "data/gazetteer/README.md)");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (Path f : files) {
            String source = source(dir, f);
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : format.parse(r)) {
                    if (!rec.isMapped("key_wikidata") || !rec.isMapped("name")) {
                        throw new IOException(f + ":" + rec.getRecordNumber()
                                + ": expected the columns key_wikidata and name (reep's teams.csv layout)");
                    }
                    offer(rec, source, rows);
                }
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                throw new IOException(f + ": not a CSV file with a header line (" + e.getMessage() + ")", e);
            }
        }
    }

    private void offer(CSVRecord rec, String source, OpenDataRows rows) {
        String label = rec.get("name").strip();
        int providers = 0;
        for (Map.Entry<String, String> field : rec.toMap().entrySet()) {
            if (field.getKey().startsWith("key_") && !field.getKey().equals("key_wikidata")
                    && field.getValue() != null && !field.getValue().isBlank()) {
                providers++;
            }
        }
        if (providers == 0 || label.isEmpty() || isSide(label)) {
            return;
        }
        String name = QUALIFIER.matcher(label).replaceFirst("");
        List<String> aliases = new ArrayList<>();
        String bare = withoutAffixes(name);
        for (String n : List.of(name, bare)) {
            if (!n.equals(label) && !aliases.contains(n) && n.codePoints().filter(Character::isLetter).count() >= 3) {
                aliases.add(n);
            }
        }
        String country = rec.isMapped("country") ? countries.getOrDefault(rec.get("country").strip(), "") : "";
        rows.offer(new OpenDataRows.Offer(source, rec.get("key_wikidata"), label, EntityType.ORGANIZATION, SUBTYPE,
                country, aliases, town(bare).map(List::of).orElse(List.of()), null, null, prior(providers)));
    }

    /**
     * The town a club's bare name is made of, printed alone for the club in match reports: "Newcastle" of "Newcastle
     * United", "Tottenham" of "Tottenham Hotspur", "Dortmund" of "Borussia Dortmund", "Marseille" of "Olympique de
     * Marseille". None for other names ("Bayern Munich", "Real Madrid": the town is not the club there).
     */
    java.util.Optional<String> town(String bare) {
        String[] w = bare.split("\\s+");
        if (w.length == 2 && nicknames.contains(w[1])) {
            return java.util.Optional.of(w[0]);
        }
        for (String p : prefixes) {
            if (bare.startsWith(p + " ") && !bare.substring(p.length() + 1).contains(" ")) {
                return java.util.Optional.of(bare.substring(p.length() + 1));
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the label names a youth, reserve or second side ("Arsenal F.C. Academy", "Real Madrid C"). */
    boolean isSide(String label) {
        String[] w = QUALIFIER.matcher(label).replaceFirst("").split("\\s+");
        return w.length > 1 && sides.contains(w[w.length - 1]);
    }

    /** The label without club affixes at either end, as long as a word is left. */
    String withoutAffixes(String label) {
        String s = label.strip();
        for (boolean changed = true; changed; ) {
            changed = false;
            for (String a : affixes) {
                if (s.startsWith(a + " ") && s.length() > a.length() + 1) {
                    s = s.substring(a.length() + 1).strip();
                    changed = true;
                } else if (s.endsWith(" " + a) && s.length() > a.length() + 1) {
                    s = s.substring(0, s.length() - a.length() - 1).strip();
                    changed = true;
                }
            }
        }
        return s;
    }

    /**
     * 0.3 and 0.04 for each provider that covers the club, 0.82 at most: a club of the top leagues (Arsenal, 13
     * providers) 0.82, one of a second division with a few providers about 0.4. Clubs are typed by name only in a
     * sporting sentence ({@code TypingRules.KnownBody}), so a modest prior is enough to name a club there.
     */
    static double prior(int providers) {
        return Math.min(0.82, 0.3 + 0.04 * providers);
    }
}
