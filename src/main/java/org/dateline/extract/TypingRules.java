package org.dateline.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.knowledge.Gazetteer;
import org.dateline.knowledge.GazetteerEntry;
import org.dateline.model.EntityType;

/**
 * The named sieves that type a capitalised name from its own words and the words around it, in the order they
 * are asked: the first that applies decides, and its {@link Decision} names it and the evidence it read. The
 * order runs from the surest evidence (a known place, a keyword inside the name) to the weakest (a verb of saying
 * after a lone word). Each rule is general: it reads a kind of cue whose words are data
 * ({@code data/lexicon/}), never a name of one article.
 */
final class TypingRules {
    /** One sieve: reads a name in context and decides its type, or says nothing. */
    interface TypingRule {
        Optional<Decision> apply(NameContext n);

        default String name() {
            return getClass().getSimpleName();
        }
    }

    /** Every rule, in the order they are asked. */
    static final List<TypingRule> ALL = List.of(new StockTicker(), new PartyMembers(), new PartyBeforeRole(), new KnownPlace(), new SeatInBrackets(),
            new CompassBeforeKnownPlace(), new NumberedRoad(), new Acronym(), new UniversityCampus(),
            new SpeakingBuilding(), new BuildingAfterLocative(), new FaithBody(), new SpotNamedAfterBody(),
            new OrganisationKeyword(), new PlaceKeyword(), new BodyNamedForCountry(), new ListBeforePluralKeyword(),
            new TeamOfPlace(), new PlaceOpener(), new ExampleOfKind(),
            new BodyNounAfter(), new BodyInApposition(), new RoleBefore(), new AppositiveBefore(), new InitialsBeforeAName(),
            new GivenName(),
            new KnownBodyByFullName(), new NameParticle(), new HyphenatedSyllable(), new DoubleBarrelledSurname(), new RelativeClauseThenSaying(),
            new AppositiveAfterOrSaidBefore(), new SpeakerAfterQuote(), new MemberOfBody(), new CreditBefore(), new AgeAfter(),
            new KnownToGazetteer(), new CamelCaseName(), new FirmOfPartners(), new EmployerAfterRole(), new SequenceModel(),
            new WorldPlace(),
            new PlaceNounAfter(), new PlaceCueBefore(), new AffiliationAfter(), new SpeakerFullName(), new LoneSpeaker(),
            new NeighbourCue(), new KnownClub(), new KnownBody(), new KnownOpenDataPlace(), new KnownSurname());

    private TypingRules() { }

    /** The first decision of the rules, in order; empty when none applies (the name stays untyped). */
    static Optional<Decision> decide(NameContext n) {
        for (TypingRule rule : ALL) {
            Optional<Decision> d = rule.apply(n);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * The vote that types the name before any decider: the first, but for PlacesDoNotSpeak ("Rokeya Begum-Sheuli said
     * her son …": a full name that speaks is a person's when only the sequence model called it a place).
     */
    static Decision firstVote(List<Decision> votes) {
        Decision first = votes.get(0);
        if (first.type() == EntityType.PLACE && first.rule().equals(SequenceModel.NAME)) {
            for (Decision d : votes) {
                if (d.rule().equals(SPEAKER_FULL_NAME)) {
                    return d;
                }
            }
        }
        return first;
    }

    private static final String SPEAKER_FULL_NAME = SpeakerFullName.class.getSimpleName();

    /** What every rule says of the name, in order (the first is {@link #decide}'s): the votes a learned decider weighs. */
    static List<Decision> votes(NameContext n) {
        List<Decision> out = new java.util.ArrayList<>();
        for (TypingRule rule : ALL) {
            rule.apply(n).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Decision> decided(EntityType type, TypingRule rule, String evidence) {
        return Optional.of(Decision.of(type, rule.name(), evidence));
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** A place cue ("in ", "the town of ", "in northern ") ends the text before the name. */
    static boolean placeCueBefore(NameContext n) {
        return n.cues.placeBefore.find(n.before) && employerBefore(n) == null;
    }

    /**
     * The role before at or with that ends the text before the name ("chief economist at "), or null: the name
     * after it is where the person works, not where something happens.
     */
    static String employerBefore(NameContext n) {
        String b = n.before.stripTrailing();
        if (!b.endsWith(" at") && !b.endsWith(" with") && !b.endsWith(" the")) {
            return null;
        }
        Matcher m = n.cues.employerBefore.matcher(n.before);
        return m.find() && !n.cues.noEmployer.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group(1) : null;
    }

    /**
     * A place the lexicon knows by name ({@code place-names.tsv}); a seat of power ("White House", "Kremlin") names
     * its body when it acts and the place after a locative ("at the White House").
     */
    static final class KnownPlace implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            Lexicon.Place p = n.lex.placeByKey(n.placeKey);
            // "Ala." is Alabama; "Ala" with no full stop may be a name. "B.C." is British Columbia; "500 BC", printed as
            // lexicon/non-name-acronyms.txt lists it, is an era.
            if (p == null || n.lex.dottedOnlyByKey(n.placeKey) && !n.after.startsWith(".")
                    || n.lex.nonNameAcronyms.contains(n.c.text)) {
                return Optional.empty();
            }
            // "reporters at the Pentagon": a known place after a role and "at" is still where they are.
            boolean locative = n.cues.placeBefore.find(n.before) || n.before.endsWith("of the ")
                    || n.before.endsWith("from the ") && !n.cues.voiceFrom.matcher(n.before).find();
            EntityType type = "seat".equals(p.kind()) && !locative ? EntityType.ORGANIZATION : EntityType.PLACE;
            return Optional.of(Decision.of(type, name(), quoted(p.name()) + " " + p.kind() + " in lexicon/place-names.tsv")
                    .withCanonical(p.name()));
        }
    }

    /**
     * "ExxonMobil", "SaskTel", "JetBlue", "BirdLife Tasmania": a name whose first word is made of two capitalised parts
     * is how companies, services, brands and charities are named; people and places are not, but for the surname and
     * given-name starts listed as {@code inner-capital-prefix} ("McConnell", "DeSantis", "LaGuardia"). Words of three
     * parts or more ("RecentChangesCamp", "BooleanPolygonConstraint") are more often identifiers, user names or titles.
     */
    static final class CamelCaseName implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            String w = n.w.get(0);
            int inner = innerCapital(w);
            if (inner == 0 || n.cues.innerCapitalPrefixes.contains(w.substring(0, inner))) {
                return Optional.empty();
            }
            return decided(EntityType.ORGANIZATION, this, quoted(w) + " is two capitalised parts");
        }

        /**
         * Where the one capital that follows a lower-case letter stands in a capitalised word of letters only; 0 when
         * no capital or more than one does.
         */
        static int innerCapital(String w) {
            if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
                return 0;
            }
            int at = 0;
            for (int i = 1; i < w.length(); i++) {
                char ch = w.charAt(i);
                if (!Character.isLetter(ch)) {
                    return 0;
                }
                if (i >= 2 && Character.isUpperCase(ch) && Character.isLowerCase(w.charAt(i - 1))) {
                    if (at > 0) {
                        return 0;
                    }
                    at = i;
                }
            }
            return at;
        }
    }

    /**
     * "Pratt & Whitney", "Marks & Spencer", "Procter & Gamble": an ampersand inside a name is how firms and
     * partnerships are named (the recogniser joins "X & Y" only when it reads as one).
     */
    static final class FirmOfPartners implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            return n.w.contains("&") ? decided(EntityType.ORGANIZATION, this, "an ampersand inside the name")
                    : Optional.empty();
        }
    }

    /** "North Africa", "Eastern Ukraine", "West Cumbria": a compass word before a known place is still a place. */
    static final class CompassBeforeKnownPlace implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            String rest = n.size() >= 2 ? String.join(" ", n.w.subList(1, n.size())) : "";
            if (n.size() >= 2 && n.cues.compass.contains(n.w.get(0))
                    && (n.lex.knownPlace(rest) || placeToOpenData(n, rest))) {
                return decided(EntityType.PLACE, this, quoted(n.w.get(0)) + " " + n.cues.where(NameCues.Kind.COMPASS, n.w.get(0)));
            }
            return Optional.empty();
        }

        /** Whether the open-data gazetteer knows the name only as places, a county or larger ("Cumbria"). */
        private static boolean placeToOpenData(NameContext n, String name) {
            List<GazetteerEntry> hits = n.knownToOpenData(name);
            return knownOnlyAs(EntityType.PLACE, hits) && hits.stream().anyMatch(e -> e.prior() >= KnownBody.MIN_COMPANY_PRIOR);
        }
    }

    /**
     * "Tacoma Tides", "Eugene Timbers", "Spokane Rivermen": a known city or country followed by one capitalised plural
     * is how clubs are named; a plural that makes places ("Heights", "Rivers") or a surname ("Jordan Adams": no
     * ordinary word) does not count.
     */
    static final class TeamOfPlace implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() < 2 || n.size() > 4) {
                return Optional.empty();
            }
            String last = n.last();
            String place = String.join(" ", n.w.subList(0, n.size() - 1));
            if (!pluralNoun(n.lex, last) || n.lex.placeNameKeywords.contains(last)
                    || n.lex.placeNameKeywords.contains(last.substring(0, last.length() - 1))
                    || !n.lex.knownPlace(place)) {
                return Optional.empty();
            }
            return decided(EntityType.ORGANIZATION, this, quoted(place) + " a known place, " + quoted(last) + " a plural");
        }

        /** "Tides" (tide), "Foxes", "Grizzlies", "Rivermen", "Sounders": an ordinary word's plural, or people's. */
        private static boolean pluralNoun(Lexicon lex, String w) {
            if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.endsWith("men")) {
                return true;
            }
            if (!lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("'s")) {
                return false;
            }
            String stem = lower.substring(0, lower.length() - 1);
            return lower.endsWith("ers") || lex.commonWords.contains(stem) || endsWithAWord(lex, stem)
                    || lower.endsWith("es") && lex.commonWords.contains(lower.substring(0, lower.length() - 2))
                    || lower.endsWith("ies") && lex.commonWords.contains(lower.substring(0, lower.length() - 3) + "y");
        }

        /** "Blackhawks" (hawk), "Firestorms" (storm): a compound whose last part, of four letters or more, is a word. */
        private static boolean endsWithAWord(Lexicon lex, String stem) {
            for (int i = 1; i + 4 <= stem.length(); i++) {
                if (lex.commonWords.contains(stem.substring(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * "P.K. Babu", "A.P.J. Abdul Kalam", "O.J. Simpson": dotted initials (two or three letters, not a place's) then one
     * to three capitalised words that are neither places, bodies' keywords nor ordinary words: a person named by
     * initials and name, as South Asian news prints them ("D.C. Circuit" is no one's).
     */
    static final class InitialsBeforeAName implements TypingRule {
        private static final Pattern DOTTED = Pattern.compile("(?:\\p{Lu}\\.){2,3}");

        static boolean matches(Lexicon lex, List<String> w) {
            if (w.size() < 2 || w.size() > 4 || !DOTTED.matcher(w.get(0)).matches() || lex.place(w.get(0)) != null) {
                return false;
            }
            for (String x : w.subList(1, w.size())) {
                if (!Character.isUpperCase(x.charAt(0)) || lex.place(x) != null || lex.orgKeywords.contains(x)
                        || lex.isOrdinaryWord(x)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Optional<Decision> apply(NameContext n) {
            return matches(n.lex, n.w) ? decided(EntityType.PERSON, this, "dotted initials, then a name") : Optional.empty();
        }
    }

    /** "Interstate 235", "U.S. Route 66": a road word of {@code road-words.txt} and its number name a road, a place. */
    static final class NumberedRoad implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() >= 2 && n.last().chars().allMatch(Character::isDigit)
                    && n.lex.roadWords.contains(n.w.get(n.size() - 2))) {
                return decided(EntityType.PLACE, this, quoted(n.w.get(n.size() - 2)) + " in lexicon/road-words.txt and a number");
            }
            return Optional.empty();
        }
    }

    /** "UN", "U.S.", "NATO": an acronym names a body, unless the lexicon says it names none ("GDP", "CEO"). */
    static final class Acronym implements TypingRule {
        static final Pattern SHAPE = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}{2,6}s?|\\p{Lu}\\p{Ll}?\\p{Lu}{1,4}");
        /** "CDs", "NGOs", "MPs": an acronym in the plural names things or people of a kind, never one body. */
        static final Pattern PLURAL = Pattern.compile("\\p{Lu}{2,6}s");

        /** Letters an ordinary word needs before its capitals are read as shouting, not initials ("AT", "US" are not). */
        private static final int SHOUTED_WORD_LETTERS = 4;

        /**
         * "GOALS Collingwood: Gale 4", "EDITORS' PICK", "it was NOT fair": an ordinary word printed in capitals (a
         * label, emphasis) spells no initials, unless a well-known body bears it ("WHO").
         */
        private static boolean shoutedWord(NameContext n, String w) {
            return w.length() >= SHOUTED_WORD_LETTERS && w.chars().allMatch(Character::isLetter)
                    && n.lex.isOrdinaryWord(w) && n.gazetteer().curated().lookup(w).isEmpty()
                    && n.gazetteer().lookupShortKey(Gazetteer.normalise(w)).stream()
                            .noneMatch(e -> e.type() != EntityType.PERSON && e.prior() >= KnownBody.MIN_PRIOR)
                    && n.knownToOpenData(w).stream().noneMatch(e -> e.prior() >= KnownBody.MIN_PRIOR);
        }

        static boolean isAcronym(String w) {
            return SHAPE.matcher(w).matches() && w.chars().filter(Character::isUpperCase).count() >= 2;
        }

        @Override
        public Optional<Decision> apply(NameContext n) {
            // "BBC Scotland", "NHS England": a body's branch named by the land it serves.
            if (n.size() >= 2 && isAcronym(n.w.get(0)) && n.lex.place(n.w.get(0)) == null
                    && !n.lex.nonNameAcronyms.contains(n.w.get(0)) && !shoutedWord(n, n.w.get(0))
                    && n.lex.place(n.last()) != null) {
                return decided(EntityType.ORGANIZATION, this, quoted(n.w.get(0)) + " an acronym before a known place");
            }
            if (n.size() == 1 && !isAcronym(n.c.text) && spellsTheNameBefore(n)) {
                return Optional.of(Decision.of(EntityType.ORGANIZATION, name(), quoted(n.c.text)
                        + " in parentheses spells the initials of the name before it").with(Decision.Flag.ACRONYM));
            }
            if (n.size() != 1 || !isAcronym(n.c.text)) {
                return Optional.empty();
            }
            if (PLURAL.matcher(n.c.text).matches()) {
                return Optional.of(Decision.of(null, name(), quoted(n.c.text) + " a plural: things of a kind, not one body")
                        .with(Decision.Flag.ACRONYM));
            }
            // "G.D.P.", "B.C.E.": printed with full stops, a listed abbreviation is still no name.
            boolean none = n.lex.stopWords.contains(n.c.text) || n.lex.nonNameAcronyms.contains(n.c.text)
                    || n.lex.nonNameAcronyms.contains(n.c.text.replace(".", ""));
            String why = none ? quoted(n.c.text) + " in lexicon/non-name-acronyms.txt or stop-words.txt"
                    : shoutedWord(n, n.c.text) ? quoted(n.c.text) + " an ordinary word in capitals" : null;
            return Optional.of(Decision.of(why != null ? null : EntityType.ORGANIZATION, name(),
                    why != null ? why : "acronym shape").with(Decision.Flag.ACRONYM));
        }
    }

    /**
     * "Acme (ACME.N)", "Acme (NYSE: ACM)": a stock ticker right after a name makes it a listed company, whatever else
     * the name could be (Toyota is also a city). Asked first.
     */
    static final class StockTicker implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            Matcher ticker = n.cues.tickerAfter.matcher(n.after);
            if (!ticker.lookingAt()) {
                return Optional.empty();
            }
            return decided(EntityType.ORGANIZATION, this, quoted(ticker.group().strip()) + " after it, a stock ticker ("
                    + NameCues.FILE + ")");
        }
    }

    /**
     * "Democrats said the bill was dead", "the Conservatives called for ...": a party's members named in the plural
     * stand for the party, a body, under its name ({@code lexicon/party-members.tsv}).
     */
    static final class PartyMembers implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            String party = n.lex.partyMembers.get(n.c.text);
            if (party == null) {
                return Optional.empty();
            }
            return Optional.of(Decision.of(EntityType.ORGANIZATION, name(), quoted(n.c.text) + " the members of "
                    + quoted(party) + " (lexicon/party-members.tsv)").withCanonical(party));
        }
    }

    /**
     * "a Labour councillor", "Green councillor Màiri Nic Leòid", "Conservative group leader": a party's adjective
     * before a political role (a role noun of one or two words, or a title) stands for the party, a body, under its
     * name ({@code lexicon/party-adjectives.tsv}).
     */
    static final class PartyBeforeRole implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            String party = n.lex.partyAdjectives.get(n.c.text);
            List<String> after = n.afterWords();
            if (party == null || after.isEmpty() || !n.after.startsWith(" ")) {
                return Optional.empty();
            }
            String one = after.get(0).toLowerCase(java.util.Locale.ROOT);
            boolean role = n.lex.roleNouns.contains(one) || n.lex.titles.contains(after.get(0))
                    || after.size() > 1 && n.lex.roleNouns.contains(one + " " + after.get(1).toLowerCase(java.util.Locale.ROOT));
            if (!role) {
                return Optional.empty();
            }
            return Optional.of(Decision.of(EntityType.ORGANIZATION, name(), quoted(n.c.text) + " before the role "
                    + quoted(after.get(0)) + " (lexicon/party-adjectives.tsv)").withCanonical(party));
        }
    }

    /**
     * "Department for Environment, Food and Rural Affairs (Defra)": a word written in lower case after its capital,
     * in parentheses right after a name, whose letters are the initials of that name's last capitalised words, is
     * the name's short form, as an acronym in capitals is.
     */
    static boolean spellsTheNameBefore(NameContext n) {
        String word = n.c.text;
        if (word.length() < 3 || !n.before.endsWith("(") || !n.after.startsWith(")")) {
            return false;
        }
        String initials = EntityResolver.initials(n.before.substring(0, n.before.length() - 1));
        return initials.endsWith(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** "the Acme University campus": the grounds are a place (while "Acme University said" is the body). */
    static final class UniversityCampus implements TypingRule {
        private static final Pattern CAMPUS_NEXT = Pattern.compile("(?s)^\\s+campus\\b.*");

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() >= 2 && (n.last().equals("University") || n.last().equals("College"))
                    && CAMPUS_NEXT.matcher(n.after).matches()) {
                return decided(EntityType.PLACE, this, "\"campus\" after it");
            }
            return Optional.empty();
        }
    }

    /** "the Palace said", "the Hospital said": a building that speaks is the body inside it. */
    static final class SpeakingBuilding implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() >= 2 && n.cues.speakingBuildings.contains(n.last()) && n.speaks()) {
                return decided(EntityType.ORGANIZATION, this, quoted(n.last()) + " "
                        + n.cues.where(NameCues.Kind.SPEAKING_BUILDING, n.last()) + ", then a verb of saying");
            }
            return Optional.empty();
        }
    }

    /** "at Acme House", "out of the Acme Reception Centre": a building where something happens. */
    static final class BuildingAfterLocative implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            // "at the Kennedy Center" is a venue; "at Good Shepherd Medical Center" a hospital, a body as every gold
            // set reads it: another keyword of a body in the name keeps it one.
            // "at the National Snow and Ice Data Center": a name joining its subjects with "and" is an institute's.
            if (n.size() >= 2 && n.cues.buildingOrBody.contains(n.last()) && !n.speaks()
                    && n.cues.locativeBefore.matcher(n.before).find()
                    && n.w.subList(0, n.size() - 1).stream().noneMatch(n.lex.orgKeywords::contains)
                    && !n.w.contains("and")) {
                return decided(EntityType.PLACE, this, quoted(n.last()) + " " + n.cues.where(NameCues.Kind.BUILDING_OR_BODY, n.last())
                        + " after a locative");
            }
            return Optional.empty();
        }
    }

    /**
     * "the Catholic Church", "the Eastern Orthodox Church": a faith's adjectives before a {@code faith-body} word name
     * the faith's body, not a building ("St. Mary's Church", "First Lutheran Church" stay places): every word before
     * it is a religion or denomination ({@code lexicon/group-adjectives.txt}), a demonym or a compass word.
     */
    static final class FaithBody implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() < 2 || !n.cues.faithBodies.contains(n.last())) {
                return Optional.empty();
            }
            boolean faith = false;
            for (String w : n.w.subList(0, n.size() - 1)) {
                boolean ofFaith = n.lex.groupAdjectives.contains(w);
                if (!ofFaith && !n.lex.demonyms.containsKey(w) && !n.cues.compass.contains(w)) {
                    return Optional.empty();
                }
                faith |= ofFaith;
            }
            return faith ? decided(EntityType.ORGANIZATION, this, quoted(n.last()) + " after a faith's name "
                    + "(lexicon/group-adjectives.txt)") : Optional.empty();
        }
    }

    /**
     * "outside the Government Palace", "Parliament Square": a building or a spot named after a body is a place,
     * when its last word is a place keyword that is no body's keyword and no division.
     */
    static final class SpotNamedAfterBody implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.endsInPlaceKeyword() && n.size() > 1 && !n.lex.orgKeywords.contains(n.last())
                    && !n.cues.divisions.contains(n.last()) && !personNamedLikeASpot(n) && !bodyOfAPlace(n)) {
                return decided(EntityType.PLACE, this, quoted(n.last()) + " in lexicon/place-keywords.tsv");
            }
            return Optional.empty();
        }

        /**
         * "the University of Cape Coast": a body's keyword before "of" heads the name; the place keyword after it ends
         * the place the body is of.
         */
        private static boolean bodyOfAPlace(NameContext n) {
            int of = n.w.indexOf("of");
            return of > 0 && n.lex.orgKeywords.contains(n.w.get(of - 1));
        }

        /**
         * "said Helen Park, an analyst at …": a given name and a keyword that is also a surname ("Park", "Hall"), quoted
         * or described as a person is, name a person.
         */
        static boolean personNamedLikeASpot(NameContext n) {
            return n.size() == 2 && n.lex.givenNames.contains(n.w.get(0))
                    && new AppositiveAfterOrSaidBefore().apply(n).map(d -> d.type() == EntityType.PERSON).orElse(false);
        }
    }

    /** "Labour Party", "State Department", "Acme Army": a body's keyword inside the name. */
    static final class OrganisationKeyword implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            int hits = n.orgKeywords();
            if (hits == 0 || n.endsInPlaceKeyword() && hits == 1 && n.lex.orgKeywords.contains(n.last())
                    || PlaceOpener.countyAbbreviated(n)) {
                return Optional.empty();
            }
            if (n.size() == 1 && n.generic()) {
                return decided(null, this, quoted(n.c.text) + " alone is a generic word (lexicon/generic-names.txt)");
            }
            String keyword = n.w.stream().filter(n.lex.orgKeywords::contains).findFirst().orElse("");
            return decided(EntityType.ORGANIZATION, this, quoted(keyword) + " in lexicon/org-keywords.txt");
        }
    }

    /**
     * "Health Canada", "Kidney Research UK", "Fáilte Ireland", "Yiaga Africa": words that name no place (no given
     * name or demonym either) and then a country's or a world region's name are a national body's or a firm's name,
     * for people's names do not end in a country and places that do are known by name ("New Guinea", "Mount Lebanon"
     * are the gazetteer's places; compass and direction words and place openers are left out: "Outer Mongolia").
     */
    static final class BodyNamedForCountry implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() < 2) {
                return Optional.empty();
            }
            String last = n.w.get(n.size() - 1);
            Lexicon.Place region = n.lex.place(last);
            boolean continent = region != null && region.kind().equals("region");
            if (!n.lex.isCountry(last) && !continent) {
                return Optional.empty();
            }
            // "Kendall Jordan": a country that is also a surname ends people's names; only ordinary words go before it.
            boolean surname = n.gazetteer().lookupShort(last).stream().anyMatch(e -> e.type() == EntityType.PERSON);
            for (String w : n.w.subList(0, n.size() - 1)) {
                if (surname && !n.lex.isOrdinaryWord(w) || n.lex.place(w) != null || n.cues.compass.contains(w)
                        || n.cues.directions.contains(w)
                        || n.cues.placeOpeners.contains(w)
                        || n.lex.givenNames.contains(w) || n.lex.demonymCountry(w) != null) {
                    return Optional.empty();
                }
            }
            if (n.knownToOpenData().stream().anyMatch(e -> e.type() == EntityType.PLACE)) {
                return Optional.empty();
            }
            return decided(EntityType.ORGANIZATION, this, "words that name no place, then "
                    + quoted(n.lex.place(last).name()) + " (a " + (continent ? "region" : "country")
                    + " in lexicon/place-names.tsv)");
        }
    }

    /**
     * "Perry and Breathitt counties", "the Bulkley and Morice rivers", "Perry, Breathitt, Knott and Letcher counties":
     * names listed before the plural of a place keyword (lexicon/place-keywords.tsv) are each such a place, under the
     * name as printed: a later "Perry County" joins it by its first word, and a list does not say whether each place's
     * own name holds the keyword. The list's structure says the kind outright, so the name decider leaves it.
     */
    static final class ListBeforePluralKeyword implements TypingRule {
        /** The rest of the list after the name (", Knott and Letcher") and the lower-case word that ends it. */
        private static final Pattern REST_THEN_WORD = Pattern.compile(
                "^((?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)\\p{Lu}[\\p{L}’'-]*)*\\s+(\\p{Ll}{3,}s)\\b");
        private static final Pattern LIST_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}’'-]*(?:,|\\s+and|\\s+or)\\s+$");

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() > 2) {
                return Optional.empty();
            }
            Matcher m = REST_THEN_WORD.matcher(n.afterUpTo(120));
            if (!m.find() || m.group(1) == null && !LIST_BEFORE.matcher(n.before).find()) {
                return Optional.empty();
            }
            String plural = m.group(2);
            String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                    : plural.substring(0, plural.length() - 1);
            String keyword = Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
            if (!n.lex.placeNameKeywords.contains(keyword)) {
                return Optional.empty();
            }
            return Optional.of(Decision.of(EntityType.PLACE, name(), "listed before " + quoted(plural)
                    + " (lexicon/place-keywords.tsv)").with(Decision.Flag.STRUCTURAL));
        }
    }

    /** "Borno State", "Acme Province": a place keyword ends the name. */
    static final class PlaceKeyword implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.endsInPlaceKeyword() && n.size() > 1 && !SpotNamedAfterBody.personNamedLikeASpot(n)) {
                return decided(EntityType.PLACE, this, quoted(n.last()) + " in lexicon/place-keywords.tsv");
            }
            return Optional.empty();
        }
    }

    /**
     * "Mount Acme", "Gulf of Acme", "Republic of Ruritania": a natural feature, a fort, or a state's formal name;
     * "Co Monaghan": a county, "County" abbreviated before a place the lexicon or the open-data gazetteer knows.
     */
    static final class PlaceOpener implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            String first = n.w.get(0);
            if (n.size() > 1 && n.cues.placeOpeners.contains(first) && n.orgKeywords() == 0) {
                return decided(EntityType.PLACE, this, quoted(first) + " " + n.cues.where(NameCues.Kind.PLACE_OPENER, first));
            }
            if (countyAbbreviated(n)) {
                return decided(EntityType.PLACE, this, quoted(first) + " " + n.cues.where(NameCues.Kind.COUNTY_ABBREVIATION, first)
                        + " before a known place");
            }
            if (n.size() > 2 && n.cues.stateForms.contains(first) && n.w.get(1).equals("of")
                    && n.lex.place(String.join(" ", n.w.subList(2, n.size()))) != null) {
                return decided(EntityType.PLACE, this, quoted(first) + " " + n.cues.where(NameCues.Kind.STATE_FORM, first));
            }
            return Optional.empty();
        }

        /** Whether the name is a county abbreviation and a place's one-word name known as a place ("Co Monaghan"). */
        static boolean countyAbbreviated(NameContext n) {
            if (n.size() != 2 || !n.cues.countyAbbreviations.contains(n.w.get(0))) {
                return false;
            }
            String place = n.w.get(1);
            return n.lex.knownPlace(place) || knownOnlyAs(EntityType.PLACE, n.knownToOpenData(place));
        }
    }

    /** "the official Acme news agency said", "the Acme company": the noun after the name says what it is. */
    /**
     * "companies such as Acme, Bolt and Crane", "countries including Borduria": a name in a list of examples of a kind
     * of body, place or person ({@code org-kind}, {@code place-kind}, {@code person-kind} in name-cues.tsv) has the
     * kind's type (a Hearst pattern).
     */
    static final class ExampleOfKind implements TypingRule {
        /** How far back the kind noun and the list before the name are looked for. */
        private static final int REACH = 240;

        @Override
        public Optional<Decision> apply(NameContext n) {
            String tail = n.before.substring(Math.max(0, n.before.length() - REACH));
            if (!tail.contains(" as ") && !tail.contains("including ") && !tail.contains("like ")) {
                return Optional.empty();
            }
            Matcher m = n.cues.exampleOfKind.matcher(tail);
            if (!m.find()) {
                return Optional.empty();
            }
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            EntityType type = n.cues.kindType(noun);
            return type == null ? Optional.empty() : decided(type, this, "an example of " + quoted(noun) + " ("
                    + NameCues.FILE + ")");
        }
    }

    static final class BodyNounAfter implements TypingRule {
        private static final Pattern ARTICLE_AT_END = Pattern.compile("(?s).*\\b(?:an?|the)\\s+$");

        @Override
        public Optional<Decision> apply(NameContext n) {
            Matcher m = n.cues.bodyNounAfter.matcher(n.after);
            if (!m.find() || n.generic() || whereTheBodyIs(n)) {
                return Optional.empty();
            }
            return decided(EntityType.ORGANIZATION, this, quoted(m.group().strip()) + " after it (" + NameCues.FILE
                    + ", body-noun-after)");
        }

        /**
         * "the Boise firm", "a London bank", "at St Helier firm Acme": a town after an article or a preposition, before a
         * body noun, says where the body is, not its name.
         */
        private static boolean whereTheBodyIs(NameContext n) {
            if (!ARTICLE_AT_END.matcher(n.before).matches() && !n.lex.subjectBlockers.contains(EndCue.lastWord(n.before))) {
                return false;
            }
            List<GazetteerEntry> known = n.knownToOpenData();
            return n.size() == 1 && n.lex.worldPlace(n.c.text) != null
                    || knownOnlyAs(EntityType.PLACE, known) && mostKnown(known).prior() >= KnownClub.TOWN_PRIOR;
        }
    }

    /** "Glass Orchard, the Portland indie-rock band, ...": a description in apposition that ends in a body noun. */
    static final class BodyInApposition implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            Matcher m = n.cues.bodyInApposition.matcher(n.after);
            if (m.find() && !n.generic()) {
                return decided(EntityType.ORGANIZATION, this, quoted(m.group().substring(1).strip()) + " after it ("
                        + NameCues.FILE + ", body-noun-after)");
            }
            return Optional.empty();
        }
    }

    /** "spokesman Jane Doe", "security chief Kim": a role noun right before the name. */
    static final class RoleBefore implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            Matcher m = n.cues.roleBefore.matcher(n.before);
            if (m != null && m.find() && !NameContext.anyIn(n.w, n.lex.stopWords)) {
                return Optional.of(Decision.of(EntityType.PERSON, name(), quoted(m.group(1)) + " in lexicon/role-nouns.txt")
                        .withRole(m.group(1)));
            }
            return Optional.empty();
        }
    }

    /** "the spokesman for the ministry, Jane Doe": a role phrase and a comma before the name. */
    static final class AppositiveBefore implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            // The phrase and its comma end the text: a text not ending in a comma (most) is no match.
            if (!n.before.stripTrailing().endsWith(",")) {
                return Optional.empty();
            }
            Matcher m = n.cues.appositiveBefore.matcher(n.before);
            if (m.find() && (n.size() > 1 || n.firstIsGivenName())) {
                return Optional.of(Decision.of(EntityType.PERSON, name(), quoted(m.group(1))
                        + " in lexicon/role-nouns.txt, then a comma").withRole(m.group(1)));
            }
            return Optional.empty();
        }
    }

    /**
     * "Jane Doe", "Jane": a given name opens it (a lone given name at a sentence start says nothing); a given name of
     * {@code given-names-in-full.txt} only opens a name of two words or more ("Devin Sauvé", not "Winfield").
     */
    static final class GivenName implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            String list = n.firstIsGivenName() && (n.size() > 1 || !n.c.initial) ? "given-names.txt"
                    : n.size() > 1 && n.lex.givenNamesInFull.contains(n.w.get(0)) ? "given-names-in-full.txt" : null;
            if (list == null || placeOrBodyByName(n)) {
                return Optional.empty();
            }
            return decided(EntityType.PERSON, this, quoted(n.w.get(0)) + " in lexicon/" + list);
        }

        private static boolean placeOrBodyByName(NameContext n) {
            return n.size() >= 2 && placeOrBodyByName(n.lex, n.gazetteer(), n.c.text);
        }

        /**
         * "El Paso", "Al Jazeera": a name that the world-places lexicon lists, or that reference data label a place
         * or body and no person, is not a person's for opening with a given name ("Al", "El").
         */
        static boolean placeOrBodyByName(Lexicon lex, Gazetteer gazetteer, String name) {
            if (lex.worldPlaceByKey(Lexicon.norm(name)) != null) {
                return true;
            }
            List<GazetteerEntry> named = gazetteer.lookup(name).stream()
                    .filter(e -> e.namedExactly(name))
                    .toList();
            return !named.isEmpty() && named.stream().noneMatch(e -> e.type() == EntityType.PERSON);
        }
    }

    /**
     * "Staffan de Mistura", "Ursula von der Leyen": a lower-case particle inside a name makes it a person's,
     * or a place's after a locative ("in Villa de Acme").
     */
    static final class NameParticle implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() < 3) {
                return Optional.empty();
            }
            String particle = n.w.subList(1, n.size() - 1).stream().filter(n.cues.particles::contains).findFirst()
                    .orElse(null);
            if (particle == null) {
                return Optional.empty();
            }
            boolean place = !n.firstIsGivenName() && n.cues.locativeBefore.matcher(n.before).find();
            return decided(place ? EntityType.PLACE : EntityType.PERSON, this, quoted(particle) + " "
                    + n.cues.where(NameCues.Kind.NAME_PARTICLE, particle) + (place ? " after a locative" : ""));
        }
    }

    /** "Kim Jong-un", "Moon Jae-in": a capitalised syllable hyphenated to a lower-case one, in a short name. */
    static final class HyphenatedSyllable implements TypingRule {
        private static final Pattern SYLLABLES = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() >= 2 && n.size() <= 3 && n.w.stream().anyMatch(s -> syllables(n, s))) {
                return decided(EntityType.PERSON, this, "a hyphenated given name");
            }
            return Optional.empty();
        }

        /** "Jong-un", "Seo-yeon": syllables of a given name; "Centre-right", "Left-wing" are compounds of words. */
        private static boolean syllables(NameContext n, String word) {
            return SYLLABLES.matcher(word).matches() && !n.lex.isWordCompound(word);
        }
    }

    /**
     * "Harpreet Sandhu-Mills", "Nana Ama Boakye-Sarfo": two or three words ending in two capitalised names joined by a
     * hyphen are a person's name with a double-barrelled surname, when no word is an ordinary word, a known place or a
     * body's keyword and the gazetteers know no such name ("North Rhine-Westphalia", "Paris Saint-Germain" are not).
     */
    static final class DoubleBarrelledSurname implements TypingRule {
        private static final Pattern DOUBLE = Pattern.compile("(\\p{Lu}[\\p{L}'’]*\\p{Ll})-(\\p{Lu}[\\p{L}'’]*\\p{Ll})");
        private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*");

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() < 2 || n.size() > 3 || n.orgKeywords() > 0) {
                return Optional.empty();
            }
            Matcher m = DOUBLE.matcher(n.last());
            // "Dar Al-Hikma": an article hyphenated to a name opens a body's or a place's name as often as a surname.
            if (!m.matches() || n.lex.knownPlace(m.group(1)) || n.lex.knownPlace(m.group(2))
                    || n.cues.particles.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            for (String w : n.w.subList(0, n.size() - 1)) {
                if (!NAME_WORD.matcher(w).matches() || n.lex.isOrdinaryWord(w) || n.lex.knownPlace(w)) {
                    return Optional.empty();
                }
            }
            if (!n.known().isEmpty() || !n.knownToOpenData().isEmpty()) {
                return Optional.empty();
            }
            return decided(EntityType.PERSON, this, "a double-barrelled surname");
        }
    }

    /** "Jane Doe, who …, said" speaks as a person; "Acme, which …, said" as a body. */
    static final class RelativeClauseThenSaying implements TypingRule {
        static final Pattern RELATIVE_THEN_VERB =
                Pattern.compile("^,\\s+(who|which|whose)\\b[^,;\"“”]{0,120},\\s+(?:also\\s+)?(\\p{Ll}+)");

        @Override
        public Optional<Decision> apply(NameContext n) {
            Matcher rel = RELATIVE_THEN_VERB.matcher(n.afterUpTo(160));
            if (!rel.find() || !n.lex.attributionVerbs.contains(rel.group(2)) || n.generic()) {
                return Optional.empty();
            }
            String evidence = "\", " + rel.group(1) + " …, " + rel.group(2) + "\"";
            String pronoun = rel.group(1);
            boolean personal = n.firstIsGivenName() || n.plainName() && n.orgKeywords() == 0;
            // "whose" serves people and bodies alike: "Keisha Marlowe, whose children …" is a person's plain name.
            if (pronoun.equals("who") && (n.plainName() || n.firstIsGivenName()) || pronoun.equals("whose") && personal) {
                return decided(EntityType.PERSON, this, evidence);
            }
            if (!pronoun.equals("who") && n.size() <= 3 && !(n.c.initial && n.c.text.endsWith("s"))) {
                return decided(EntityType.ORGANIZATION, this, evidence);
            }
            return Optional.empty();
        }
    }

    /** "Jane Doe, a spokesman for …" or "said Jane Doe": a plain two- or three-word name described or quoted. */
    static final class AppositiveAfterOrSaidBefore implements TypingRule {

        @Override
        public Optional<Decision> apply(NameContext n) {
            boolean appositive = n.after.startsWith(",") && n.cues.appositiveAfter.matcher(n.after).find();
            if (appositive && n.size() == 1 && !n.generic()) {
                // "Yusra, a 54-year-old chilli farmer from …, said": one name is a person's when the description
                // gives an age as well as a role.
                Matcher m = n.cues.appositiveAfter.matcher(n.after);
                if (m.find() && SpeakerResolver.RE_AGE.matcher(m.group()).find()) {
                    return decided(EntityType.PERSON, this, "an age and a role noun (lexicon/role-nouns.txt) in the phrase after it");
                }
            }
            if (!n.plainName()) {
                return Optional.empty();
            }
            if (appositive) {
                return decided(EntityType.PERSON, this, "a role noun (lexicon/role-nouns.txt) in the phrase after it");
            }
            Matcher said = n.cues.saidBefore.matcher(n.before);
            // "told reporters in South Grafton": a preposition ending the words after the verb makes the name the place
            // spoken in ("according to" is a cue of its own).
            if (said.find() && (said.group(1).isBlank() || !n.lex.subjectBlockers.contains(lastWord(said.group(1))))) {
                return decided(EntityType.PERSON, this, quoted(said.group().strip()) + " before it (" + NameCues.FILE
                        + ", said-before)");
            }
            return Optional.empty();
        }
    }

    private static String lastWord(String words) {
        String[] w = words.strip().split("\\s+");
        return w[w.length - 1];
    }

    /**
     * "…," said Guilbeault: one name named as the speaker just after a quote closes, ending its clause, is a person's
     * (bodies speak before their quotes or "in a statement"), even when it is also an ordinary word ("says Pall"):
     * a firm cue ({@link NameDecider}). Names a gazetteer knows as bodies or places are left to other rules.
     */
    static final class SpeakerAfterQuote implements TypingRule {
        private static final Pattern QUOTE_CLOSED_BEFORE = Pattern.compile("[,.?!…—-]\\s*[\"”’']+\\s*$");
        private static final Pattern CLAUSE_ENDS = Pattern.compile("\\s*(?:[.,;:!?]|$)");

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() != 1 || n.generic() || !CLAUSE_ENDS.matcher(n.after).lookingAt()) {
                return Optional.empty();
            }
            Matcher said = n.cues.saidBefore.matcher(n.before);
            if (!said.find() || !said.group(1).isBlank()
                    || !QUOTE_CLOSED_BEFORE.matcher(n.before.substring(0, said.start())).find()
                    || n.knownToOpenData().stream().anyMatch(e -> e.type() != EntityType.PERSON)) {
                return Optional.empty();
            }
            return decided(EntityType.PERSON, this, "a quote and " + quoted(said.group().strip()) + " before it ("
                    + NameCues.FILE + ", said-before)");
        }
    }

    /** "Jane Doe of the Acme Council told …": a plain name belonging to a body is a person's. */
    static final class MemberOfBody implements TypingRule {
        private static final Pattern OF_BODY_AFTER = Pattern.compile(
                "^\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:of\\s+(?:the\\s+)?)?){0,6}\\p{Lu}[\\p{L}'’-]*)");

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (!n.plainName() || n.c.text.endsWith("s")) {
                return Optional.empty();
            }
            Matcher m = OF_BODY_AFTER.matcher(n.after);
            if (!m.find()) {
                return Optional.empty();
            }
            String[] body = m.group(1).split("\\s+");
            boolean isBody = java.util.Arrays.stream(body).anyMatch(n.lex.orgKeywords::contains)
                    || body.length == 1 && Acronym.isAcronym(body[0]);
            return isBody ? decided(EntityType.PERSON, this, "\"of " + m.group(1) + "\" after it") : Optional.empty();
        }
    }

    /** "Reporting by Jane Doe", "Photo by Jane Doe": a credited name is a person's. */
    static final class CreditBefore implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            Matcher m = n.cues.creditBefore.matcher(n.before);
            if (n.size() >= 2 && m.find()) {
                return decided(EntityType.PERSON, this, quoted(m.group().strip()) + " (" + NameCues.FILE + ", credit-before)");
            }
            return Optional.empty();
        }
    }

    /**
     * "Coun. Ravi Sandhar (Transcona)": a name alone in brackets right after the name of someone elected for a place
     * ({@code seat-holder} titles) is the ward or constituency they sit for. A name in capitals there is a party's
     * acronym ("Cllr Jane Doe (SNP)"), left to the other rules.
     */
    static final class SeatInBrackets implements TypingRule {
        private static final Pattern CLOSE = Pattern.compile("^\\s*\\)");

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.c.text.equals(n.c.text.toUpperCase(Locale.ROOT)) || !CLOSE.matcher(n.after).find()) {
                return Optional.empty();
            }
            Matcher m = n.cues.seatHolderBefore.matcher(n.before);
            return m.find() ? decided(EntityType.PLACE, this, quoted(m.group().strip()) + " before it ("
                    + NameCues.FILE + ", seat-holder)") : Optional.empty();
        }
    }

    /** "Jane Doe, 72, said": an age between commas after the name. */
    static final class AgeAfter implements TypingRule {
        private static final Pattern AGE_AFTER = Pattern.compile("^,\\s*\\d{1,3},");

        @Override
        public Optional<Decision> apply(NameContext n) {
            return AGE_AFTER.matcher(n.after).find() ? decided(EntityType.PERSON, this, "an age after it")
                    : Optional.empty();
        }
    }

    /**
     * The sequence model ({@code data/models/ner-en.bin}, trained on open corpora) found exactly this name. Asked
     * after the rules that read the name's own words, its firm cues and the hand-checked gazetteer, before those that
     * guess from world geography, a verb of saying or a neighbouring word (measured: that rank gave the best entity F1
     * on held-out open text and lost nothing on the project's articles).
     */
    static final class SequenceModel implements TypingRule {
        /** The rule's name, as its decisions carry it. */
        static final String NAME = SequenceModel.class.getSimpleName();

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.model == null) {
                return Optional.empty();
            }
            // "Sentencing is set for May 12": a sentence's first word that the dictionary writes in lower case is
            // capitalised by its place; the model's doubt is not enough to make it a name.
            if (n.size() == 1 && n.c.initial && n.model.probability() < EntityRecognizer.MODEL_ONLY_PROBABILITY
                    && n.lex.isOrdinaryWord(n.c.text)) {
                return Optional.empty();
            }
            return decided(n.model.type(), this, String.format(Locale.ROOT, "p=%.2f", n.model.probability()));
        }
    }

    /** A name the gazetteer knows: its type (the most likely entry's, the gazetteer lists them so). */
    static final class KnownToGazetteer implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            List<GazetteerEntry> hits = n.known();
            if (hits.isEmpty()) {
                return Optional.empty();
            }
            GazetteerEntry e = hits.get(0);
            return decided(e.type(), this, e.qid() + " " + quoted(e.label()) + " (" + e.source() + ")");
        }
    }

    /**
     * A city or region of world geography ({@code world-cities.tsv}, {@code world-regions.tsv}). Person evidence was
     * weighed before; a speaking multi-word name stays a person's ("Jane Lincoln said"), a lone speaking name is a
     * place only when it is a capital (a capital speaks for its government), and a one-word name the block also uses
     * as an ordinary lower-case word ("mobile", "reading") is no place.
     */
    static final class WorldPlace implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            String kind = n.lex.worldPlaceByKey(n.placeKey);
            if (kind == null || !fits(n, kind)) {
                return Optional.empty();
            }
            return Optional.of(Decision.of(EntityType.PLACE, name(), "a " + kind + " in lexicon/world-"
                    + (kind.equals("region") ? "regions" : "cities") + ".tsv").with(Decision.Flag.WORLD_PLACE));
        }

        private static boolean fits(NameContext n, String kind) {
            if (n.speaks() && (n.size() > 1 || !kind.equals("capital"))) {
                return false;
            }
            if (n.size() == 1) {
                String text = n.bt.text;
                String lower = n.c.text.toLowerCase(Locale.ROOT);
                for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
                    int e = at + lower.length();
                    if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                            && (e >= text.length() || !Character.isLetter(text.charAt(e)))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** "Latakia province", "the Hmeimim air base": a lower-case place noun right after the name. */
    static final class PlaceNounAfter implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            List<String> after = n.afterWords();
            int l = after.isEmpty() ? 0 : n.lex.placeAfter.longestAt(after, 0);
            if (l > 0 && !n.after.startsWith(",")) {
                return decided(EntityType.PLACE, this, quoted(String.join(" ", after.subList(0, l)))
                        + " after it (lexicon/place-keywords.tsv)");
            }
            return Optional.empty();
        }
    }

    /**
     * "in Acme", "the town of Acme", "near northern Acme": a place cue right before the name. Not one word the
     * dictionary writes in lower case ("a degree in Psychology", "lived in Peace"): a cue as common as "in" is too
     * weak to make a capitalised ordinary word a place; towns so named are known to world geography, asked before.
     */
    static final class PlaceCueBefore implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() == 1 && n.lex.isOrdinaryWord(n.c.text) || CASE_PARTY.matcher(n.after).find()) {
                return Optional.empty();
            }
            return placeCueBefore(n) ? decided(EntityType.PLACE, this, "a place cue before it (lexicon/place-keywords.tsv)")
                    : Optional.empty();
        }

        /** "in Lynch v. Overholser", "in Brown v Board of Education": the first party of a case cited, no place. */
        private static final Pattern CASE_PARTY = Pattern.compile("^\\s+(?:v|vs)\\.?\\s+\\p{Lu}");
    }

    /**
     * "Acme leaders", "Acme fighters": a noun of belonging after the name makes it a body's; not an ordinary word
     * opening a sentence ("Emergency workers arrived").
     */
    static final class AffiliationAfter implements TypingRule {
        /**
         * "Head coach Gerhard Pienaar said": a one-word name opening the sentence that is a role noun itself, before a
         * role noun, is the first word of a role, not a body.
         */
        private static boolean roleOpensTheSentence(NameContext n, String cue) {
            return n.c.initial && n.size() == 1 && n.lex.roleNouns.contains(n.c.text.toLowerCase(Locale.ROOT))
                    && n.lex.roleNouns.contains(cue.strip().toLowerCase(Locale.ROOT));
        }

        @Override
        public Optional<Decision> apply(NameContext n) {
            Matcher m = n.cues.affiliationAfter.matcher(n.after);
            if (m.find() && !n.generic()
                    && !(n.c.initial && n.lex.isOrdinaryWord(n.c.text)) && !roleOpensTheSentence(n, m.group())) {
                return decided(EntityType.ORGANIZATION, this, quoted(m.group().strip()) + " after it (" + NameCues.FILE
                        + ", affiliation-after)");
            }
            return Optional.empty();
        }
    }

    /**
     * "chief economist at Fjellvik Markets", "a researcher with the Acme Institute": after a role and at or with, a
     * name that the lexicon does not know as a place is the employer's, a body.
     */
    static final class EmployerAfterRole implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            String role = employerBefore(n);
            if (role == null || n.lex.knownPlace(n.c.text)) {
                return Optional.empty();
            }
            return decided(EntityType.ORGANIZATION, this, quoted(role) + " in lexicon/role-nouns.txt, then \"at\" or \"with\"");
        }
    }

    /**
     * "Jane Doe said": a name of two to four words that speaks is, weakly, a person's; not after "the" ("The Opposition
     * Conservatives said", "the Acme Group said"), which people's names do not take.
     */
    static final class SpeakerFullName implements TypingRule {
        private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])[Tt]he\\s+$");

        @Override
        public Optional<Decision> apply(NameContext n) {
            List<String> after = n.afterWords();
            if (n.size() >= 2 && n.size() <= 4 && !after.isEmpty() && n.lex.attributionVerbs.contains(after.get(0))
                    && !NameContext.anyIn(n.w, n.lex.stopWords) && !THE_BEFORE.matcher(n.before).find()
                    && !afterAPreposition(n)) {
                return Optional.of(Decision.of(EntityType.PERSON, name(), quoted(after.get(0))
                        + " after it (lexicon/attribution-verbs.txt)").with(Decision.Flag.WEAK));
            }
            return Optional.empty();
        }

        /**
         * "a Labour councillor for Leith Walk, said", "The letter from Acme Holdings said": a name after a preposition
         * (lexicon/speech-words.txt, as for sentence subjects) is its object, not the subject of the verb after it.
         */
        private static boolean afterAPreposition(NameContext n) {
            String before = n.before.stripTrailing();
            if (before.length() == n.before.length()) {
                return false;
            }
            String last = before.substring(before.lastIndexOf(' ') + 1);
            return n.lex.subjectBlockers.contains(last);
        }
    }

    /**
     * "Boeing said", "Tui told reporters": a lone name that speaks. People are introduced by their full name first
     * (a surname alone is resolved to it later), so a lone speaker is a body; a capitalised plural at a sentence start
     * ("Officials said") is no name at all.
     */
    static final class LoneSpeaker implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            List<String> after = n.afterWords();
            if (n.size() == 1 && !after.isEmpty() && n.lex.attributionVerbs.contains(after.get(0))
                    && !n.after.startsWith(",") && !(n.c.initial && n.c.text.endsWith("s")) && !n.generic()) {
                return decided(EntityType.ORGANIZATION, this, quoted(after.get(0)) + " after it (lexicon/attribution-verbs.txt)");
            }
            return Optional.empty();
        }
    }

    /**
     * "the state company Acme", "Acme spokesman Jane Doe": the words around a name speak for a body. That is kept
     * as evidence for coreference, and types a lone name that is no given name, generic word or event word when the
     * cue stands before it (mid-sentence) or is a body's voice after it (a product before "jet" is no body).
     */
    static final class NeighbourCue implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            Matcher beforeCue = n.cues.orgCueBefore.matcher(n.before);
            boolean cueBefore = beforeCue != null && beforeCue.find();
            Matcher afterCue = n.cues.orgCueAfter.matcher(n.after);
            if (!cueBefore && !afterCue.find()) {
                return Optional.empty();
            }
            String evidence = quoted((cueBefore ? beforeCue.group() : afterCue.group()).strip())
                    + (cueBefore ? " before it" : " after it") + " (" + NameCues.FILE + ")";
            boolean typed = n.size() == 1 && !n.firstIsGivenName() && !n.generic()
                    && !n.lex.triggers.containsKey(n.c.text.toLowerCase(Locale.ROOT))
                    && (!n.c.initial && cueBefore || n.cues.loneBodyAfter.matcher(n.after).find());
            return Optional.of(Decision.of(typed ? EntityType.ORGANIZATION : null, name(), evidence)
                    .with(Decision.Flag.ORG_CUE));
        }
    }

    /**
     * "subscribers of Vodafone Idea": a name of two words or more that the open-data gazetteer knows whole, and only as
     * organisations, is a body; asked before the sequence model and the sieves that guess from a neighbouring word,
     * since a body's full name is stronger evidence than the model's guess. Names made only of ordinary words ("Seven
     * Days", "National Unity") are left to the other sieves, and so are museums and archives, which stories treat as
     * venues. (Measured: two blind sets gained names, none lost any.)
     */
    static final class KnownBodyByFullName implements TypingRule {
        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() < 2 || n.c.inHeadline() || n.w.stream().allMatch(w -> n.lex.isOrdinaryWord(w)
                    || n.lex.stopWords.contains(w) || n.lex.demonymCountry(w) != null || Character.isLowerCase(w.charAt(0)))) {
                return Optional.empty();
            }
            List<GazetteerEntry> hits = n.knownToOpenData();
            if (!knownOnlyAs(EntityType.ORGANIZATION, hits) || hits.stream().anyMatch(e -> GazetteerEntry.ARCHIVE.equals(e.subtype()))) {
                return Optional.empty();
            }
            GazetteerEntry top = mostKnown(hits);
            // "Oliver Grant, defending, said": a name opening with a given name is a person's before a brand's, unless
            // the brand is known worldwide (as KnownBody asks: "Ted Baker").
            if (n.firstIsGivenName() && GazetteerEntry.BRAND.equals(top.subtype()) && top.prior() < KnownBody.MIN_PRIOR) {
                return Optional.empty();
            }
            return decided(EntityType.ORGANIZATION, this, evidenceOf(top));
        }
    }

    /** Whether the gazetteer knows a name ({@code hits}, its entries), and only as {@code type}. */
    static boolean knownOnlyAs(EntityType type, List<GazetteerEntry> hits) {
        return !hits.isEmpty() && hits.stream().allMatch(e -> e.type() == type);
    }

    /**
     * Where a gazetteer's look-up alone must not type a name: in a headline (set in title case, every word looks like
     * a name) or at a sentence start where the name is an ordinary word ("Next", "Target").
     */
    private static boolean headlineOrOrdinaryOpening(NameContext n) {
        return n.c.inHeadline() || n.c.initial && n.lex.isOrdinaryWord(n.c.text);
    }

    /** Of a name's open-data entries, the best known. */
    private static GazetteerEntry mostKnown(List<GazetteerEntry> hits) {
        return hits.stream().max(Comparator.comparingDouble(GazetteerEntry::prior)).orElseThrow();
    }

    /** An open-data entry as a sieve's evidence: QID, label and source. */
    private static String evidenceOf(GazetteerEntry e) {
        return e.qid() + " " + quoted(e.label()) + " (" + e.source() + ")";
    }

    /**
     * "northern New South Wales", "crews from Wagga Wagga": a name of two words or more that no other rule typed and that
     * the open-data gazetteer knows only as places is a place. Asked last, like {@link KnownBody}; not in a headline and
     * not opening with a given name. A one-word name only when the place is well known ("off the Aberdeenshire coast",
     * "from Jutland": a region or a large city) and the word is no ordinary word or compass point: the open data holds
     * so many small towns that a lone surname or word is often one of them (measured: typing every such word cost
     * three blind sets names; with the prior bound, eight sets and PUD gained a name or two, four lost one).
     */
    static final class KnownOpenDataPlace implements TypingRule {
        /** A one-word name must be this well known a place: a region or a large city, not one of many small towns. */
        static final double MIN_PRIOR_OF_ONE_WORD = 0.5;

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.c.inHeadline() || n.lex.givenNames.contains(n.c.text.split(" ")[0])
                    || n.size() == 1 && (n.lex.isOrdinaryWord(n.c.text) || n.cues.compass.contains(n.c.text))) {
                return Optional.empty();
            }
            List<GazetteerEntry> hits = n.knownToOpenData();
            if (!knownOnlyAs(EntityType.PLACE, hits)
                    || n.size() == 1 && mostKnown(hits).prior() < MIN_PRIOR_OF_ONE_WORD) {
                return Optional.empty();
            }
            return decided(EntityType.PLACE, this, evidenceOf(mostKnown(hits)));
        }
    }

    /**
     * "people might vote for Trump", "Trudeau will extend": a lone word no other rule typed that is the surname of a
     * well-known person the gazetteer knows (its short names), better known so than anything the gazetteer names by
     * that word in full ("Washington" the city), is a person. Asked last; not in a headline, not an ordinary word
     * ("May", "Brown"). Measured: with every legislator's surname (prior 0.5) it typed towns and brands in eleven
     * project sets ("Carlisle", "Lipton"); with the well known only, it gains PUD and gum-test 0.01 each.
     */
    static final class KnownSurname implements TypingRule {
        /** Well known: above the prior every legislator of the open data has (0.5), as the notable people are. */
        static final double MIN_PRIOR = 0.55;

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (n.size() != 1 || n.c.inHeadline() || n.lex.isOrdinaryWord(n.c.text)) {
                return Optional.empty();
            }
            Optional<GazetteerEntry> person = n.gazetteer().lookupShort(n.c.text).stream()
                    .filter(e -> e.type() == EntityType.PERSON).max(Comparator.comparingDouble(GazetteerEntry::prior));
            if (person.isEmpty() || person.get().prior() < MIN_PRIOR
                    || n.knownToOpenData().stream().anyMatch(e -> e.prior() >= person.get().prior())) {
                return Optional.empty();
            }
            return decided(EntityType.PERSON, this, "surname of " + evidenceOf(person.get()));
        }
    }

    /**
     * "shares of Acme rose": a name no other rule typed that the open-data gazetteer knows only as organisations, the
     * best known of them well known (a prior of {@value #MIN_PRIOR} or more: a body two sources state, or a major
     * brand; {@value #MIN_COMPANY_PRIOR} for a company), is a body. Asked last, so a cue in the text always wins; not
     * in a headline, and not at a sentence start when the name is an ordinary word there ("Next", "Target").
     */
    static final class KnownBody implements TypingRule {
        static final double MIN_PRIOR = 0.55;
        /** A company (Boeing, Walmart) is known by name to fewer sources than a chain of shops, so it needs less. */
        static final double MIN_COMPANY_PRIOR = 0.40;

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (headlineOrOrdinaryOpening(n)) {
                return Optional.empty();
            }
            List<GazetteerEntry> hits = n.knownToOpenData();
            if (!knownOnlyAs(EntityType.ORGANIZATION, hits)) {
                return Optional.empty();
            }
            GazetteerEntry top = mostKnown(hits);
            if (top.prior() < ("company".equals(top.subtype()) ? MIN_COMPANY_PRIOR : MIN_PRIOR)) {
                return Optional.empty();
            }
            return decided(EntityType.ORGANIZATION, this, evidenceOf(top));
        }
    }

    /**
     * "Tottenham drew with Everton", "Saka scored twice as Arsenal came from behind": a football club's name (the
     * sports-clubs layer, {@code Gazetteer.lookupClubs}) is the club when several data providers cover it (a prior of
     * {@value #MIN_PRIOR} or more), the hand-checked gazetteer knows nothing of the name, no place cue comes before it
     * ("in Newcastle" is the city), and the text says sport ({@link TeamCues#sport}): for a name that is no town's
     * ("Arsenal", "Everton": districts at most), a team cue touching it or a sentence of sport; for a town's name
     * ("Carlisle", "Malmo"), both at once: a sentence with a sport word in it may be about the town's trains (the
     * runs of cricket and of a railway), and a cue such as "against" may be a protest's. Elsewhere the name is left to
     * the other rules: "Everton" is also a given name.
     */
    static final class KnownClub implements TypingRule {
        /** The rule's name, as its decisions carry it. */
        static final String NAME = KnownClub.class.getSimpleName();
        static final double MIN_PRIOR = 0.42;
        /** The prior from which an open-data place is a town a story may name, not a district only its city knows. */
        static final double TOWN_PRIOR = 0.2;

        @Override
        public Optional<Decision> apply(NameContext n) {
            if (headlineOrOrdinaryOpening(n)) {
                return Optional.empty();
            }
            List<GazetteerEntry> clubs = n.gazetteer().lookupClubs(n.c.text);
            if (clubs.isEmpty() || placeCueBefore(n) || !n.known().isEmpty()) {
                return Optional.empty();
            }
            GazetteerEntry top = mostKnown(clubs);
            List<GazetteerEntry> other = n.knownToOpenData();
            if (top.prior() < MIN_PRIOR || other.stream().anyMatch(e -> e.prior() >= top.prior())) {
                return Optional.empty();
            }
            boolean town = n.lex.placeByKey(n.placeKey) != null || n.lex.worldPlaceByKey(n.placeKey) != null
                    || other.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.prior() >= TOWN_PRIOR);
            TeamCues.Sport sport = n.sport();
            if (sport == TeamCues.Sport.NONE || town && sport != TeamCues.Sport.CUE_IN_SPORT) {
                return Optional.empty();
            }
            return decided(EntityType.ORGANIZATION, this, evidenceOf(top) + switch (sport) {
                case CUE_IN_SPORT -> " touched by a team cue in a sentence of sport (lexicon/team-cues.tsv)";
                case CUE -> " touched by a team cue (lexicon/team-cues.tsv)";
                default -> " in a sentence of sport";
            });
        }
    }
}
