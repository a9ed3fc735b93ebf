package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerEntry;
import org.dateline.map.Iris;

/**
 * Within-article coreference: groups the names {@link EntityRecognizer} found into entities. Full
 * names anchor the groups; a short form joins the nearest full name it is part of ("Obama" → "Barack
 * Obama", "Park" → "Park Geun-hye", "Labour" → "Labour Party"); an acronym joins the name whose
 * initials it spells ("OSCE"); names the gazetteer or the place lexicon know by one identity merge
 * ("UK", "Britain"). A one-word name with no evidence and no full form is dropped.
 */
final class EntityResolver {
    /** One entity under construction. */
    static final class Group {
        EntityType type;
        final List<Candidate> members = new ArrayList<>();
        String canonical;
        String key;

        String longest() {
            return members.stream().map(c -> c.text)
                    .max(Comparator.<String>comparingInt(t -> t.split("\\s+").length).thenComparingInt(String::length)
                            .thenComparing(Comparator.reverseOrder()))
                    .orElse("");
        }
    }

    private final Lexicon lex;
    private final Gazetteer gazetteer;

    EntityResolver(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    List<Group> resolve(List<Candidate> cands) {
        cands = new ArrayList<>(cands);
        cands.sort(Comparator.comparingInt(c -> c.span.start()));
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Candidate> deferred = new ArrayList<>();
        for (Candidate c : cands) {
            // Full names anchor entities; one-word names wait, so they can join a full name first.
            boolean anchor = c.type != null && !c.acronym && (c.tokenCount() >= 2 || c.canonical != null || c.fixed);
            if (anchor) {
                join(byKey, key(c, c.type), c, c.type);
            } else {
                deferred.add(c);
            }
        }
        for (Candidate c : deferred) {
            if (c.acronym) {
                Group g = byInitials(byKey, c.text);
                if (g != null) {
                    add(g, c);
                    continue;
                }
            }
            if (c.tokenCount() == 1 && c.canonical == null) {
                Group g = personWith(byKey, c);
                if (g != null) {
                    add(g, c);
                    continue;
                }
                g = prefixOf(byKey, c.text);
                if (g != null) {
                    add(g, c);
                    continue;
                }
            }
            if (c.type != null) {
                join(byKey, key(c, c.type), c, c.type);
                continue;
            }
            if (c.tokenCount() >= 2) {
                Group same = findByName(byKey, c.text);
                if (same != null) {
                    add(same, c);
                } else if (!c.initial || c.tokenCount() >= 3) {
                    // A multi-word name nothing types: most often a group or movement without a
                    // keyword ("Boko Haram", "Vote Leave"); people usually bring a title, a given
                    // name or a verb of saying.
                    join(byKey, key(c, EntityType.ORGANIZATION), c, EntityType.ORGANIZATION);
                }
            }
        }
        List<Group> out = new ArrayList<>(byKey.values().stream().distinct().toList());
        Set<String> keys = new HashSet<>();
        for (Group g : out) {
            String name = name(g);
            String base = g.type.name().toLowerCase(Locale.ROOT) + "/" + Iris.slug(name);
            String k = base;
            for (int n = 2; !keys.add(k); n++) {
                k = base + "-" + n;
            }
            g.key = k;
            g.canonical = name;
        }
        out.sort(Comparator.comparingInt(g -> g.members.get(0).span.start()));
        return out;
    }

    private void join(Map<String, Group> byKey, String key, Candidate c, EntityType type) {
        Group g = byKey.get(key);
        if (g == null) {
            g = new Group();
            g.type = type;
            byKey.put(key, g);
        }
        add(g, c);
    }

    private static void add(Group g, Candidate c) {
        g.members.add(c);
        c.group = g;
        if (c.type == null) {
            c.type = g.type;
        }
    }

    private String key(Candidate c, EntityType type) {
        if (c.canonical != null) {
            return type + ":" + Lexicon.norm(c.canonical);
        }
        List<GazetteerEntry> hits = gazetteer.lookup(c.text);
        if (hits.size() == 1 && hits.get(0).type() == type) {
            return "qid:" + hits.get(0).qid();
        }
        return type + ":" + Gazetteer.normalise(c.text);
    }

    /** The person whose multi-word name holds this word, nearest before it (else the first after). */
    private Group personWith(Map<String, Group> byKey, Candidate c) {
        if (c.type != null && c.type != EntityType.PERSON) {
            return null;
        }
        String w = strip(c.text);
        Group best = null;
        int bestPos = Integer.MIN_VALUE;
        Group firstAfter = null;
        int afterPos = Integer.MAX_VALUE;
        for (Group g : byKey.values()) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate m : g.members) {
                if (m.tokenCount() < 2 || !containsWord(m.text, w)) {
                    continue;
                }
                int pos = m.span.start();
                if (pos < c.span.start() && pos > bestPos) {
                    best = g;
                    bestPos = pos;
                } else if (pos > c.span.start() && pos < afterPos) {
                    firstAfter = g;
                    afterPos = pos;
                }
            }
        }
        return best != null ? best : firstAfter;
    }

    private static boolean containsWord(String name, String w) {
        for (String part : name.split("\\s+")) {
            if (strip(part).equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String s) {
        return s.replaceFirst("^(?:al|el|ad|as|ash|an|ar|at|az)-", "");
    }

    /** "Labour" → "Labour Party", "North" → "North Korea", "Bank" → "Bank of England". */
    private Group prefixOf(Map<String, Group> byKey, String word) {
        for (Group g : byKey.values()) {
            if (g.type == EntityType.PERSON) {
                continue;
            }
            for (Candidate m : g.members) {
                if (m.tokenCount() >= 2 && m.text.startsWith(word + " ") && !lex.givenNames.contains(word)) {
                    return g;
                }
            }
        }
        return null;
    }

    private Group byInitials(Map<String, Group> byKey, String acronym) {
        String letters = acronym.replace(".", "").replaceAll("s$", "");
        for (Group g : byKey.values()) {
            if (g.type == EntityType.PERSON) {
                continue;
            }
            for (Candidate m : g.members) {
                StringBuilder sb = new StringBuilder();
                for (String part : m.text.split("[\\s-]+")) {
                    if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                        sb.append(part.charAt(0));
                    }
                }
                if (sb.length() >= 2 && sb.toString().equals(letters)) {
                    return g;
                }
            }
            if (g.canonical == null) {
                Lexicon.Place p = lex.place(acronym);
                if (p != null && g.members.stream().anyMatch(m -> p.name().equals(m.canonical))) {
                    return g;
                }
            }
        }
        return null;
    }

    private Group findByName(Map<String, Group> byKey, String text) {
        for (Group g : byKey.values()) {
            for (Candidate m : g.members) {
                if (m.text.equalsIgnoreCase(text)) {
                    return g;
                }
            }
        }
        return null;
    }

    private String name(Group g) {
        for (Candidate m : g.members) {
            if (m.canonical != null) {
                return m.canonical;
            }
        }
        String n = g.longest();
        if (n.length() > 4 && n.equals(n.toUpperCase(Locale.ROOT)) && n.contains(" ")) {
            n = titleCase(n);
        }
        return n;
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char ch : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return sb.toString();
    }

    /** The entities, with mentions in text order and roles without repeats. */
    static List<Entity> entities(List<Group> groups) {
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            List<Candidate> ms = new ArrayList<>(g.members);
            ms.sort(Comparator.comparingInt(c -> c.span.start()));
            List<Mention> mentions = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            Set<String> roles = new LinkedHashSet<>();
            String country = null;
            for (Candidate m : ms) {
                if (seen.add(m.span.start())) {
                    mentions.add(new Mention(m.span, m.text));
                }
                roles.addAll(m.roles);
                if (country == null) {
                    country = m.country;
                }
            }
            out.add(new Entity(g.key, g.type, g.canonical, mentions, List.copyOf(roles), country));
        }
        return out;
    }

    static Map<Candidate, Group> index(List<Group> groups) {
        Map<Candidate, Group> m = new HashMap<>();
        for (Group g : groups) {
            for (Candidate c : g.members) {
                m.put(c, g);
            }
        }
        return m;
    }
}
