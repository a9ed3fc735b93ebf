package org.dateline.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.knowledge.DataFiles;

/**
 * Tells page furniture from article text, line by line, using {@code lexicon/boilerplate.txt}: lines to
 * drop, lines that end the article, and the labels copied pages print before captions, credits and the
 * publication time; and {@code lexicon/page-chrome.txt}: site section labels, breadcrumbs, menus and cookie banners.
 */
final class BoilerplateRules {
    /** What a line is, as far as page furniture goes. */
    enum Kind { TEXT, DROP, END,
        /** A box of teasers ("Most read"): its heading and the lines under it, up to the next prose, are no story. */
        BOX,
        CAPTION_LABEL, CREDIT_LABEL, PUBLISHED_LABEL, UPDATED_LABEL,
        /** A site section or menu label ("Business", "Local News"): chrome before the headline, else text. */
        SECTION }

    /** A classified line; {@code rest} is what follows a label on the same line ("Reuters"). */
    record Verdict(Kind kind, String rest) {
        static final Verdict TEXT = new Verdict(Kind.TEXT, "");
    }

    /** List bullets and dashes (with white space) opening a line. */
    private static final Pattern BULLET = Pattern.compile("^[\\s\u2022\u00b7\u25cf\u25aa*\u2013\u2014-]+(?=\\S)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,:]+");

    private final Set<String> drop;
    private final Set<String> end;
    private final List<String> captionLabels;
    private final List<String> creditLabels;
    /** Longest first, so that the longer of two labels sharing a start is read. */
    private final List<String> publishedLabels;
    private final List<String> updatedLabels;
    /** A line matched whole by one of these says when the article was published; its first group is the date. */
    private final List<Pattern> publishedSentences;
    /** Site section and menu labels ({@code page-chrome.txt}), as keys. */
    private final Set<String> sections;
    /** A line ends the article when one of these matches it whole ("32 Comments"). */
    private final List<Pattern> endPatterns;
    /** Headings of teaser boxes, as keys, and patterns a heading matches whole ("Most read in Ireland"). */
    private final Set<String> boxes;
    private final List<Pattern> boxPatterns;
    /** A line is dropped when one of these matches it whole. */
    private final List<Pattern> dropPatterns;

    private BoilerplateRules() {
        Map<String, List<String>> rules = DataFiles.rules("lexicon/boilerplate.txt",
                "line", "regex", "end", "end-regex", "box", "box-regex", "caption", "credit", "published",
                "published-regex", "updated");
        drop = keys(rules.get("line")).collect(Collectors.toSet());
        end = keys(rules.get("end")).collect(Collectors.toSet());
        endPatterns = rules.get("end-regex").stream().map(Pattern::compile).toList();
        boxes = keys(rules.get("box")).collect(Collectors.toSet());
        boxPatterns = rules.get("box-regex").stream().map(Pattern::compile).toList();
        captionLabels = keys(rules.get("caption")).toList();
        creditLabels = keys(rules.get("credit")).toList();
        publishedLabels = keys(rules.get("published")).sorted(LONGEST_FIRST).toList();
        publishedSentences = rules.get("published-regex").stream().map(Pattern::compile).toList();
        updatedLabels = keys(rules.get("updated")).sorted(LONGEST_FIRST).toList();
        Map<String, List<String>> chrome = DataFiles.rules("lexicon/page-chrome.txt", "section", "regex");
        sections = keys(chrome.get("section")).collect(Collectors.toSet());
        dropPatterns = Stream.concat(rules.get("regex").stream(), chrome.get("regex").stream())
                .map(Pattern::compile).toList();
    }

    /** Splits a breadcrumb: "Home | News | Local Government", "Sport › Football". */
    private static final Pattern CRUMB = Pattern.compile("\\s*[|>\u203a\u00bb/]\\s*");
    /** A short capitalised phrase, as breadcrumbs print a section: "Local Government", "Crime & Courts". */
    private static final Pattern CRUMB_PHRASE = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|&|and)){0,2}");

    /**
     * "News and features › 2025 › October", "South Africa tour of Sri Lanka > 2nd ODI > Report": short pieces joined
     * by the angle quotes that only breadcrumb trails print (or by two "greater than" signs or more, which prose never
     * strings so), a trail whatever its pieces say.
     */
    private static final Pattern TRAIL = Pattern.compile(
            "[^\u203a\u00bb\\n]{1,30}(?:\\s+[\u203a\u00bb]\\s+[^\u203a\u00bb\\n]{1,30})+"
            + "|[^>\\n]{1,30}(?:\\s+>\\s+[^>\\n]{1,30}){2,}");

    /**
     * Whether the cleaned line is a site section label, or a breadcrumb of them, by {@code page-chrome.txt} or printed
     * in capitals, or a trail of angle quotes ({@link #TRAIL}).
     */
    private boolean isSection(String cleaned) {
        String k = key(HASH.matcher(cleaned).replaceFirst(""));
        if (sections.contains(k) || TRAIL.matcher(cleaned.strip()).matches()) {
            return true;
        }
        if (isMenuBar(cleaned)) {
            return true;
        }
        String[] crumbs = CRUMB.split(cleaned.strip());
        if (crumbs.length < 2) {
            return false;
        }
        boolean known = false;
        for (String c : crumbs) {
            if (c.isEmpty()) {
                continue;
            }
            boolean section = sections.contains(key(c));
            if (!section && !CRUMB_PHRASE.matcher(c).matches()) {
                return false;
            }
            known |= section;
        }
        // "SOUTH AFRICA | KWAZULU-NATAL": a trail printed in capitals is a page's sections, whatever they name.
        return known || cleaned.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * A bar of furniture split by | or similar: every piece of it a line to drop, the first maybe after a label that is
     * one ("Facebook | Twitter | Email", "Share: Facebook | X | WhatsApp", "Share on Facebook | Email"); or a
     * footer's links closed by a copyright notice ("Terms of Use | Privacy Policy | © 2027 ESPN Sports Media Ltd.
     * All rights reserved.").
     */
    private boolean isFurnitureBar(String cleaned) {
        String[] pieces = CRUMB.split(cleaned.strip());
        if (pieces.length < 2) {
            return false;
        }
        for (String p : pieces) {
            if (TextDates.firstDay(p) != null) {
                return false; // "Source: Xinhua | 2026-08-17 22:06:41 | Editor: …" dates the story
            }
        }
        String last = pieces[pieces.length - 1];
        if (pieces.length >= 3 && COPYRIGHT.matcher(last).find()
                && dropPatterns.stream().anyMatch(p -> p.matcher(last).matches())) {
            return true;
        }
        for (int i = 0; i < pieces.length; i++) {
            String p = pieces[i];
            int colon = p.indexOf(':');
            if (i == 0 && colon > 0 && drop.contains(key(p.substring(0, colon)))) {
                p = p.substring(colon + 1);
            }
            String piece = p.strip();
            if (!piece.isEmpty() && !drop.contains(key(piece))
                    && dropPatterns.stream().noneMatch(d -> d.matcher(piece).matches())) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern PIPE = Pattern.compile("\\s+\\|\\s+");
    /** A menu item: opening with a capital, no digit, no sentence punctuation. */
    private static final Pattern MENU_ITEM = Pattern.compile("\\p{Lu}[^\\d.!?;:,\"\u201c\u201d@]{0,40}");

    /**
     * "Front page | Finland | Politics | Culture | Finland in Brief | Newsletters": four pipe-separated items or more,
     * each a short capitalised label of four words at most (the first may be the day's date), is a site's menu whatever
     * its items say (a byline's "By X | email | Paper" has three; a date line's items hold digits).
     */
    private static boolean isMenuBar(String cleaned) {
        String[] items = PIPE.split(cleaned.strip());
        if (items.length < 4) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            // "Thursday, February 10, 2028 | E-paper | Subscribe | Login": the menu may open with the day's date.
            boolean date = i == 0 && TextDates.labelDay(item) != null;
            if (!date && (!MENU_ITEM.matcher(item).matches() || SPACES.split(item).length > 4)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern HASH = Pattern.compile("^#+\\s*");
    /** A copyright notice's marks. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)|copyright|all rights reserved");

    private static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length).reversed();

    private static final BoilerplateRules DEFAULT = new BoilerplateRules();

    static BoilerplateRules get() {
        return DEFAULT;
    }

    private static Stream<String> keys(List<String> values) {
        return values.stream().map(BoilerplateRules::key);
    }

    /** A line as the rules compare it: stripped, runs of white space one space, lower case. */
    private static String key(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The line with list bullets and surrounding space removed, as rules compare it. */
    static String clean(String line) {
        return BULLET.matcher(line).replaceFirst("").strip();
    }

    /** Whether the key {@code k} opens with {@code label} followed by {@code then}. */
    private static boolean labelled(String k, String label, char then) {
        return k.length() > label.length() && k.charAt(label.length()) == then && k.startsWith(label);
    }

    Verdict classify(String line) {
        String cleaned = clean(line);
        String k = key(cleaned);
        if (k.isEmpty()) {
            return new Verdict(Kind.DROP, "");
        }
        if (end.contains(k) || endPatterns.stream().anyMatch(p -> p.matcher(cleaned).matches())) {
            return new Verdict(Kind.END, "");
        }
        if (boxes.contains(k) || boxPatterns.stream().anyMatch(p -> p.matcher(cleaned).matches())) {
            return new Verdict(Kind.BOX, "");
        }
        // "Updated 3:45 PM ET, Sat October 3, 2015" is furniture, but its date still witnesses the story's.
        for (String label : updatedLabels) {
            if (labelled(k, label, ' ') || labelled(k, label, ':')) {
                String rest = LEADING_SEPARATORS.matcher(cleaned.substring(label.length())).replaceFirst("");
                if (TextDates.firstDay(rest) != null && rest.length() <= 60) {
                    return new Verdict(Kind.UPDATED_LABEL, rest);
                }
            }
        }
        // "Share this:": a drop label over the buttons it introduces.
        boolean dropLabel = k.endsWith(":") && drop.contains(k.substring(0, k.length() - 1).strip());
        if (dropLabel || drop.contains(k) || dropPatterns.stream().anyMatch(p -> p.matcher(cleaned).matches())
                || isFurnitureBar(cleaned)) {
            return new Verdict(Kind.DROP, "");
        }
        if (isSection(cleaned)) {
            return new Verdict(Kind.SECTION, "");
        }
        if (captionLabels.contains(k)) {
            return new Verdict(Kind.CAPTION_LABEL, "");
        }
        for (String label : captionLabels) {
            if (labelled(k, label, ' ') && label.length() > 3) {
                return new Verdict(Kind.CAPTION_LABEL, cleaned.substring(label.length()).strip());
            }
        }
        for (String label : creditLabels) {
            if (k.startsWith(label)) {
                return new Verdict(Kind.CREDIT_LABEL, LEADING_SEPARATORS.matcher(
                        cleaned.substring(Math.min(label.length(), cleaned.length()))).replaceFirst(""));
            }
        }
        for (String label : publishedLabels) {
            if (k.equals(label) || labelled(k, label, ' ') || labelled(k, label, ':')) {
                String rest = LEADING_SEPARATORS.matcher(cleaned.substring(label.length())).replaceFirst("");
                // "Published" followed by prose is a sentence, not a label: the rest must hold a date or nothing.
                if (rest.isEmpty() || TextDates.hasLabelDate(rest)) {
                    return new Verdict(Kind.PUBLISHED_LABEL, rest);
                }
            }
        }
        for (Pattern p : publishedSentences) {
            Matcher m = p.matcher(cleaned);
            if (m.matches() && TextDates.hasLabelDate(m.group(1))) {
                return new Verdict(Kind.PUBLISHED_LABEL, m.group(1).strip());
            }
        }
        return Verdict.TEXT;
    }
}
