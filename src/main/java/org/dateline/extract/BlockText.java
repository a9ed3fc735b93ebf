package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.ingest.Block;
import org.dateline.model.Span;

/**
 * One block of an article cut into what the extractors share: word tokens with absolute offsets,
 * the spans between quotation marks, and sentences (never cut inside a quotation, so a quote and
 * its attribution stay in one sentence).
 */
final class BlockText {
    /** A word or punctuation mark, with offsets into the article's text. */
    record Token(int start, int end, String text, int sentence) {
        boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }
    }

    /** Text between quotation marks: {@code inner} excludes the marks; {@code closed} is false when it runs on. */
    record QuoteSpan(Span inner, boolean closed) { }

    /**
     * What a token is: dotted abbreviations (U.S., D.C.), words with inner hyphens, apostrophes and dots (al-Assad,
     * People's, Leave.EU), a plural possessive apostrophe before a capital (Workers' Party) or the final "ng'" of an
     * East African name (Achieng' Otieno), or one mark. The
     * tokenizer ({@link #tokenEnd}) reads these tokens character by character, as this pattern's find() loop would.
     */
    static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*(?:(?<=s|ng)['’](?=\\s\\p{Lu}))?|\\S");

    private static boolean isUpper(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z';
        }
        return Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            // The only ASCII characters in \p{L} or \p{N}.
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static int skipLettersAndNumbers(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 128) {
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    break;
                }
                i++;
            } else {
                int cp = text.codePointAt(i);
                if (!isLetterOrNumber(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        return i;
    }

    /** Where the TOKEN match starting at {@code s} (not whitespace) ends. */
    static int tokenEnd(String text, int s) {
        int n = text.length();
        // (?:\p{Lu}\.){2,}
        int i = s;
        int dotted = 0;
        while (i < n && isUpper(text.codePointAt(i))) {
            int next = i + Character.charCount(text.codePointAt(i));
            if (next >= n || text.charAt(next) != '.') {
                break;
            }
            i = next + 1;
            dotted++;
        }
        if (dotted >= 2) {
            return i;
        }
        // [\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*(?:(?<=s|ng)['’](?=\s\p{Lu}))?
        if (isLetterOrNumber(text.codePointAt(s))) {
            i = skipLettersAndNumbers(text, s);
            while (i + 1 < n && "-'’.&".indexOf(text.charAt(i)) >= 0 && isLetterOrNumber(text.codePointAt(i + 1))) {
                i = skipLettersAndNumbers(text, i + 1);
            }
            // "Workers' Party"; and "Achieng' Otieno": East African names mark a velar nasal with a final "ng'".
            boolean plural = text.charAt(i - 1) == 's';
            boolean velar = i >= 2 && text.charAt(i - 1) == 'g' && text.charAt(i - 2) == 'n';
            if ((plural || velar) && i + 2 < n && (text.charAt(i) == '\'' || text.charAt(i) == '’')
                    && Whitespace.is(text.charAt(i + 1)) && isUpper(text.codePointAt(i + 2))) {
                i++;
            }
            return i;
        }
        // \S
        return s + Character.charCount(text.codePointAt(s));
    }


    private static final Pattern PLACE_PAIR = Pattern.compile("(\\p{Lu}\\p{Ll}{2,})-(\\p{Lu}\\p{Ll}{2,})");

    final Block block;
    final String text;
    final int offset;
    final List<Token> tokens;
    /** The tokens' texts, in order: what phrase look-ups over the block's words read. */
    final List<String> words;
    /** The tokens' texts in lower case, computed once for every matcher that ignores case. */
    final List<String> lower;
    final List<QuoteSpan> quotes;
    final List<Span> sentences;

    private BlockText(Block block, String text, int offset, List<Token> tokens, List<String> words, List<String> lower,
                      List<QuoteSpan> quotes, List<Span> sentences) {
        this.block = block;
        this.text = text;
        this.offset = offset;
        this.tokens = List.copyOf(tokens);
        this.words = List.copyOf(words);
        this.lower = List.copyOf(lower);
        this.quotes = quotes;
        this.sentences = sentences;
    }

    static BlockText of(Block block, Lexicon lex) {
        String text = block.text();
        int off = block.span().start();
        List<QuoteSpan> quotes = findQuotes(text, off);
        List<int[]> raw = new ArrayList<>();
        int from = 0;
        while (true) {
            int s = from;
            while (s < text.length() && Whitespace.is(text.charAt(s))) {
                s++;
            }
            if (s == text.length()) {
                break;
            }
            from = tokenEnd(text, s);
            int e = from;
            // Keep the dot of a known abbreviation (Lt., Col., Oct., Mr.) so it neither ends a sentence
            // nor breaks a title.
            if (e < text.length() && text.charAt(e) == '.' && Character.isLetter(text.charAt(s))
                    && (keepsDot(text.substring(s, e), text.substring(s, e + 1), lex) || middleInitial(text, s, e, raw))) {
                e++;
            }
            if (!raw.isEmpty() && s < raw.get(raw.size() - 1)[1]) {
                continue;
            }
            String word = text.substring(s, e);
            if (word.indexOf('-') > 0) {
                // "US-led", "Paris-based": the name is its own token, the participle after the hyphen another.
                Matcher compound = lex.nameCompound.matcher(word);
                if (compound.matches()) {
                    raw.add(new int[] {s, s + compound.end(1)});
                    raw.add(new int[] {s + compound.start(2), e});
                    continue;
                }
                // "the Kenya-Somalia border", "Tokyo-Osaka trains": two places joined by a hyphen are two names.
                Matcher pair = PLACE_PAIR.matcher(word);
                if (pair.matches() && lex.place(pair.group()) == null && lex.knownPlace(pair.group(1)) && lex.knownPlace(pair.group(2))) {
                    raw.add(new int[] {s, s + pair.end(1)});
                    raw.add(new int[] {s + pair.end(1), s + pair.start(2)});
                    raw.add(new int[] {s + pair.start(2), e});
                    continue;
                }
            }
            raw.add(new int[] {s, e});
            from = e;
        }
        // Sentence ends: . ! ? followed by space and a capital or a quote mark, outside quotations.
        List<Span> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>(raw.size());
        List<String> words = new ArrayList<>(raw.size());
        List<String> lower = new ArrayList<>(raw.size());
        int sentence = 0;
        int sentStart = 0;
        for (int i = 0; i < raw.size(); i++) {
            int s = raw.get(i)[0];
            int e = raw.get(i)[1];
            String t = text.substring(s, e);
            tokens.add(new Token(off + s, off + e, t, sentence));
            words.add(t);
            lower.add(t.toLowerCase(Locale.ROOT));
            boolean end = (t.equals(".") || t.equals("!") || t.equals("?")) && !insideQuote(quotes, off + s);
            if (end && i + 1 < raw.size()) {
                char next = text.charAt(raw.get(i + 1)[0]);
                end = Character.isUpperCase(next) || "\"“‘'".indexOf(next) >= 0;
            }
            // "at 3:20 a.m. Saturday", "10 p.m. GMT": a clock time's abbreviation before its day or zone ends nothing.
            if (end && i > 0 && i + 1 < raw.size() && isClock(lex, tokens.get(i - 1).text())) {
                String nextWord = text.substring(raw.get(i + 1)[0], raw.get(i + 1)[1]);
                end = !(lex.isWeekday(nextWord) || lex.timeZones.contains(nextWord));
            }
            // A closing quote mark right after a sentence end inside the quote ends the sentence too
            // when the next word starts a new one ("... them." He said).
            if (!end && isCloseMark(t) && i > 0 && ".!?".contains(tokens.get(i - 1).text())
                    && i + 1 < raw.size() && Character.isUpperCase(text.charAt(raw.get(i + 1)[0]))
                    && !insideQuote(quotes, off + s)) {
                end = true;
            }
            if (end) {
                sentences.add(new Span(off + sentStart, off + e));
                sentStart = i + 1 < raw.size() ? raw.get(i + 1)[0] : e;
                sentence++;
            }
        }
        if (sentStart < text.length()) {
            sentences.add(new Span(off + sentStart, off + text.length()));
        }
        return new BlockText(block, text, off, tokens, words, lower, quotes, List.copyOf(sentences));
    }

    /** Whether a word followed by a full stop keeps it: a known abbreviation (Lt., Col., Oct., Mr.). */
    /**
     * "George W. Bush", "Miriam R. L. Petruck": a capital letter with a full stop between a capitalised word and
     * another is a middle initial; its stop ends no sentence and the name goes on.
     */
    private static boolean middleInitial(String text, int s, int e, List<int[]> raw) {
        if (e - s != 1 || !Character.isUpperCase(text.charAt(s)) || raw.isEmpty()) {
            return false;
        }
        int[] prev = raw.get(raw.size() - 1);
        int next = e + 1;
        return Character.isUpperCase(text.charAt(prev[0])) && prev[1] < s && text.substring(prev[1], s).equals(" ")
                && next + 1 < text.length() && text.charAt(next) == ' ' && Character.isUpperCase(text.charAt(next + 1));
    }

    private static boolean keepsDot(String t, String dotted, Lexicon lex) {
        // "May." is the whole month's name: its full stop ends a sentence ("… on 5 May. The …").
        return lex.titles.contains(dotted) || lex.isMonth(dotted) && !t.equals("May")
                || lex.isWeekday(dotted) || lex.abbreviations.contains(t);
    }

    /** Whether the word is a clock time's abbreviation ("a.m", "P.M"). */
    private static boolean isClock(Lexicon lex, String t) {
        return lex.clockWords.stream().anyMatch(t::equalsIgnoreCase);
    }

    private static boolean isCloseMark(String t) {
        return t.equals("\"") || t.equals("”");
    }

    /**
     * Whether the block is one quotation alone that runs on unclosed into the next block ("\"We all want better
     * transport. … ¶"): its only quote opens at the block's start and has no closing mark.
     */
    boolean quotationRunningOn() {
        return quotes.size() == 1 && !quotes.get(0).closed()
                && text.substring(0, quotes.get(0).inner().start() - offset).strip().length() == 1;
    }

    /** Whether nothing but an opening quotation mark stands between the block's start and {@code quoteStart}. */
    boolean opensWith(int quoteStart) {
        return OPENING_MARK_ALONE.matcher(slice(offset, quoteStart).strip()).matches();
    }

    private static final java.util.regex.Pattern OPENING_MARK_ALONE = java.util.regex.Pattern.compile("[\"“‘']?");

    static boolean insideQuote(List<QuoteSpan> quotes, int pos) {
        for (QuoteSpan q : quotes) {
            if (q.inner().start() <= pos && pos < q.inner().end()) {
                return true;
            }
        }
        return false;
    }

    /** Pairs quotation marks: straight quotes alternate, curly quotes open and close. */
    private static List<QuoteSpan> findQuotes(String text, int off) {
        List<QuoteSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && open < 0)) {
                if (open >= 0) {
                    out.add(new QuoteSpan(trim(text, open + 1, i, off), false));
                }
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                Span inner = trim(text, open + 1, i, off);
                if (inner.length() > 0) {
                    out.add(new QuoteSpan(inner, true));
                }
                open = -1;
            }
        }
        if (open >= 0 && open + 1 < text.length()) {
            out.add(new QuoteSpan(trim(text, open + 1, text.length(), off), false));
        }
        if (text.indexOf('‘') >= 0) {
            singleQuotes(text, off, out);
        }
        if (text.indexOf('\'') >= 0) {
            straightSingleQuotes(text, off, out);
        }
        return out;
    }

    /**
     * British style ‘…’ quotations, outside double quotes: ‘ opens at the start of a word, ’ closes
     * when no letter follows it (so the apostrophe in "don’t" or "Korea’s" does not close).
     */
    private static void singleQuotes(String text, int off, List<QuoteSpan> out) {
        List<QuoteSpan> doubles = List.copyOf(out);
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (insideQuote(doubles, off + i)) {
                continue;
            }
            if (c == '‘' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                open = i;
            } else if (c == '’' && open >= 0 && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                Span inner = trim(text, open + 1, i, off);
                if (inner.length() > 0) {
                    out.add(new QuoteSpan(inner, true));
                }
                open = -1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.inner().start(), b.inner().start()));
    }

    /**
     * British style quotations typed with straight marks, 'like this', outside other quotations: ' opens after a space
     * or a bracket and before a letter, and closes after a letter or a stop when no letter or digit follows; two words
     * or more inside, so "rock 'n' roll" and a plural's apostrophe ("the players' union") quote nothing.
     */
    private static void straightSingleQuotes(String text, int off, List<QuoteSpan> out) {
        List<QuoteSpan> others = List.copyOf(out);
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\'' || insideQuote(others, off + i)) {
                continue;
            }
            boolean opens = (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')
                    && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            boolean closes = open >= 0 && i > 0 && (Character.isLetter(text.charAt(i - 1)) || ".,!?".indexOf(text.charAt(i - 1)) >= 0)
                    && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
            if (closes) {
                Span inner = trim(text, open + 1, i, off);
                if (text.substring(open + 1, i).strip().indexOf(' ') > 0) {
                    out.add(new QuoteSpan(inner, true));
                }
                open = -1;
            } else if (opens) {
                open = i;
            }
        }
        out.sort((a, b) -> Integer.compare(a.inner().start(), b.inner().start()));
    }

    private static Span trim(String text, int s, int e, int off) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(off + s, off + e);
    }

    /** The text between two absolute offsets, clamped to the block. */
    String slice(int start, int end) {
        int s = Math.max(0, start - offset);
        int e = Math.min(text.length(), end - offset);
        return s >= e ? "" : text.substring(s, e);
    }

    /** Whether {@code slice(start, end)} equals the text, told without the copy. */
    boolean sliceEquals(int start, int end, String other) {
        int s = Math.max(0, start - offset);
        int e = Math.min(text.length(), end - offset);
        if (s >= e) {
            return other.isEmpty();
        }
        return e - s == other.length() && text.regionMatches(s, other, 0, e - s);
    }

    /** The first character of {@code slice(start, end)}, or -1 when that is empty: a test of it makes no copy. */
    int firstCharOf(int start, int end) {
        int s = Math.max(0, start - offset);
        int e = Math.min(text.length(), end - offset);
        return s >= e ? -1 : text.charAt(s);
    }

    /**
     * The index of the first token starting at or after an absolute offset (tokens.size() when none):
     * tokens are in text order and never overlap, so a scan of one sentence or one span starts there
     * instead of at the block's first token.
     */
    int firstTokenFrom(int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the sentence holding an absolute offset. */
    int sentenceAt(int pos) {
        for (int i = 0; i < sentences.size(); i++) {
            if (pos < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    /** Whether the token starts a sentence, a quotation or a clause after a colon. */
    boolean isInitial(int tokenIndex) {
        if (tokenIndex == 0) {
            return true;
        }
        Token prev = tokens.get(tokenIndex - 1);
        Token tok = tokens.get(tokenIndex);
        if (prev.sentence() != tok.sentence()) {
            return true;
        }
        String p = prev.text();
        return p.equals("\"") || p.equals("“") || p.equals(":") || p.equals("—") || p.equals("‘") || p.equals("•");
    }
}
