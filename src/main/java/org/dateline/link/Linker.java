package org.dateline.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.knowledge.DataFiles;
import org.dateline.extract.Annotations;
import org.dateline.extract.Entity;
import org.dateline.extract.Mention;
import org.dateline.extract.TeamCues;
import org.dateline.ingest.Article;
import org.dateline.ingest.Block;
import org.dateline.ingest.BlockKind;
import org.dateline.ingest.Dateline;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;
import org.dateline.model.Sentences;
import org.dateline.model.Slugs;
import org.dateline.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links an article's entities to Wikidata through the gazetteer, only when confident. Precision
 * comes first: a wrong {@code owl:sameAs} poisons every query that follows it, so an entity whose
 * best candidate is weak, or barely ahead of another item, stays unlinked (NIL). Thread-safe: it
 * holds only the immutable gazetteer (and a thread-safe candidate source).
 *
 * <p>Two passes: the first links what its name alone makes certain and collects those entities'
 * countries (with the dateline's); the second scores every entity against that context, which
 * picks "Aleppo" in Syria and allows short names ("Congress", "Lincoln") only where the country fits.
 *
 * <p>Optionally (online mode) an entity the gazetteer has no candidate for is looked up in a
 * {@link CandidateSource}, such as a Wikidata endpoint; those candidates face the same threshold and
 * ambiguity margin, so a name two items share stays unlinked.
 */
public final class Linker {
    private static final Logger LOG = LoggerFactory.getLogger(Linker.class);
    /**
     * Below this score an entity stays unlinked. Set so that an exact name whose country the article
     * contradicts links only when the entry is popular (a capital, a head of state), not a US
     * representative who shares a British politician's name.
     */
    public static final double NIL_THRESHOLD = 0.75;
    /** The bundled list of names that often mean something the gazetteer lacks. */
    public static final String HOMONYMS_FILE = "gazetteer/homonyms.txt";
    /** A runner-up (another QID) within this distance of the best makes the name ambiguous: NIL. */
    public static final double AMBIGUITY_MARGIN = 0.1;

    private final Gazetteer gazetteer;
    private final Set<String> homonyms;
    private final CandidateSource online;
    private final CandidateScorer scorer = new CandidateScorer();
    private final MentionCues cues = MentionCues.bundled();
    private final TeamCues teams = TeamCues.bundled();
    private final RolesRulingOut roles = RolesRulingOut.bundled();
    /** Given names ({@code lexicon/given-names.txt}): a lone one is someone the story knows by it, not a surname. */
    private static final Set<String> GIVEN_NAMES = DataFiles.words("lexicon/given-names.txt");

    private Linker(Gazetteer gazetteer, Set<String> homonyms, CandidateSource online) {
        this.gazetteer = gazetteer;
        Set<String> all = new HashSet<>();
        homonyms.forEach(h -> all.add(Gazetteer.normalise(h)));
        // A name the hand-checked layer holds too ambiguous to link alone ("Washington", "Homs") stays so
        // when an open-data entry has it as its full name: both then need the article's support. Where a
        // hand-checked entry has it as its full name ("Jordan" the country), that layer has already decided.
        Gazetteer curated = gazetteer.curated();
        for (GazetteerEntry e : curated.entries()) {
            for (String s : e.shortNames()) {
                String key = Gazetteer.normalise(s);
                if (curated.lookupKey(key).isEmpty() && !gazetteer.lookupKey(key).isEmpty()) {
                    all.add(key);
                }
            }
        }
        this.homonyms = Set.copyOf(all);
        this.online = online;
    }

    /** A linker over {@code gazetteer}, with the bundled homonym list ({@value #HOMONYMS_FILE}). */
    public static Linker create(Gazetteer gazetteer) {
        return new Linker(gazetteer, bundledHomonyms(), null);
    }

    /**
     * A linker over {@code gazetteer} that asks {@code online} about entities the gazetteer has no
     * candidate for (see {@link #candidates}); its answers are scored like gazetteer entries.
     */
    public static Linker create(Gazetteer gazetteer, CandidateSource online) {
        return new Linker(gazetteer, bundledHomonyms(), online);
    }

    /** A linker that looks entities the gazetteer lacks up on a Wikidata endpoint. */
    public static Linker create(Gazetteer gazetteer, WikidataClient wikidata) {
        return create(gazetteer, WikidataCandidates.create(wikidata));
    }

    private static Set<String> bundledHomonyms() {
        return DataFiles.exists(HOMONYMS_FILE) ? Set.copyOf(DataFiles.entries(HOMONYMS_FILE)) : Set.of();
    }

    /**
     * A linker over {@code gazetteer} where each of {@code homonyms} (names that often mean something
     * the gazetteer lacks) is linked only with the article's support, like a short name.
     */
    public static Linker create(Gazetteer gazetteer, Set<String> homonyms) {
        return new Linker(gazetteer, homonyms, null);
    }

    /** As {@link #create(Gazetteer, Set)}, with an online source for what the gazetteer lacks (may be null). */
    public static Linker create(Gazetteer gazetteer, Set<String> homonyms, CandidateSource online) {
        return new Linker(gazetteer, homonyms, online);
    }

    /** A name written as an acronym: two to six capitals ("GOP", "NIH", "UNICEF"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /** A scored gazetteer entry for one entity. */
    record Candidate(GazetteerEntry entry, CandidateScorer.Match match, double score) { }

    /** The links found, by {@link org.dateline.extract.Entity#key()}; entities left out stay unlinked. */
    public Map<String, Link> link(Article article, Annotations annotations) {
        Set<String> dateline = datelineCountries(article);
        String text = article == null ? null : article.text();
        Map<Entity, Map<String, Found>> all = new LinkedHashMap<>();
        Map<Entity, Map<String, Found>> found = new LinkedHashMap<>();
        for (Entity e : annotations.entities()) {
            all.put(e, candidates(e));
            found.put(e, admissible(e, all.get(e), text, dateline));
        }
        Set<String> countries = new HashSet<>(dateline);
        List<Span> reporting = reportingSpans(article);
        Map<Entity, String> sureCountries = new LinkedHashMap<>();
        for (var f : found.entrySet()) {
            if (reportsOnly(f.getKey(), reporting, article)) {
                continue;
            }
            Candidate best = decide(score(f.getKey(), f.getValue(), LinkContext.none()));
            if (best != null && best.match() != CandidateScorer.Match.SHORT && !best.entry().countryOrSelf().isEmpty()) {
                countries.add(best.entry().countryOrSelf());
                sureCountries.put(f.getKey(), best.entry().countryOrSelf());
            }
        }
        String main = mainCountry(sureCountries.values());
        if (main != null && !dateline.contains(main)) {
            // A name many countries' bodies share ("Republican Party") may be the one of the country the story is
            // mostly about, as it may be the dateline's.
            Set<String> tied = new HashSet<>(dateline);
            tied.add(main);
            for (var f : found.entrySet()) {
                if (cues.generic(clean(f.getKey().name()))) {
                    f.setValue(admissible(f.getKey(), all.get(f.getKey()), text, tied));
                }
            }
        }
        LinkContext context = new LinkContext(countries);
        Map<String, Link> links = new LinkedHashMap<>();
        for (var f : found.entrySet()) {
            List<Candidate> ranked = score(f.getKey(), f.getValue(), context);
            Candidate best = decide(ranked);
            if (best == null) {
                best = namesakeOfTheNeighbours(ranked, neighbourCountries(f.getKey(), sureCountries, article));
            }
            if (best == null) {
                best = onlyBearerOfTheName(f.getKey(), ranked, context);
            }
            if (best == null) {
                best = famousBearerOfTheSurname(f.getKey(), f.getValue().values(), context);
            }
            if (best != null) {
                links.put(f.getKey().key(), new Link(best.entry().qid(), round(best.score()), best.entry().label()));
            } else if (LOG.isTraceEnabled() && !ranked.isEmpty()) {
                LOG.trace("not linked {} \"{}\": {}", f.getKey().type(), f.getKey().name(), ranked.stream().limit(3)
                        .map(c -> c.entry().qid() + " " + c.entry().label() + " " + c.match() + " " + round(c.score()))
                        .toList());
            }
        }
        return links;
    }

    /** Entities linked by name alone that make a country the story's own: at least this many, more than any other's. */
    static final int MAIN_COUNTRY_ENTITIES = 2;

    /**
     * The country most of the entities linked by their names alone belong to ({@code sure}, one country per entity),
     * when at least {@value #MAIN_COUNTRY_ENTITIES} do and no other country has as many; otherwise null.
     */
    static String mainCountry(java.util.Collection<String> sure) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        sure.forEach(c -> counts.merge(c, 1, Integer::sum));
        String main = null;
        int most = 0;
        boolean tie = false;
        for (var c : counts.entrySet()) {
            if (c.getValue() > most) {
                main = c.getKey();
                most = c.getValue();
                tie = false;
            } else if (c.getValue() == most) {
                tie = true;
            }
        }
        return most >= MAIN_COUNTRY_ENTITIES && !tie ? main : null;
    }

    /** The byline's and the closing lines' blocks: where an article says who reported it. */
    private static List<Span> reportingSpans(Article article) {
        if (article == null) {
            return List.of();
        }
        return article.blocks().stream().filter(b -> b.kind() == BlockKind.BYLINE || b.kind() == BlockKind.TRAILER)
                .map(Block::span).toList();
    }

    /**
     * Whether the entity is named only where the article says who reported it: the dateline's agency ("(UPI)", not its
     * place or region), the byline, the closing lines ({@code reporting}). A wire's or a paper's country says nothing
     * of where the story happens (a UPI story from Moscow is not about the United States), so it does not join the
     * article's countries.
     */
    private static boolean reportsOnly(Entity entity, List<Span> reporting, Article article) {
        if (article == null || entity.mentions().isEmpty()) {
            return false;
        }
        Dateline dateline = article.dateline();
        for (Mention m : entity.mentions()) {
            boolean agency = dateline != null && dateline.agency() != null && dateline.span().contains(m.span())
                    && m.text().equalsIgnoreCase(dateline.agency());
            if (!agency && reporting.stream().noneMatch(r -> r.contains(m.span()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The candidates the words around the entity allow. A country's or a city's name that stands for a sports
     * team ("Sweden beat Denmark 2-1") is an organisation the gazetteer does not hold: no place is linked. An
     * organisation whose name is made of words many countries' bodies share ("Workers' Party", "National
     * Assembly") is linked from the open-data layer only to an entry of the dateline's country or of a country
     * printed right before the name ("Singapore's Workers' Party"): that layer lacks most countries' namesakes,
     * so a lone candidate is no evidence. A person the article gives a role that rules an entry's subtype out
     * ({@link RolesRulingOut}) is not that entry.
     */
    private Map<String, Found> admissible(Entity entity, Map<String, Found> found, String text, Set<String> dateline) {
        if (!entity.roles().isEmpty()) {
            // "Police Chief Michael Jackson" is not the singer (see RolesRulingOut).
            found = new LinkedHashMap<>(found);
            found.values().removeIf(f -> roles.rulesOut(entity, f.entry()));
        }
        if (found.isEmpty() || text == null) {
            return found;
        }
        int teamMentions = 0;
        Set<String> printed = new HashSet<>();
        boolean generic = cues.generic(clean(entity.name()));
        for (Mention m : entity.mentions()) {
            if (entity.type() != EntityType.PERSON && teams.team(text, m.span())) {
                teamMentions++;
            }
            if (generic) {
                String c = cues.countryBefore(text, m, gazetteer);
                if (c != null) {
                    printed.add(c);
                }
            }
        }
        boolean team = TeamCues.mostlyTeam(teamMentions, entity.mentions().size());
        if (!team && !generic) {
            return found;
        }
        Gazetteer curated = gazetteer.curated();
        Map<String, Found> out = new LinkedHashMap<>();
        for (var f : found.entrySet()) {
            GazetteerEntry g = f.getValue().entry();
            if (team && g.type() == EntityType.PLACE) {
                continue;
            }
            if (generic && g.type() == EntityType.ORGANIZATION && curated.byQid(g.qid()).isEmpty()
                    && (g.country().isEmpty() || !dateline.contains(g.country()) && !printed.contains(g.country()))) {
                continue;
            }
            out.put(f.getKey(), f.getValue());
        }
        return out;
    }

    /** The scored candidates of one entity in a given context, best first (for tests and diagnostics). */
    List<Candidate> rank(Entity entity, LinkContext context) {
        return score(entity, candidates(entity), context);
    }

    /**
     * A candidate and how it was found; {@code qualified} when the name opened with the entry's country and the rest
     * matched it ("U.S. Republican Party": that country's "Republican Party").
     */
    private record Found(GazetteerEntry entry, CandidateScorer.Match match, boolean qualified) {
        Found(GazetteerEntry entry, CandidateScorer.Match match) {
            this(entry, match, false);
        }
    }

    /** Candidates by QID, each with the best way it was found. Index lookups only. */
    private Map<String, Found> candidates(Entity entity) {
        Map<String, Found> out = new LinkedHashMap<>();
        String name = clean(entity.name());
        String nameKey = Gazetteer.normalise(name);
        boolean homonym = homonyms.contains(nameKey);
        // Each name is normalised once and looked up by its key (normalising is most of a lookup's cost).
        for (GazetteerEntry g : gazetteer.lookupKey(nameKey)) {
            boolean label = Gazetteer.normalise(g.label()).equals(nameKey);
            put(out, g, homonym ? CandidateScorer.Match.SHORT
                    : label ? CandidateScorer.Match.LABEL : CandidateScorer.Match.ALIAS);
        }
        if (entity.type() == EntityType.ORGANIZATION && TeamCues.TEAM_RULES.stream().anyMatch(entity::decidedBy)) {
            // A team of the story ("Arsenal", "Liverpool" beating someone): a club of the sports-clubs layer, which
            // only a name typed as a team may find (elsewhere "Everton" is a given name and "Liverpool" the city).
            // A town's name is as good as the club's own when one club alone bears it ("Tottenham"), a short name
            // when several do ("Manchester").
            List<GazetteerEntry> clubs = gazetteer.lookupClubs(name);
            List<GazetteerEntry> towns = clubs.stream().filter(g -> !isFullName(g, nameKey)).toList();
            for (GazetteerEntry g : clubs) {
                put(out, g, towns.size() == 1 || !towns.contains(g) ? CandidateScorer.Match.ALIAS
                        : CandidateScorer.Match.SHORT);
            }
        }
        if (!out.isEmpty() && !homonym) {
            keepArticleAsPrinted(out, name);
            return out; // the fullest name found something: shorter mentions would only add noise
        }
        if (!homonym && entity.type() == EntityType.ORGANIZATION) {
            // "U.S. Republican Party": the rest of the name, among the bodies of the country it opens with only.
            MentionCues.Qualified q = cues.countryPrefix(name, gazetteer);
            if (q != null) {
                for (GazetteerEntry g : gazetteer.lookup(q.rest())) {
                    if (g.type() == EntityType.ORGANIZATION && g.country().equals(q.country())) {
                        out.put(g.qid(), new Found(g, CandidateScorer.Match.ALIAS, true));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        if (homonym) {
            // A homonym's full-name matches count as short names, so entries holding it as a short name
            // ("Washington" for the US capital) compete with them on the same footing.
            for (GazetteerEntry g : gazetteer.lookupShortKey(nameKey)) {
                put(out, g, CandidateScorer.Match.SHORT);
            }
            return out;
        }
        // Other mentions are looked up in the hand-checked layer only: the open-data layer's many names would
        // match the parts of longer names ("San José" of "San José Mine", "Workers' Party" of another party).
        Gazetteer curated = gazetteer.curated();
        for (Mention m : entity.mentions()) {
            String textKey = Gazetteer.normalise(clean(m.text()));
            for (GazetteerEntry g : curated.lookupKey(textKey)) {
                if (!givenNamesConflict(entity, name, g)) {
                    put(out, g, homonyms.contains(textKey) ? CandidateScorer.Match.SHORT : CandidateScorer.Match.MENTION);
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        // A surname or a bare "Aleppo" may be a short name; a fuller name that matched nothing must not
        // fall back to its surname ("John Smith" is not Senator Adrian Smith).
        if (!nameKey.isEmpty() && !nameKey.contains(" ")) {
            List<GazetteerEntry> shorts = gazetteer.lookupShortKey(nameKey);
            // "GOP", "NIH": an acronym that one entry alone gives as its short name is as good as an alias of it.
            CandidateScorer.Match match = shorts.size() == 1 && ACRONYM.matcher(name).matches()
                    ? CandidateScorer.Match.ALIAS : CandidateScorer.Match.SHORT;
            for (GazetteerEntry g : shorts) {
                put(out, g, match);
            }
        }
        if (out.isEmpty() && online != null && askOnline(entity, nameKey, homonym)) {
            for (GazetteerEntry g : online.lookup(name)) {
                put(out, g, Gazetteer.normalise(g.label()).equals(nameKey)
                        ? CandidateScorer.Match.LABEL : CandidateScorer.Match.ALIAS);
            }
        }
        return out;
    }

    /** Whether {@code key} is the label or an alias of {@code g}, not only a short name. */
    private static boolean isFullName(GazetteerEntry g, String key) {
        return Gazetteer.normalise(g.label()).equals(key)
                || g.aliases().stream().anyMatch(a -> Gazetteer.normalise(a).equals(key));
    }

    private static final Pattern OPENING_ARTICLE = Pattern.compile("^(?:al|el)[ -]");

    /**
     * Name keys leave out an "al"/"el" article ("El Salvador" and "Salvador" share a key, as "al-Qaeda" and "Qaeda"
     * do, because sources print it or not). When an entry bears the name as printed, article and all, the entries
     * the key alone found with the article the other way ("Salvador", Brazil, for "El Salvador"; "El Salvador" for
     * "Salvador") are other places.
     */
    private static void keepArticleAsPrinted(Map<String, Found> out, String name) {
        String printed = plain(name);
        boolean article = OPENING_ARTICLE.matcher(printed).find();
        java.util.function.Predicate<GazetteerEntry> asPrinted = g -> plain(g.label()).equals(printed)
                || g.aliases().stream().anyMatch(a -> plain(a).equals(printed));
        if (out.values().stream().noneMatch(f -> asPrinted.test(f.entry()))) {
            return;
        }
        out.values().removeIf(f -> !asPrinted.test(f.entry())
                && java.util.stream.Stream.concat(java.util.stream.Stream.of(f.entry().label()), f.entry().aliases().stream())
                        .allMatch(n -> OPENING_ARTICLE.matcher(plain(n)).find() != article));
    }

    /** Lower case without accents, hyphens read as spaces: how two printings of one name compare here. */
    private static String plain(String s) {
        return Slugs.fold(s).replace('-', ' ').strip();
    }

    /**
     * Whether a person named in full in the article and a person entry found by one of the mention's shorter forms
     * have different given names: "Bill Green" whose "Chairman Green" matches Al Green, "Hillary Clinton" whose
     * "Clinton" matches Bill Clinton are other people of the same surname.
     */
    static boolean givenNamesConflict(Entity entity, String name, GazetteerEntry g) {
        if (entity.type() != EntityType.PERSON || g.type() != EntityType.PERSON) {
            return false;
        }
        String[] mine = name.strip().split("\\s+");
        String[] theirs = g.label().strip().split("\\s+");
        return mine.length >= 2 && theirs.length >= 2
                && !Gazetteer.normalise(mine[0]).equals(Gazetteer.normalise(theirs[0]));
    }

    /**
     * Whether an entity the gazetteer lacks is worth an online lookup. Only its fullest name is asked
     * (one request per entity, not per mention); not a homonym (the gazetteer already says it usually
     * means something else); not a one-word person name, which is a bare surname that Wikidata would
     * answer with a family-name item or whoever is most famous.
     */
    private static boolean askOnline(Entity entity, String nameKey, boolean homonym) {
        if (homonym || nameKey.length() < 2) {
            return false;
        }
        return entity.type() != EntityType.PERSON || nameKey.contains(" ");
    }

    private static void put(Map<String, Found> out, GazetteerEntry g, CandidateScorer.Match match) {
        Found old = out.get(g.qid());
        if (old == null || old.match().weight < match.weight) {
            out.put(g.qid(), new Found(g, match));
        }
    }

    private List<Candidate> score(Entity entity, Map<String, Found> found, LinkContext context) {
        List<Candidate> out = new ArrayList<>();
        boolean onlyCandidate = found.size() == 1;
        for (Found f : found.values()) {
            if (f.match() == CandidateScorer.Match.SHORT && !context.supports(f.entry())) {
                continue; // a short name alone is never enough
            }
            double score = scorer.score(entity.type(), f.entry(), f.match(), context);
            if (onlyCandidate && (f.qualified()
                    || CandidateScorer.namesOneBody(entity.type(), clean(entity.name()), f.entry(), f.match()))) {
                score = Math.max(score, scorer.scoreOfOneBody(f.match()));
            }
            out.add(new Candidate(f.entry(), f.match(), score));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /** The one confident candidate of those scored, best first, or null (NIL). */
    private Candidate decide(List<Candidate> ranked) {
        if (ranked.isEmpty() || ranked.get(0).score() < NIL_THRESHOLD) {
            return null;
        }
        Candidate best = standIn(ranked);
        for (Candidate rival : ranked) {
            if (rival == best) {
                continue;
            }
            if (rival.score() <= best.score() - AMBIGUITY_MARGIN) {
                break;
            }
            if (!yields(rival, best)) {
                return null;
            }
        }
        return best;
    }

    /**
     * Between namesakes that score alike, the one whose country the entity's neighbours belong to: the places and bodies
     * linked by their names alone in the sentences where the entity is named ("concerts in Moscow and Saint
     * Petersburg" is Russia's, though the article names the United States too). Only when exactly one of the
     * namesakes within {@link #AMBIGUITY_MARGIN} of the best is of such a country; otherwise NIL, as before.
     */
    private static Candidate namesakeOfTheNeighbours(List<Candidate> ranked, Set<String> neighbours) {
        if (neighbours.isEmpty() || ranked.size() < 2 || ranked.get(0).score() < NIL_THRESHOLD) {
            return null;
        }
        double floor = ranked.get(0).score() - AMBIGUITY_MARGIN;
        List<Candidate> near = ranked.stream().filter(c -> c.score() > floor).toList();
        List<Candidate> ofNeighbours = near.stream()
                .filter(c -> c.score() >= NIL_THRESHOLD && neighbours.contains(c.entry().countryOrSelf())).toList();
        return ofNeighbours.size() == 1 ? ofNeighbours.get(0) : null;
    }

    /** The least prior (rank 10,000 of the notable-people layer) of a person a story names by surname alone. */
    static final double MIN_PRIOR_OF_A_SURNAME = 0.5;

    /**
     * The famous person a story names only by a surname ("Gorbachev", "Warhol", "Scalia"): a story names anyone
     * else in full at least once, so a surname that never comes with a given name is a name the reader is expected
     * to know. Linked when the gazetteer gives the surname (as a short name) to one person of no country (the
     * notable-people layer) of prior {@value #MIN_PRIOR_OF_A_SURNAME} or more, and to no other person within
     * {@link #AMBIGUITY_MARGIN} of that prior ("Marx" is Karl Marx, ranked far above Groucho; "Bush" is neither
     * President Bush), and the surname is not also a given name ("Francis", "Jordan"): a lone given name is someone
     * the story knows by it. People of a country need the article's support, as any short name does, and so only
     * those of the article's countries are rivals: a legislator of the British Virgin Islands does not make "Romney"
     * doubtful in a story about the United States.
     */
    private Candidate famousBearerOfTheSurname(Entity entity, java.util.Collection<Found> found, LinkContext context) {
        String name = clean(entity.name());
        if (entity.type() != EntityType.PERSON || name.contains(" ") || GIVEN_NAMES.contains(name)
                || entity.mentions().stream().anyMatch(m -> clean(m.text()).contains(" "))) {
            return null;
        }
        List<GazetteerEntry> people = found.stream().filter(f -> f.match() == CandidateScorer.Match.SHORT)
                .map(Found::entry).filter(g -> g.type() == EntityType.PERSON)
                .filter(g -> g.country().isEmpty() || context.supports(g))
                .sorted(Comparator.comparingDouble(GazetteerEntry::prior).reversed()).toList();
        if (people.isEmpty()) {
            return null;
        }
        GazetteerEntry best = people.get(0);
        if (!best.country().isEmpty() || best.prior() < MIN_PRIOR_OF_A_SURNAME
                || people.size() > 1 && people.get(1).prior() > best.prior() - AMBIGUITY_MARGIN) {
            return null;
        }
        // A surname alone is the least evidence that links: its confidence is the threshold's.
        return new Candidate(best, CandidateScorer.Match.SHORT, NIL_THRESHOLD);
    }

    /**
     * The one entry that bears a place's or a body's name of two words or more, when the article's countries do not
     * contradict it ({@link CandidateScorer#namesOnePlaceOrBody}). Asked only once the article's countries are known,
     * and its links add none: a little-known strait is no evidence of where the story is set.
     */
    private Candidate onlyBearerOfTheName(Entity entity, List<Candidate> ranked, LinkContext context) {
        if (ranked.size() != 1) {
            return null;
        }
        Candidate only = ranked.get(0);
        if (!scorer.namesOnePlaceOrBody(entity.type(), clean(entity.name()), only.entry(), only.match(), context)) {
            return null;
        }
        return new Candidate(only.entry(), only.match(), Math.max(only.score(), scorer.scoreOfOneBody(only.match())));
    }

    /** The countries of the entities linked by name alone ({@code sure}) named in a sentence where the entity is. */
    private static Set<String> neighbourCountries(Entity entity, Map<Entity, String> sure, Article article) {
        if (article == null) {
            return Set.of();
        }
        String text = article.text();
        // A mention outside the text (hand-built annotations) has no sentence to read: it stands for itself.
        List<Span> sentences = entity.mentions().stream()
                .map(m -> m.span().end() > text.length() ? m.span() : Sentences.around(text, m.span())).toList();
        Set<String> out = new HashSet<>();
        for (var s : sure.entrySet()) {
            if (s.getKey() != entity && s.getKey().mentions().stream()
                    .anyMatch(m -> sentences.stream().anyMatch(p -> p.contains(m.span())))) {
                out.add(s.getValue());
            }
        }
        return out;
    }

    /**
     * The candidate that stands for the best one and the places on the same ground as it: sources list a city, its
     * municipality or district, and a territory of the same name as separate items a few kilometres apart
     * ("Hong Kong" the territory and its urban area); the hand-checked one among them, if any, is what news means.
     */
    private Candidate standIn(List<Candidate> ranked) {
        Candidate best = ranked.get(0);
        if (gazetteer.curated().byQid(best.entry().qid()).isPresent()) {
            return best;
        }
        for (Candidate c : ranked) {
            if (c.score() <= best.score() - AMBIGUITY_MARGIN) {
                break;
            }
            if (c != best && sameGround(c.entry(), best.entry())
                    && gazetteer.curated().byQid(c.entry().qid()).isPresent()) {
                return c;
            }
        }
        return best;
    }

    /**
     * Whether {@code rival} is a namesake that yields to {@code best}:
     * <ul>
     * <li>a place of the same country whose prior the build lowered because a better-known place of that country has
     * its name (a province named after its capital, a county after its town): the name means the better-known place;
     * <li>a place on the same ground ({@link #SAME_GROUND_KM}): a city and its municipality are one place to a reader;
     * <li>a place of a tenth of the population or less than a city of the same name ({@link #FAR_BETTER_KNOWN} of
     * prior): a bare "Austin" is the state capital, not a town of 25,000 in another state. Context that points to
     * the small town (its country or region in the article) has already raised its score above the margin;
     * <li>a place inside the country whose label the name is, found by an alias only: a bare "Panama" is the country,
     * not Panama City, which some sources also call so.
     * </ul>
     */
    private static boolean yields(Candidate rivalCandidate, Candidate bestCandidate) {
        GazetteerEntry rival = rivalCandidate.entry();
        GazetteerEntry best = bestCandidate.entry();
        if (rival.type() != EntityType.PLACE || best.type() != EntityType.PLACE) {
            return false;
        }
        if (bestCandidate.match() == CandidateScorer.Match.LABEL && rivalCandidate.match() != CandidateScorer.Match.LABEL
                && rival.country().equals(best.qid())) {
            return true;
        }
        if (!rival.country().isEmpty() && rival.country().equals(best.countryOrSelf())
                && rival.prior() <= OpenDataImporter.NAMESAKE_PRIOR && best.prior() > OpenDataImporter.NAMESAKE_PRIOR) {
            return true;
        }
        return sameGround(rival, best) || isSettlement(best) && best.prior() >= rival.prior() + FAR_BETTER_KNOWN;
    }

    /** Places closer than this are taken for one place on the ground. */
    static final double SAME_GROUND_KM = 30;

    /** A prior this much higher is a tenfold population ({@link org.dateline.link.Popularity}). */
    static final double FAR_BETTER_KNOWN = 0.2;

    private static boolean sameGround(GazetteerEntry a, GazetteerEntry b) {
        return a.type() == EntityType.PLACE && b.type() == EntityType.PLACE
                && a.latitude() != null && b.latitude() != null && a.longitude() != null && b.longitude() != null
                && kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude()) < SAME_GROUND_KM;
    }

    private static boolean isSettlement(GazetteerEntry e) {
        return e.subtype().equals("city") || e.subtype().equals("capital");
    }

    /** Great-circle distance (haversine, mean Earth radius). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Countries of the dateline's place and region, when their names are unambiguous. */
    private Set<String> datelineCountries(Article article) {
        Set<String> out = new HashSet<>();
        Dateline d = article == null ? null : article.dateline();
        if (d == null) {
            return out;
        }
        for (String name : new String[] {d.place(), d.region()}) {
            if (name == null) {
                continue;
            }
            Set<String> cs = new HashSet<>();
            for (GazetteerEntry g : gazetteer.lookup(name)) {
                cs.add(g.countryOrSelf());
            }
            if (cs.size() == 1 && !cs.contains("")) {
                out.addAll(cs);
            }
        }
        return out;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$"); // compiled once, not per call

    /** Drops a possessive and surrounding punctuation that extraction may leave on a name. */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        // Without an apostrophe there is no possessive to drop: most names skip the matcher.
        return t.indexOf('\'') < 0 && t.indexOf('’') < 0 ? t : POSSESSIVE.matcher(t).replaceAll("");
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
