package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.extract.BlockText.Token;
import org.dateline.extract.EntityResolver.Group;
import org.dateline.ingest.BlockKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.model.EntityType;

/**
 * Says who a pronoun, a role phrase or a sentence's subject stands for, for quote attribution. It
 * keeps, in text order, the subjects of sentences and the speakers already found: "he" is the latest
 * person among them; "the security chief" the latest speaker (else person) holding that role.
 * One instance per article, not shared.
 */
final class SpeakerResolver {
    /** A relative clause set off by commas right before the verb: ", which issues heat-health alerts in England, ". */
    private static final Pattern RELATIVE_CLAUSE_AT_END = Pattern.compile(",\\s+(?:who|which|whose)\\b[^,;\"“”]{0,120},?\\s*$");
    /** Lower-case words between an organisation and a person: "Widget Party leader Jane Doe". */
    private static final Pattern RE_LOWER_WORDS_GAP = Pattern.compile("\\s+(?:\\p{Ll}+\\s+){0,1}\\p{Ll}+,?\\s+");
    private static final Pattern RE_POSSESSIVE = Pattern.compile("['’]s");
    private static final Pattern RE_SPACES = Pattern.compile("\\s+");
    private static final Pattern RE_SPACES_HYPHENS = Pattern.compile("[\\s-]+");
    /** An age as a description prints it ("26-year-old"): a person's. */
    static final Pattern RE_AGE = Pattern.compile("\\d{1,3}-year-old");

    private static final Group PRONOUN = new Group();

    private final Lexicon lex;
    private final Map<Integer, Candidate> byEnd = new HashMap<>();
    /** The candidate starting at each offset; of several, the last given. */
    private final Map<Integer, Candidate> byStart = new HashMap<>();
    private final List<Candidate> sorted;
    /** The candidates' starts, in sorted's order. */
    private final int[] startArray;
    /** Sentence subjects and speakers by position; PRONOUN marks a subject given by pronoun. */
    private final NavigableMap<Integer, Group> recent = new TreeMap<>();
    /** Where each sentence of the article starts, in order. */
    private final TreeSet<Integer> sentenceStarts = new TreeSet<>();
    /** Where each block (paragraph) of the article starts, in order. */
    private final TreeSet<Integer> blockStarts = new TreeSet<>();
    /** Paragraphs of quotation alone that run on unclosed into the next one. */
    private final java.util.Set<Integer> runOnQuotations = new java.util.HashSet<>();
    /** Where paragraphs that open with a quotation start. */
    private final java.util.Set<Integer> quotationFirst = new java.util.HashSet<>();
    private final NavigableMap<Integer, Group> speakers = new TreeMap<>();
    private final Map<Integer, Integer> subjectOfSentence = new HashMap<>();
    /** The gender of the unnamed voices that are sentence subjects, by the body's position ({@link #noteVoice}). */
    private final Map<Integer, Character> voiceGender = new HashMap<>();
    /** 'f' or 'm' where titles, roles, given names or an earlier pronoun told. */
    private final Map<Group, Character> gender = new HashMap<>();

    SpeakerResolver(Lexicon lex, List<Candidate> candidates, List<BlockText> blocks) {
        this.lex = lex;
        this.sorted = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.group != null) {
                byEnd.put(c.span.end(), c);
                sorted.add(c);
            }
        }
        sorted.sort((a, b) -> Integer.compare(a.span.start(), b.span.start()));
        startArray = new int[sorted.size()];
        for (int i = 0; i < startArray.length; i++) {
            startArray[i] = sorted.get(i).span.start();
            byStart.put(startArray[i], sorted.get(i));
        }
        for (Candidate c : sorted) {
            if (c.group.type == EntityType.PERSON && !gender.containsKey(c.group)) {
                Character g = genderOf(c);
                if (g != null) {
                    gender.put(c.group, g);
                }
            }
        }
        for (BlockText bt : blocks) {
            blockStarts.add(bt.offset);
            if (bt.quotationRunningOn()) {
                runOnQuotations.add(bt.offset);
            }
            if (!bt.quotes.isEmpty() && bt.opensWith(bt.quotes.get(0).inner().start())) {
                quotationFirst.add(bt.offset);
            }
            for (Span s : bt.sentences) {
                sentenceStarts.add(s.start());
            }
        }
        for (BlockText bt : blocks) {
            for (Span s : bt.sentences) {
                if (!aboutTheReport(bt)) {
                    findSubject(bt, s);
                }
            }
        }
    }

    /**
     * Named sieve ReportersAreNotInTheStory: a byline or a trailer ("By Jane Roe", "Reporting by …") names who wrote the
     * report, and a picture's credit who took the picture, so no one named there is a sentence's subject or the person
     * a later "she" stands for.
     */
    private static boolean aboutTheReport(BlockText bt) {
        return bt != null && (bt.block.kind() == BlockKind.BYLINE || bt.block.kind() == BlockKind.TRAILER);
    }

    /** Whether RE_LOWER_WORDS_GAP matches the whole text between two absolute offsets of the block. */
    private static boolean lowerWordsGap(BlockText bt, int start, int end) {
        return RE_LOWER_WORDS_GAP.matcher(bt.slice(start, end)).matches();
    }

    /**
     * A body's name with a possessive before a role, optional: the Opera House's, of "The Opera House's director"; the
     * Tall Blacks', of "The Tall Blacks' coach".
     */
    private static final String BODYS = "(?:(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}\\p{Lu}[\\p{L}-]*(?:['’]s|s['’])\\s+)?";

    /**
     * "The Norwegian striker smiled …", "The 23-year-old forward rose …": a sentence opening with a description (up to
     * three modifiers, lower case, hyphenated ages or demonyms, then a role noun) is about the person last named in
     * that role, as {@link #role} finds them. Named sieve: DescriptionSubject.
     */
    private static final Pattern DESCRIPTION_SUBJECT = Pattern.compile(
            "^[\\s\"“‘']*([Tt]he|An?|\\p{Lu}\\p{Ll}+)\\s+" + BODYS + "((?:[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,3}\\p{Ll}+)\\b");

    private static final Pattern ARTICLE = Pattern.compile("[Tt]he|An?");

    private boolean descriptionSubject(BlockText bt, Span sentence) {
        String text = bt.slice(sentence.start(), Math.min(sentence.end(), sentence.start() + 80));
        Matcher m = DESCRIPTION_SUBJECT.matcher(text);
        if (!m.find()) {
            return false;
        }
        // "Her younger sister told the court …": a possessive determiner (lexicon/speech-words.txt) opens a description
        // as "the" does, but never stands for the person it refers to: no fallback to the person last named.
        boolean possessive = lex.speechPossessives.contains(m.group(1).toLowerCase(Locale.ROOT));
        if (!possessive && !ARTICLE.matcher(m.group(1)).matches()) {
            return false;
        }
        boolean definite = possessive || m.group(1).equalsIgnoreCase("the");
        String[] words = RE_SPACES.split(m.group(2));
        // The longest prefix that ends in a role noun, its modifiers lower case, an age or a demonym.
        for (int k = words.length; k >= 1; k--) {
            String head = words[k - 1];
            // "The passenger association Pro Bahn": a role noun before a body's noun (org-keywords.txt) only
            // modifies it.
            if (!isRole(head) || k < words.length && lex.orgKeywords.contains(capitalise(words[k]))) {
                continue;
            }
            // "The Leinster coach": capitalised words opening the modifiers name the body the role is held in.
            int named = 0;
            while (named < k - 1 && Character.isUpperCase(words[named].charAt(0))
                    && lex.demonymCountry(words[named]) == null) {
                named++;
            }
            for (int j = named; j < k - 1; j++) {
                String w = words[j];
                if (!Character.isLowerCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)) && lex.demonymCountry(w) == null) {
                    return false;
                }
            }
            int at = sentence.start() + m.start(2);
            if (k == words.length && (namedInApposition(bt, sentence.start() + m.end(2))
                    || personRightAfter(sentence.start() + m.end(2)))
                    || namedAfterTheTitle(bt, sentence, sentence.start() + m.end(2), RE_TITLE_REST)
                    || k < words.length && lex.subjectBlockers.contains(words[k])
                    && namedAfterTheTitle(bt, sentence, sentence.start() + m.end(2), RE_COMPLEMENT_REST)) {
                return false; // "The family's lawyer, Anna Kessler, praised ...": the name after the comma is the subject
            }
            // "An official said": an indefinite description brings in someone new, never a person named before.
            // "The Tall Blacks' coach": the body's name goes with the role, so the other side's coach is not the one.
            String body = text.substring(m.end(1), m.start(2)).strip();
            String role = String.join(" ", java.util.Arrays.copyOf(words, k));
            Group g = definite ? roleHeld(body.isEmpty() ? role : body + " " + role, at) : null;
            if (g == null) {
                g = namedNextAfter(sentence.end());
            }
            if (g == null && definite && !possessive && named == 0) {
                g = untitledLatestPerson(at, role);
            }
            if (g == null || g.type != EntityType.PERSON) {
                return false;
            }
            recent.put(at, g);
            subjectOfSentence.put(sentence.start(), at);
            return true;
        }
        return false;
    }

    /** A description and a comma opening a sentence before a name: "The returning officer, ". */
    private static final Pattern DESCRIPTION_THEN_COMMA =
            Pattern.compile("^[\\s\"“‘']*[Tt]he\\s+" + BODYS + "[\\p{Ll}\\s'’-]+,\\s+$");

    /**
     * Named sieve NamedNextAfterTheDescription: "The head of Ateliers de Belfort … said … '…,' she said. / Sandrine
     * Keller-Moreau, who has run the company since 2021, said …": news may describe a speaker before naming them. When
     * no one named before holds the description, it is the first person named after {@code from} outside quotes, in
     * that paragraph or the next two (the quote often has one of its own), if that name opens its sentence (or
     * follows the description again: "The returning officer, Ifeanyi Nwosu,") and a comma follows it; any other person
     * named first makes it no one.
     */
    private Group namedNextAfter(int from) {
        int limit = endOfParagraphsAfter(from, 2);
        int i = java.util.Arrays.binarySearch(startArray, from);
        for (i = i >= 0 ? i : -i - 1; i < sorted.size() && sorted.get(i).span.start() < limit; i++) {
            Candidate c = sorted.get(i);
            if (c.group.type != EntityType.PERSON || c.block == null
                    || BlockText.insideQuote(c.block.quotes, c.span.start())) {
                continue;
            }
            Integer sentenceStart = sentenceStarts.floor(c.span.start());
            String lead = c.block.slice(sentenceStart == null ? c.block.offset : sentenceStart, c.span.start());
            // "The general secretary, Mr Robert Nabongo,": a title may open the name.
            // After the description again ("The lawyer, Jocelyn Tiongson-Ramos of FLAG, said"), the name's own
            // description may follow it before the comma.
            boolean again = DESCRIPTION_THEN_COMMA.matcher(withoutTitleAtEnd(lead)).matches();
            boolean opens = again || lead.isBlank() && c.block.slice(c.span.end(), c.span.end() + 1).equals(",");
            return opens ? c.group : null;
        }
        return null;
    }

    /** Capitalised words, "and", "for", "of", "the" and commas, closed by a comma: the rest of a title and portfolio. */
    private static final Pattern RE_TITLE_REST = Pattern.compile("(?:\\s+(?:and|for|of|the|\\p{Lu}[\\p{L}'\u2019-]*)|,)*,\\s+");
    /**
     * Up to six more words and a comma: the rest of a role's complement, which opens with a preposition
     * (speech-words.txt): "head of environmental crime, ".
     */
    private static final Pattern RE_COMPLEMENT_REST = Pattern.compile("(?:\\s+[\\p{L}\\d'\u2019-]+){0,6},\\s+");

    /**
     * "The Minister for Housing, Local Government and Heritage, Ciarán Tóibín, said": the description's title goes on
     * in capitalised words and commas to a person's name, which is the sentence's subject; so does a role's complement
     * ("The agency's head of environmental crime, Gareth Kernaghan-Steele, said"), as {@code rest} allows.
     */
    private boolean namedAfterTheTitle(BlockText bt, Span sentence, int pos, Pattern rest) {
        int i = java.util.Arrays.binarySearch(startArray, pos);
        i = i >= 0 ? i : -i - 1;
        if (i >= sorted.size()) {
            return false;
        }
        Candidate c = sorted.get(i);
        return c.span.start() < sentence.end() && c.group.type == EntityType.PERSON
                && rest.matcher(bt.slice(pos, c.span.start())).matches();
    }

    /** "The actor Fionnuala Daly-Ryan, who …, said": a person named right after the description is the subject. */
    private boolean personRightAfter(int pos) {
        Candidate c = byStart.get(pos + 1);
        return c != null && c.group != null && c.group.type == EntityType.PERSON;
    }

    /** Whether a comma and then a name follow {@code pos}: the description before it is that name's apposition. */
    private boolean namedInApposition(BlockText bt, int pos) {
        String after = bt.slice(pos, pos + 3);
        if (!after.startsWith(", ")) {
            return false;
        }
        Candidate c = byStart.get(pos + 2);
        return c != null && c.group != null && c.group.type == EntityType.PERSON;
    }

    private void findSubject(BlockText bt, Span sentence) {
        if (descriptionSubject(bt, sentence)) {
            return;
        }
        for (int i = bt.firstTokenFrom(sentence.start()); i < bt.tokens.size(); i++) {
            Token t = bt.tokens.get(i);
            if (t.end() > sentence.end()) {
                // Tokens do not overlap: every later one ends past the sentence too.
                break;
            }
            if (BlockText.insideQuote(bt.quotes, t.start())) {
                continue;
            }
            Candidate c = byStart.get(t.start());
            if (c != null && c.evidence.stream().anyMatch(d -> Extractor.PHOTO_CREDIT.equals(d.rule()))) {
                // "… on Monday. PHOTO/ISAAC WAISWA MUTEBI": the photographer is no sentence's subject.
                continue;
            }
            // "(AP)", "(Reuters)": a credit in parentheses is never the subject.
            boolean bracketed = c != null && c.span.start() > bt.offset && bt.text.charAt(c.span.start() - 1 - bt.offset) == '(';
            if (c != null && !bracketed) {
                c = personOfAffiliation(bt, c);
            }
            String kin = c != null && c.group.type == EntityType.PERSON ? kinAfterPossessive(bt, c) : null;
            if (kin != null) {
                // Named sieve KinOfTheNamedSpeaks: "Callum Ferris-Oakley's mother said he was …": the mother is the
                // subject, not her son; she is whoever holds that role, before or in apposition later ("his mother,
                // Anne Ferris-Oakley,"), else no one named.
                Group holder = possessiveRole(kin, c.span.start());
                if (holder == null) {
                    holder = namedLaterAs(kin, c.span.end());
                }
                if (holder != null) {
                    recent.put(c.span.start(), holder);
                    subjectOfSentence.put(sentence.start(), c.span.start());
                }
                return;
            }
            if (c != null && c.group.type != EntityType.PLACE && !bracketed) {
                String before = wordBefore(bt, c);
                if (before == null || !(lex.subjectBlockers.contains(before) || before.endsWith("ing"))
                        || sourceOfTheSentence(bt, sentence, i, c)) {
                    recent.put(c.span.start(), c.group);
                    subjectOfSentence.put(sentence.start(), c.span.start());
                    if (c.group.type == EntityType.ORGANIZATION) {
                        noteVoice(bt, sentence, i, c);
                    } else if (c.group.type == EntityType.PERSON && !gender.containsKey(c.group)) {
                        noteGenderOfReportedSpeech(bt, sentence, i, c);
                    }
                    return;
                }
            }
            String p = lex.pronouns.get(t.text());
            if (p != null && p.startsWith("person") && !insideOpeningPhrase(bt, sentence, i)) {
                recent.put(t.start(), PRONOUN);
                subjectOfSentence.put(sentence.start(), t.start());
                return;
            }
        }
    }

    /** "'s mother ", "’s lawyer ": a possessive and a role noun after a name; group 1 is the noun. */
    private static final Pattern RE_POSSESSIVE_ROLE = Pattern.compile("^['’]s\\s+(\\p{Ll}+)\\b");

    /** The role noun of a person's kin or agent after the name's possessive ("Callum's mother"), or null. */
    private String kinAfterPossessive(BlockText bt, Candidate c) {
        Matcher m = RE_POSSESSIVE_ROLE.matcher(bt.slice(c.span.end(), c.span.end() + 30));
        return m.find() && lex.roleNouns.contains(m.group(1)) ? m.group(1) : null;
    }

    /**
     * The first person after {@code from} named right after the role and a comma ("his mother, Anne Ferris-Oakley"):
     * a caption or an early paragraph may quote someone the story names only further down.
     */
    private Group namedLaterAs(String role, int from) {
        Pattern before = Pattern.compile("\\b" + Pattern.quote(role) + ",\\s+$");
        int i = java.util.Arrays.binarySearch(startArray, from);
        for (i = i >= 0 ? i : -i - 1; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            if (c.group.type == EntityType.PERSON && c.block != null
                    && before.matcher(c.block.slice(c.span.start() - 40, c.span.start())).find()) {
                return c.group;
            }
        }
        return null;
    }

    /**
     * Named sieve AccordingToOpensTheSentence: "According to Helena Sousa Melo, a political scientist, the likeliest
     * outcome is …": the person the sentence opens by citing is its voice, and a "she" in the next paragraph is hers.
     */
    private boolean sourceOfTheSentence(BlockText bt, Span sentence, int i, Candidate c) {
        int first = bt.firstTokenFrom(sentence.start());
        return c.group.type == EntityType.PERSON && i == first + 2
                && QuoteFinder.accordingTo(bt.tokens.subList(first, i));
    }

    /**
     * Named sieve PronounInOpeningPhrase: "In a victim impact statement she read to the court, Anjali's mother, Sunita
     * Mehra, described …": a pronoun deep in a phrase that opens the sentence with a preposition and ends at a comma
     * is no subject; the subject comes after the comma. A pronoun right after the preposition is left alone.
     */
    private boolean insideOpeningPhrase(BlockText bt, Span sentence, int i) {
        int first = bt.firstTokenFrom(sentence.start());
        if (i - first < 2 || !lex.subjectBlockers.contains(bt.tokens.get(first).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int comma = bt.slice(bt.tokens.get(i).end(), sentence.end()).indexOf(',');
        return comma >= 0 && !BlockText.insideQuote(bt.quotes, bt.tokens.get(i).end() + comma);
    }

    /**
     * Named sieve SaidSheOrHe: "Nélida Toconás, 62, who has lived beside the river for 40 years, said she woke to the
     * sound": a verb of saying and then "she" or "he", with no other name between it and the subject, tell the
     * subject's gender when nothing else did.
     */
    private void noteGenderOfReportedSpeech(BlockText bt, Span sentence, int from, Candidate subject) {
        for (int i = from + 1; i + 1 < bt.tokens.size() && bt.tokens.get(i + 1).end() <= sentence.end(); i++) {
            Token t = bt.tokens.get(i);
            Candidate other = byStart.get(t.start());
            if (other != null && other.group != subject.group) {
                return;
            }
            if (!lex.isAttributionVerb(t.text()) || BlockText.insideQuote(bt.quotes, t.start())) {
                continue;
            }
            String kind = lex.pronouns.get(bt.tokens.get(i + 1).text());
            if ("person-f".equals(kind)) {
                gender.put(subject.group, 'f');
            } else if ("person-m".equals(kind)) {
                gender.put(subject.group, 'm');
            }
            return;
        }
    }

    /**
     * "A NSW Police spokeswoman said officers had rescued a man": the sentence's subject is an unnamed voice of the
     * body, and a "she" that follows speaks for the body ({@link #voiceBefore}). Records the voice's gender: 'f' or
     * 'm' as its word tells (lexicon/gender-cues.tsv), 'n' when it tells neither (a spokesperson).
     */
    private void noteVoice(BlockText bt, Span sentence, int from, Candidate c) {
        for (int i = from; i < bt.tokens.size() && bt.tokens.get(i).end() <= sentence.end(); i++) {
            Token t = bt.tokens.get(i);
            if (!lex.isAttributionVerb(t.text())) {
                continue;
            }
            if (bodyOfUnnamed(bt, sentence.start(), t.start()) != c.group) {
                return;
            }
            char g = 'n';
            for (String w : RE_SPACES.split(bt.slice(sentence.start(), t.start()))) {
                Character cue = lex.genderCues.get(w.toLowerCase(Locale.ROOT));
                if (cue != null) {
                    g = cue;
                }
            }
            voiceGender.put(c.span.start(), g);
            return;
        }
    }

    /**
     * Named sieve VoiceBeforePronoun: the body whose unnamed voice is the latest subject before {@code pos}, in the
     * pronoun's paragraph or the one before, when the voice's gender agrees with the pronoun's ({@code want}, null for
     * any); else null. Also "the spokeswoman said" when no person holds that role.
     */
    private Group voiceBefore(int pos, Character want) {
        Integer previous = previousParagraphStart(pos);
        Integer from = previous != null ? previous : blockStarts.floor(pos);
        for (var e : recent.headMap(pos, false).descendingMap().entrySet()) {
            if (e.getValue() == PRONOUN) {
                continue;
            }
            Character g = voiceGender.get(e.getKey());
            boolean near = from != null && e.getKey() >= from;
            return g != null && near && (g == 'n' || want == null || g.equals(want)) ? e.getValue() : null;
        }
        return null;
    }

    /**
     * Named sieve ItIsTheBodyJustBefore: "…, the company said in a filing. Demand remained "strong," it said": the
     * pronoun speaking is the latest body that was a subject or a speaker in its paragraph or the one before; none
     * there, no one (a report or a study speaks so too, and is no body).
     */
    private Group bodyJustBefore(int pos) {
        Integer previous = previousParagraphStart(pos);
        int from = previous != null ? previous : 0;
        Map.Entry<Integer, Group> subject = latestBody(recent.subMap(from, true, pos, false));
        Map.Entry<Integer, Group> speaker = latestBody(speakers.subMap(from, true, pos, false));
        if (subject == null || speaker != null && speaker.getKey() > subject.getKey()) {
            subject = speaker;
        }
        return subject == null ? null : subject.getValue();
    }

    private static Map.Entry<Integer, Group> latestBody(NavigableMap<Integer, Group> at) {
        for (var e : at.descendingMap().entrySet()) {
            if (e.getValue() != PRONOUN && e.getValue().type == EntityType.ORGANIZATION) {
                return e;
            }
        }
        return null;
    }

    /** Where the paragraph before the one holding {@code pos} starts, or null when that one is the first. */
    private Integer previousParagraphStart(int pos) {
        Integer own = blockStarts.floor(pos);
        return own == null ? null : blockStarts.lower(own);
    }

    private Candidate nextAfter(Candidate c) {
        int i = java.util.Arrays.binarySearch(startArray, c.span.start());
        return i >= 0 && i + 1 < sorted.size() ? sorted.get(i + 1) : null;
    }

    /**
     * "Widget Party leader Jane Doe", "Harbor coach Ann Kowalski": a body followed by lower-case role words and a
     * person names the person's affiliation, and the person is who acts or speaks; any other name is itself.
     */
    private Candidate personOfAffiliation(BlockText bt, Candidate c) {
        Candidate next = nextAfter(c);
        if (next != null && next.group.type == EntityType.PLACE) {
            Candidate person = nextAfter(next);
            if (person != null && person.group.type == EntityType.PERSON && person.group != c.group
                    && kinGapAcrossPlace(bt, c, next, person)) {
                return person;
            }
        }
        if (next == null || next.group.type != EntityType.PERSON || next.group == c.group) {
            return c;
        }
        int end = afterGloss(bt, c.span.end(), next.span.start());
        if (roleGap(bt, end, next.span.start())) {
            return next;
        }
        if (kinGap(bt, end, next.span.start()) || titleGap(bt, end, next.span.start())) {
            return next;
        }
        return c.group.type != EntityType.PERSON && lowerWordsGap(bt, end, next.span.start()) ? next : c;
    }

    /** A name's gloss in brackets right after it: its name in another script, its acronym ("Acme Co (元大投顧)"). */
    private static final Pattern RE_GLOSS = Pattern.compile("^\\s*\\([^()]{1,40}\\)");

    /** Where the words after a name start, past its gloss in brackets ({@link #RE_GLOSS}) if any. */
    private static int afterGloss(BlockText bt, int end, int limit) {
        Matcher m = RE_GLOSS.matcher(bt.slice(end, limit));
        return m.find() ? end + m.end() : end;
    }

    /** "'s widow, ", "'s granddaughter ": a possessive, up to two lower-case words, then a role noun (the head). */
    private static final Pattern RE_KIN_GAP = Pattern.compile("['’]s\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*),?\\s+");

    /**
     * Named sieve PossessiveRoleBeforeName: "Zondi's widow, Thandiwe Zondi, said", "Hartog's granddaughter Miriam
     * Hartog-Lindqvist said", "Zhuravska's great-niece, Larysa Zhuravska, traveled": the person of a possessive is the
     * one whose kin or associate the next name is; the sentence is about the next name.
     */
    private boolean kinGap(BlockText bt, int start, int end) {
        Matcher m = RE_KIN_GAP.matcher(withoutTitleAtEnd(bt.slice(start, end)));
        if (!m.matches()) {
            return false;
        }
        String[] words = RE_SPACES.split(m.group(1));
        String head = words[words.length - 1];
        // A great-niece, a step-daughter: the kin noun after the prefix.
        return lex.roleNouns.contains(head) || lex.roleNouns.contains(head.substring(head.lastIndexOf('-') + 1));
    }

    /** "'s Chief Executive Officer, ": a possessive, then capitalised words, then a comma. */
    private static final Pattern RE_TITLE_GAP = Pattern.compile("['’]s\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}),\\s+");

    /**
     * Named sieve PossessiveTitleBeforeName: "Qamar Air's Chief Executive Officer, Ritu Malhotra-Shah, told": a
     * possessive, a title or role printed in capitals (titles.txt, role-nouns.txt, one after another) and a comma
     * before a name: the sentence is about the name, as after a role in lower case ({@link #kinGap}).
     */
    private boolean titleGap(BlockText bt, int start, int end) {
        Matcher m = RE_TITLE_GAP.matcher(bt.slice(start, end));
        if (!m.matches()) {
            return false;
        }
        return rolesOnly(RE_SPACES.split(m.group(1)));
    }

    /** "'s natural hazards manager, Dr ": the gap without the title that opens the name after it. */
    private String withoutTitleAtEnd(String gap) {
        String stripped = gap.stripTrailing();
        int cut = stripped.lastIndexOf(' ');
        return cut > 0 && lex.titles.contains(stripped.substring(cut + 1)) ? stripped.substring(0, cut + 1) : gap;
    }

    /** "'s leader in the ": a possessive, up to three lower-case words and a preposition, perhaps with "the". */
    private static final Pattern RE_KIN_GAP_BEFORE_PLACE = Pattern.compile(
            "['’]s\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){2,4}");
    /** What stands between the place and the person: a comma. */
    private static final Pattern RE_COMMA_GAP = Pattern.compile(",\\s+");

    /**
     * Named sieve PossessiveRoleInPlaceBeforeName: "Chega's leader in the Azores, Nuno Arruda, said": the body's role
     * noun, placed somewhere, then the person in apposition; the sentence is about the person.
     */
    private boolean kinGapAcrossPlace(BlockText bt, Candidate body, Candidate place, Candidate person) {
        String gap = bt.slice(body.span.end(), place.span.start());
        if (!RE_KIN_GAP_BEFORE_PLACE.matcher(gap).matches()
                || !RE_COMMA_GAP.matcher(bt.slice(place.span.end(), person.span.start())).matches()) {
            return false;
        }
        // The role noun is the word before the first preposition (in "Chega's leader in the Azores", the leader).
        String[] words = RE_SPACES.split(gap.substring(2).strip());
        for (int k = 1; k < words.length; k++) {
            if (lex.subjectBlockers.contains(words[k])) {
                return lex.roleNouns.contains(words[k - 1]);
            }
        }
        return false;
    }

    /**
     * Named sieve RoleBetweenNames: "U.N. Secretary-General Antonio Guterres", "Rivermen coach Phil Garrity", "Obama
     * adviser David Axelrod", "Local Government Development Minister Datuk Seri Hasnah": one to three words between two
     * names, made of role nouns (data/lexicon/role-nouns.txt) and titles (titles.txt, a title of several words as one),
     * make the first name the second's affiliation, whatever type the first was given; one lower-case word may
     * modify the first role ("Conservative group leader Cllr Gareth Pocock-Bryant").
     */
    private boolean roleGap(BlockText bt, int start, int end) {
        String gap = bt.slice(start, end);
        if (gap.isEmpty() || !Character.isWhitespace(gap.charAt(0)) || !Character.isWhitespace(gap.charAt(gap.length() - 1))) {
            return false;
        }
        String[] words = RE_SPACES.split(gap.strip());
        if (words.length > 4 || words[0].isEmpty()) {
            return false;
        }
        // The modifier comes before a role noun, not a title: "Cameron said Lord Smith" names two people.
        int from = words.length >= 2 && longestRoleAt(words, 0) == 0 && Character.isLowerCase(words[0].charAt(0))
                && lex.roleNouns.contains(words[1]) ? 1 : 0;
        return words.length - from <= 3 && rolesOnly(java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /** Whether the words are titles and roles one after another, each the longest there ("Minister" then "Datuk Seri"). */
    private boolean rolesOnly(String[] words) {
        for (int i = 0; i < words.length; ) {
            int len = longestRoleAt(words, i);
            if (len == 0) {
                return false;
            }
            i += len;
        }
        return true;
    }

    /** The words of the longest title or role noun starting at {@code i}, or 0. */
    private int longestRoleAt(String[] words, int i) {
        for (int len = words.length - i; len >= 1; len--) {
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
            if (lex.titles.contains(phrase) || lex.roleNouns.contains(phrase.toLowerCase(Locale.ROOT))) {
                return len;
            }
        }
        return 0;
    }

    /** The lower-case word before a name, skipping its titles, demonyms and role words. */
    private String wordBefore(BlockText bt, Candidate c) {
        String lead = bt.slice(Math.max(bt.offset, c.span.start() - 80), c.span.start());
        List<String> words = RE_SPACES.splitAsStream(lead).filter(w -> !w.isEmpty()).toList();
        String after = null;
        for (int k = words.size() - 1; k >= 0; k--) {
            String w = words.get(k);
            if (w.endsWith(",") || w.endsWith(".") || w.endsWith(":")) {
                return null;
            }
            // Titles, names and role words belong to the name's phrase; any other capitalised word
            // ("Meeting King ...") is the word before it.
            boolean nameLike = Character.isUpperCase(w.charAt(0)) && (lex.titles.contains(w)
                    || lex.demonymCountry(w) != null || lex.place(w) != null || !w.toLowerCase(Locale.ROOT).endsWith("ing")
                    // "Mining Minister Jane Doe": a portfolio in -ing before a title is the title's; "Prosecuting
                    // barrister Jane Doe", "Acting mayor Jane Doe": one before a role noun is the role's.
                    || after != null && (after.equals("Minister") || after.equals("Secretary") || lex.roleNouns.contains(after)));
            if (nameLike || w.equals("the") || lex.roleNouns.contains(w)) {
                after = w;
                continue;
            }
            // "Secretary of State Jane Roe", "Minister for Trade Jane Roe": "of" inside a capitalised title.
            if ((w.equals("of") || w.equals("for")) && k > 0 && Character.isUpperCase(words.get(k - 1).charAt(0))
                    && !words.get(k - 1).endsWith(",")) {
                after = w;
                continue;
            }
            return w.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    void spoke(Group g, int pos) {
        speakers.put(pos, g);
        if (g.type == EntityType.PERSON) {
            recent.put(pos, g);
        }
    }

    private Character genderOf(Candidate c) {
        return PersonGender.of(lex, c);
    }

    /** The person "he"/"she" or the body "it said" at {@code pos} stands for, or null for other words. */
    Group pronoun(String word, int pos) {
        String kind = lex.pronouns.get(word);
        if ("organization".equals(kind)) {
            return bodyJustBefore(pos);
        }
        if (kind == null || !kind.startsWith("person")) {
            return null;
        }
        Character want = kind.equals("person-f") ? Character.valueOf('f') : kind.equals("person-m") ? 'm' : null;
        Group voice = want == null ? null : voiceBefore(pos, want);
        if (voice != null) {
            return voice;
        }
        if (want != null && want == 'f') {
            Group just = subjectJustBefore(pos);
            if (just != null) {
                return just;
            }
        }
        // For "she", a woman known as such among the last few subjects and speakers beats a nearer
        // person whose gender nothing told (the lexicon lists women's names, not men's, so an
        // unknown is more likely a man).
        int seen = want != null && want == 'f' ? 0 : 3;
        for (var e : recent.headMap(pos, false).descendingMap().entrySet()) {
            if (seen >= 3) {
                break;
            }
            Group g = e.getValue();
            if (g == PRONOUN || g.type != EntityType.PERSON) {
                continue;
            }
            if (want.equals(gender.get(g))) {
                return g;
            }
            seen++;
        }
        // "she" with no woman among the last subjects: the latest woman named anywhere before.
        if (want != null && want == 'f') {
            for (int i = sorted.size() - 1; i >= 0; i--) {
                Candidate c = sorted.get(i);
                if (c.span.start() < pos && c.group.type == EntityType.PERSON && !aboutTheReport(c.block)
                        && Character.valueOf('f').equals(gender.get(c.group))) {
                    return c.group;
                }
            }
        }
        Integer subjectAt = null;
        Group subject = null;
        for (var e : recent.headMap(pos, false).descendingMap().entrySet()) {
            Group g = e.getValue();
            if (g == PRONOUN || g.type != EntityType.PERSON) {
                continue;
            }
            Character known = gender.get(g);
            if (want != null && known != null && !known.equals(want)) {
                continue;
            }
            subjectAt = e.getKey();
            subject = g;
            break;
        }
        if (want != null && want == 'm') {
            Group named = manNamedJustBefore(pos, subjectAt);
            if (named != null) {
                return named;
            }
        }
        if (subject != null && want != null && want == 'f' && gender.get(subject) == null) {
            gender.put(subject, want);
        }
        return subject;
    }

    /**
     * Named sieve SheIsTheSubjectJustBefore: "Adimali panchayat president Salini Joseph said residents had complained
     * ... / 'We had written to the revenue department,' she said": when the latest subject of the pronoun's paragraph
     * or the one before is a person whose gender nothing told, "she" is that person, not a woman named paragraphs
     * back (news names a new speaker before quoting her). The person is a woman from then on.
     */
    private Group subjectJustBefore(int pos) {
        Integer previous = previousParagraphStart(pos);
        for (var e : recent.headMap(pos, false).descendingMap().entrySet()) {
            Group g = e.getValue();
            if (g == PRONOUN || g.type != EntityType.PERSON) {
                continue;
            }
            if (previous == null || e.getKey() < previous || gender.get(g) != null) {
                return null;
            }
            gender.put(g, 'f');
            return g;
        }
        return null;
    }

    /**
     * Named sieve ManNamedJustBefore: "Ferraro is coached by her father, Marco Ferraro ... 'She was crying,' he told
     * reporters". When no sentence of the pronoun's paragraph or the one before has a subject who could be "he"
     * ({@code subjectAt}, the latest such, is older or missing), "he" is the latest person named in those two
     * paragraphs outside quotes and not known to be a woman: a man just introduced beats a subject paragraphs back.
     */
    private Group manNamedJustBefore(int pos, Integer subjectAt) {
        Integer previous = previousParagraphStart(pos);
        if (previous == null || subjectAt != null && subjectAt >= previous) {
            return null;
        }
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Candidate c = sorted.get(i);
            if (c.span.start() >= pos) {
                continue;
            }
            if (c.span.start() < previous) {
                break;
            }
            if (c.group.type == EntityType.PERSON && !aboutTheReport(c.block)
                    && !(c.block != null && BlockText.insideQuote(c.block.quotes, c.span.start()))
                    && !Character.valueOf('f').equals(gender.get(c.group))) {
                return c.group;
            }
        }
        return null;
    }

    /** The entity of the name that ends at {@code end} (spaces allowed). */
    Group candidateEndingAt(BlockText bt, int end) {
        Candidate c = byEnd.get(end);
        if (c == null) {
            // "Mr Cameron's"? a possessive: the name ends two characters earlier.
            c = byEnd.get(end - 2);
            if (c != null && !RE_POSSESSIVE.matcher(bt.slice(c.span.end(), end)).matches()) {
                c = null;
            }
        }
        return c == null || governedByPreposition(bt, c) ? null : c.group;
    }

    /**
     * Named sieve NameAfterPreposition: "officials in Mae Sai said", "a lawyer for Jane Doe told reporters": a name
     * right after a preposition (speech-words.txt, "and"/"or" aside), or after one and "the", is not who speaks.
     */
    private boolean governedByPreposition(BlockText bt, Candidate c) {
        String lead = bt.slice(Math.max(bt.offset, c.span.start() - 30), c.span.start());
        String[] words = RE_SPACES.split(lead.strip());
        int k = words.length - 1;
        if (k >= 1 && words[k].equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 0 || lead.isBlank() || !Character.isWhitespace(lead.charAt(lead.length() - 1))) {
            return false;
        }
        String w = words[k];
        return !w.equals("and") && !w.equals("or") && lex.subjectBlockers.contains(w);
    }

    /**
     * The first person or organisation named in {@code [from, to)}; a body that only names a person's affiliation
     * ("said Harbor coach Ann Kowalski", "according to Acme spokesman Jane Doe") gives way to the person.
     */
    Group firstCandidate(BlockText bt, int from, int to) {
        int i = java.util.Arrays.binarySearch(startArray, from);
        for (i = i >= 0 ? i : -i - 1; i < sorted.size() && sorted.get(i).span.start() < to; i++) {
            Candidate c = sorted.get(i);
            if (c.group.type != EntityType.PLACE) {
                Candidate speaker = personOfAffiliation(bt, c);
                return speaker.span.start() < to ? speaker.group : c.group;
            }
        }
        return null;
    }

    /**
     * Named sieve SaidTheThenName: the speaker named after "said" ({@link #firstCandidate}), where a person right after
     * a preposition is no speaker ("said the 29-year-old, a teacher from Anna Regina": where she lives or whom she
     * acts for) and a body after one gives way to a person set off by a comma after it ("said the head of Acme,
     * Jane Doe"); null when no one is left, so the words after "said the" are read as a description.
     */
    Group firstCandidateAfterVerb(BlockText bt, int from, int to) {
        int i = java.util.Arrays.binarySearch(startArray, from);
        for (i = i >= 0 ? i : -i - 1; i < sorted.size() && sorted.get(i).span.start() < to; i++) {
            Candidate c = sorted.get(i);
            if (c.group.type == EntityType.PLACE || c.group.type == EntityType.PERSON && governedByPreposition(bt, c)) {
                continue;
            }
            Candidate next = nextAfter(c);
            if (c.group.type == EntityType.ORGANIZATION && governedByPreposition(bt, c) && next != null
                    && next.span.start() < to && next.group.type == EntityType.PERSON
                    && bt.slice(c.span.end(), next.span.start()).strip().equals(",")) {
                return next.group;
            }
            return firstCandidate(bt, c.span.start(), to);
        }
        return null;
    }

    /** Where the name starting at {@code start} ends, or -1 when no name starts there. */
    int nameEndFrom(int start) {
        Candidate c = byStart.get(start);
        return c == null ? -1 : c.span.end();
    }

    /** Capitalised words (a title) or nothing, before a sentence's first name. */
    private static final Pattern RE_TITLE_WORDS = Pattern.compile("(?:\\p{Lu}[\\p{L}.-]*\\s+)*");

    /**
     * Named sieve SubjectSetOffByCommas: "Abu Sneineh, a hydrogeologist at the School of Science, said …", "Co-author Dr
     * Felix Roe, of the GFZ in Potsdam, said …": the person or body that opens the sentence (after a title at most) and
     * is set off by a comma is the subject of the verb after the closing comma at {@code verbComma}; null otherwise.
     */
    Group subjectBeforeApposition(BlockText bt, Span sentence, int verbComma) {
        int i = java.util.Arrays.binarySearch(startArray, sentence.start());
        i = i >= 0 ? i : -i - 1;
        if (i >= sorted.size()) {
            return null;
        }
        Candidate c = sorted.get(i);
        if (c.group.type == EntityType.PLACE || c.span.end() >= verbComma
                || !RE_TITLE_WORDS.matcher(bt.slice(sentence.start(), c.span.start())).matches()
                || !bt.slice(c.span.end(), c.span.end() + 1).equals(",")) {
            return null;
        }
        return c.group;
    }

    /** The names that refer to this entity. */
    List<Candidate> candidatesOf(Group g) {
        return g.members;
    }

    /** Where the sentence's subject (a name or a pronoun) stands, or null. */
    Integer subjectPosition(Span sentence) {
        return subjectOfSentence.get(sentence.start());
    }

    /** The subject of the sentence: a name, or the person its pronoun stands for. */
    Group sentenceSubject(BlockText bt, Span sentence) {
        Integer pos = subjectOfSentence.get(sentence.start());
        if (pos == null) {
            return null;
        }
        Group g = recent.get(pos);
        if (g == PRONOUN) {
            // The pronoun itself: "she" is asked for a woman, "he" for a man.
            return pronoun(bt.tokens.get(bt.firstTokenFrom(pos)).text(), pos);
        }
        return g;
    }

    /**
     * Whether a lower-case head noun names a role: a role noun ({@link Lexicon#isRoleNoun}) or a title printed before
     * names (titles.txt: "the councilwoman" is whoever was named "Councilwoman Grace Liu").
     */
    private boolean isRole(String head) {
        return lex.isRoleNoun(head) || lex.titles.contains(capitalise(head));
    }

    /**
     * "the president", "the security chief": the latest speaker, else person, with that role; else, when no one holds
     * it, the untitled person last named ({@link #untitledLatestPerson}).
     */
    Group role(String phrase, int pos) {
        Matcher kin = RE_KIN_OF.matcher(phrase.strip());
        if (kin.matches() && lex.kinNouns.contains(kin.group(1))) {
            phrase = kin.group(1); // "the father of two": a father
        }
        Group held = roleHeld(phrase, pos);
        return held != null || !namesARole(phrase) ? held : untitledLatestPerson(pos, phrase);
    }

    /** A word ending in a possessive ("captain's"). */
    private static final Pattern RE_POSSESSIVE_WORD = Pattern.compile("\\p{L}['’]s?\\b");

    /** "father of two", "mother of twins": a kin noun and what follows "of" (group 1 the noun). */
    private static final Pattern RE_KIN_OF = Pattern.compile("(\\p{Ll}+) of [\\p{Ll}\\d]+");

    /**
     * Named sieve HeadlineRoleIsItsOneHolder: "Minister says 4% ceiling protects ‘thousands of families’" over a story
     * that names the minister only below: a headline's or standfirst's role is the one person of the article who holds
     * it, by title or apposition; null when none or several do.
     */
    Group soleHolderOf(String phrase) {
        String[] words = RE_SPACES.split(phrase.strip().toLowerCase(Locale.ROOT));
        String head = words[words.length - 1];
        if (!isRole(head)) {
            return null;
        }
        Group holder = null;
        for (Candidate c : sorted) {
            if (c.group != null && c.group.type == EntityType.PERSON && hasRoleHere(c, head)) {
                if (holder != null && holder != c.group) {
                    return null;
                }
                holder = c.group;
            }
        }
        return holder;
    }

    /**
     * Named sieve PossessiveRoleIsItsHolder: "…," her daughter said / his lawyer told: the person who holds that role
     * by title or apposition ("Her daughter, Maria Lopez, …"), or null. Unlike "the coach said", never the person last
     * named: that is whose daughter or lawyer is meant, not the speaker.
     */
    Group possessiveRole(String phrase, int pos) {
        return namesARole(phrase) ? roleHeld(phrase, pos) : null;
    }

    /** Whether {@link #roleHeld} reads the phrase as a role (not an age alone, nor a body's or a thing's noun). */
    private boolean namesARole(String phrase) {
        String[] words = RE_SPACES.split(phrase.strip().toLowerCase(Locale.ROOT));
        String head = words[words.length - 1];
        return !(words.length == 1 && RE_AGE.matcher(head).matches())
                && (isRole(head) || lex.roleNouns.contains(phrase.strip().toLowerCase(Locale.ROOT)));
    }

    /** The person or body that holds the role by title, apposition or voice, or null. */
    private Group roleHeld(String phrase, int pos) {
        String[] words = RE_SPACES.split(phrase.strip().toLowerCase(Locale.ROOT));
        String head = words[words.length - 1];
        // "the 26-year-old said": an age alone describes the person last named (a subject or a speaker).
        if (words.length == 1 && RE_AGE.matcher(head).matches()) {
            return latestPerson(pos);
        }
        Group headOfBody = words.length >= 2 && lex.headOfBodyNouns.contains(head) ? titledPersonOfBody(phrase, pos) : null;
        if (headOfBody != null) {
            return headOfBody;
        }
        if (!isRole(head) && !lex.roleNouns.contains(phrase.strip().toLowerCase(Locale.ROOT))) {
            Group described = describedInApposition(head, pos, EntityType.PERSON);
            if (described == null) {
                described = bodyNamed(head, pos);
            }
            if (described == null) {
                // "Taieri Fields Ltd, a company set up by three families, …" then "the company said": the body so
                // described, before the latest body that was a sentence's subject.
                described = describedInApposition(head, pos, EntityType.ORGANIZATION);
            }
            return described != null ? described : latestBodySubject(head, pos);
        }
        // "the prime minister said": the person titled exactly so wins over another minister named later.
        Group found = words.length >= 2 ? latestWithExactRole(String.join(" ", words), pos) : null;
        if (found == null) {
            found = latestWithRole(head, pos);
            if (found != null && !namedModifiersAgree(phrase, found)) {
                found = null;
            }
        }
        if (found == null) {
            // "the Italian leader": no one holds that role by name, but one person's title has that demonym.
            for (int k = words.length - 2; k >= 0 && found == null; k--) {
                String country = lex.demonymCountry(capitalise(words[k]));
                if (country != null) {
                    found = latestWithRole(words[k], pos);
                    for (int i = sorted.size() - 1; i >= 0 && found == null; i--) {
                        Candidate c = sorted.get(i);
                        if (c.span.start() < pos && c.group.type == EntityType.PERSON && c.country != null
                                && (c.country.equalsIgnoreCase(words[k]) || country.equals(lex.demonymCountry(c.country)))) {
                            found = c.group;
                        }
                    }
                }
            }
        }
        if (found == null) {
            found = describedInApposition(head, pos, EntityType.PERSON);
        }
        if (found == null && lex.voices.contains(head)) {
            // "A Ministry of Education (MOE) spokeswoman said ... / '...,' the spokeswoman said": the body she speaks for.
            found = voiceBefore(pos, lex.genderCues.get(head));
        }
        if (found == null) {
            found = describedInAppositionJustAfter(head, pos);
        }
        return found;
    }

    /**
     * Named sieve BodysHeadIsItsTitledPerson: "…," the JRC boss said, after "JRC managing director Jane Roe": a noun for
     * whoever heads a body (head-of-body-nouns.txt), after a body's capitalised name, is the person last named with a
     * title whose title or the words before whose name print that name ({@link #namedModifiersAgree}); null when no one
     * is, or the phrase prints no capitalised word.
     */
    private Group titledPersonOfBody(String phrase, int pos) {
        if (RE_SPACES.splitAsStream(phrase.strip()).noneMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            return null;
        }
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Candidate c = sorted.get(i);
            if (c.span.start() < pos && c.group.type == EntityType.PERSON && !c.roles.isEmpty()
                    && namedModifiersAgree(phrase, c.group)) {
                return c.group;
            }
        }
        return null;
    }

    /** A possessive ending a word of a description ("Blacks'", "Astros'"), left off before comparing it. */
    private static final Pattern RE_POSSESSIVE_END = Pattern.compile("['’]s?$");

    /**
     * Named sieve NamedModifierAgrees: "the Scotland head coach" is not whoever was printed plain "coach Henrik
     * Aasland" (Norway's): a capitalised word of the phrase, no demonym, must stand in one of the person's titles or
     * just before one of their names.
     */
    private boolean namedModifiersAgree(String phrase, Group g) {
        for (String printed : RE_SPACES.split(phrase.strip())) {
            String w = RE_POSSESSIVE_END.matcher(printed).replaceFirst("");
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || lex.demonymCountry(w) != null) {
                continue;
            }
            boolean seen = false;
            for (Candidate m : g.members) {
                String lead = m.block == null ? "" : m.block.slice(Math.max(m.block.offset, m.span.start() - 40), m.span.start());
                seen |= m.roles.stream().anyMatch(r -> r.contains(w)) || lead.contains(w);
            }
            if (!seen) {
                return false;
            }
        }
        return true;
    }

    /**
     * Named sieve RoleNotHeldIsTheLastNamed: "…," the goaltender said, when no one in the article holds that role by
     * title or apposition, is the person last named as a subject or speaker in this paragraph or the one before (the
     * one before the quotation, when it ran on over paragraphs of quotation alone),
     * if that person bears no title at all (a titled person is someone else's description), or only one that says where
     * they live or how they stand to the story ("Sandy Bay resident", standing-roles.txt) or a style of address ("Dr",
     * honorifics.txt), or spoke there; any person when the description is kin ("the father", kin-nouns.txt).
     */
    private Group untitledLatestPerson(int pos, String description) {
        String[] said = RE_SPACES.split(description.strip().toLowerCase(Locale.ROOT));
        // A kin noun describes anyone, whatever their title: "Deckhand Jonel Cruz said … / '…,' the father of two said";
        // not after a possessive: "the Ireland captain's brother" is not the captain named before.
        boolean anyone = lex.kinNouns.contains(said[said.length - 1]) && !RE_POSSESSIVE_WORD.matcher(description).find();
        Integer own = blockStarts.floor(pos);
        Integer previous = own == null ? null : blockStarts.lower(own);
        // A quotation run on from paragraphs of quotation alone: the paragraph before it opened.
        while (previous != null && runOnQuotations.contains(previous) && blockStarts.lower(previous) != null) {
            previous = blockStarts.lower(previous);
        }
        int from = previous != null ? previous : own != null ? own : 0;
        for (var e : recent.subMap(from, true, pos, false).descendingMap().entrySet()) {
            Group g = e.getValue();
            if (g != PRONOUN && g.type == EntityType.PERSON) {
                // A titled person is someone else's description, unless they are the one who just spoke: "Lead author
                // Dr Jane Roe said: '…' / '…,' the researcher said" goes on quoting her.
                // Only in a paragraph that opens with the quotation: "A senior official said … '…,' the official
                // said" describes the one it brought in.
                var lastSpeaker = own == null ? null : speakers.lowerEntry(pos);
                boolean spoke = own != null && quotationFirst.contains(own) && lastSpeaker != null
                        && lastSpeaker.getKey() >= from && lastSpeaker.getValue() == g;
                return spoke || anyone || g.members.stream().allMatch(m -> m.roles.stream()
                        .allMatch(r -> standing(r) || lex.honorifics.contains(r))) ? g : null;
            }
        }
        return null;
    }

    /** Whether a role only says where a person lives or how they stand to the story ("Sandy Bay resident"). */
    private boolean standing(String role) {
        String[] words = RE_SPACES.split(role.strip().toLowerCase(Locale.ROOT));
        return lex.standingRoles.contains(words[words.length - 1]);
    }

    /**
     * Named sieve DescribedInAppositionJustAfter: "The curator of the exhibition spent three years looking … '…,' he
     * said. / Taras Hnatiuk, the curator, …": news may describe a speaker before naming them; when no one named before
     * {@code pos} holds the role, the person set off by a comma and the same description later in that paragraph or the
     * next one is the one described.
     */
    private Group describedInAppositionJustAfter(String head, int pos) {
        int limit = endOfParagraphsAfter(pos, 1);
        Pattern apposition = apposition(head);
        int i = java.util.Arrays.binarySearch(startArray, pos + 1);
        for (i = i >= 0 ? i : -i - 1; i < sorted.size() && sorted.get(i).span.start() < limit; i++) {
            Candidate c = sorted.get(i);
            if (c.group.type != EntityType.PERSON || c.block == null) {
                continue;
            }
            int end = Math.min(c.block.offset + c.block.text.length(), c.span.end() + 60);
            if (end > c.span.end() && apposition.matcher(c.block.slice(c.span.end(), end)).find()) {
                return c.group;
            }
        }
        return null;
    }

    /** Where the {@code paragraphs}-th paragraph after the one holding {@code pos} ends (the article's end at most). */
    private int endOfParagraphsAfter(int pos, int paragraphs) {
        Integer start = blockStarts.floor(pos);
        for (int k = 0; k <= paragraphs && start != null; k++) {
            start = blockStarts.higher(start);
        }
        return start != null ? start : Integer.MAX_VALUE;
    }

    /** A comma and a description ending in {@code head} right after a name: ", a farmer", ", the curator". */
    private static Pattern apposition(String head) {
        return Pattern.compile("^\\.?,\\s+(?:a|an|the)\\s+(?:[\\p{L}\\d'-]+\\s+){0,3}?" + Pattern.quote(head) + "\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * Named sieve DescribedInApposition: "Juan Perez, a farmer who lost his crop, …" then "the farmer said": the
     * latest person before {@code pos} set off by a comma and a description (a, an or the, up to three modifiers,
     * then {@code head}) is the one the description names again. So is a body: "Black Swamp Grain Growers Inc., a
     * cooperative that …" then "the cooperative said".
     */
    private Group describedInApposition(String head, int pos, EntityType type) {
        Pattern apposition = apposition(head);
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Candidate c = sorted.get(i);
            if (c.span.start() >= pos || c.group.type != type || c.block == null) {
                continue;
            }
            int end = Math.min(c.block.offset + c.block.text.length(), c.span.end() + 60);
            if (end > c.span.end() && apposition.matcher(c.block.slice(c.span.end(), end)).find()) {
                return c.group;
            }
        }
        return null;
    }

    /**
     * The person last named as a subject or a speaker in the sentence of {@code pos} or the one before it, or null:
     * a description further from its person would be a guess.
     */
    private Group latestPerson(int pos) {
        Integer own = sentenceStarts.floor(pos);
        Integer previous = own == null ? null : sentenceStarts.lower(own);
        // A quotation mark or a space alone between sentences is no sentence of its own.
        while (previous != null && own - previous < 3) {
            own = previous;
            previous = sentenceStarts.lower(previous);
        }
        int from = previous != null ? previous : own != null ? own : 0;
        for (var e : recent.subMap(from, true, pos, false).descendingMap().entrySet()) {
            Group g = e.getValue();
            if (g != PRONOUN && g.type == EntityType.PERSON) {
                return g;
            }
        }
        return null;
    }

    /**
     * The latest speaker or person named before {@code pos} whose title holds {@code word}: whichever of
     * the two is nearer ("the minister said" after "Finance Minister Jane Roe said …" is Roe, even when
     * another minister spoke earlier).
     */
    private Group latestWithRole(String word, int pos) {
        Integer speakerAt = null;
        Group speaker = null;
        for (var e : speakers.headMap(pos, false).descendingMap().entrySet()) {
            if (hasRole(e.getValue(), word)) {
                speakerAt = e.getKey();
                speaker = e.getValue();
                break;
            }
        }
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Candidate c = sorted.get(i);
            if (c.span.start() < pos && c.group.type == EntityType.PERSON && hasRoleHere(c, word)) {
                return speakerAt != null && speakerAt > c.span.start() ? speaker : c.group;
            }
        }
        if (speaker != null) {
            return speaker;
        }
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Candidate c = sorted.get(i);
            if (c.span.start() < pos && hasRole(c.group, word)) {
                return c.group;
            }
        }
        return null;
    }

    private Group latestWithExactRole(String phrase, int pos) {
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Candidate c = sorted.get(i);
            if (c.span.start() < pos && c.group != null && c.group.type == EntityType.PERSON) {
                for (String r : c.roles) {
                    if (r.toLowerCase(Locale.ROOT).equals(phrase)) {
                        return c.group;
                    }
                }
            }
        }
        return null;
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private boolean hasRoleHere(Candidate m, String head) {
        for (String r : m.roles) {
            if (roleHolds(r, head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Named sieve AbbreviatedTitleIsRole: whether a title printed before a name holds the role noun {@code head}, as
     * one of its words or through its abbreviation ("Sen." a senator, "Dr." a doctor: title-abbreviations.tsv).
     */
    private boolean roleHolds(String title, String head) {
        for (String w : RE_SPACES_HYPHENS.split(title.toLowerCase(Locale.ROOT))) {
            if (w.equals(head)) {
                return true;
            }
        }
        String whole = lex.titleRoles.get(title.strip());
        if (whole != null && RE_SPACES.splitAsStream(whole).anyMatch(head::equals)) {
            return true;
        }
        // "State Rep.": an abbreviation among the title's words.
        for (String w : RE_SPACES.split(title.strip())) {
            String full = lex.titleRoles.get(w);
            if (full != null && RE_SPACES.splitAsStream(full).anyMatch(head::equals)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation an unnamed voice speaks for, in the words just before a verb of saying:
     * "a Kremlin spokesman", "a spokeswoman for the State Department", "the ministry's statement".
     * Only an organisation named right there counts; "a senior official" alone gives none.
     */
    Group bodyOfUnnamed(BlockText bt, int from, int verbStart) {
        // "A spokesperson for the Acme Agency, which issues alerts in England, said": the clause describes the body.
        String lead = RELATIVE_CLAUSE_AT_END.matcher(bt.slice(from, verbStart)).replaceFirst("");
        Matcher m = lex.unnamedVoice.matcher(lead);
        if (!m.find()) {
            return null;
        }
        int phraseStart = from + m.start();
        int i = java.util.Arrays.binarySearch(startArray, phraseStart);
        for (i = i >= 0 ? i : -i - 1; i < sorted.size() && sorted.get(i).span.start() < verbStart; i++) {
            Candidate c = sorted.get(i);
            if (c.group.type == EntityType.ORGANIZATION) {
                return c.group;
            }
        }
        return null;
    }

    /**
     * "the firm", "the carrier", "the company said" with no body named so: the latest organisation that was a
     * sentence's subject or a speaker.
     */
    private Group latestBodySubject(String head, int pos) {
        if (!lex.genericBodies.contains(head)) {
            return null;
        }
        for (var e : recent.headMap(pos, false).descendingMap().entrySet()) {
            if (e.getValue() != PRONOUN && e.getValue().type == EntityType.ORGANIZATION) {
                return e.getValue();
            }
        }
        return null;
    }

    private Group bodyNamed(String head, int pos) {
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Candidate c = sorted.get(i);
            if (c.span.start() < pos && c.group.type == EntityType.ORGANIZATION) {
                for (String w : c.text.split(" ")) {
                    if (w.equalsIgnoreCase(head)) {
                        return c.group;
                    }
                }
            }
        }
        return null;
    }

    private boolean hasRole(Group g, String head) {
        for (Candidate m : g.members) {
            if (hasRoleHere(m, head)) {
                return true;
            }
        }
        return false;
    }
}
