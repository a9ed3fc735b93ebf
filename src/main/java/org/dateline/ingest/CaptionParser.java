package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.knowledge.DataFiles;
import org.dateline.model.Span;

/**
 * Splits a photo caption into its text and its credit ("Photo by Jane Doe/UPI", "(AP Photo/John
 * Roe)", "Photo: X/Outlet") and spots the licence marker ("| License Photo"), by the patterns in
 * {@code lexicon/credits.txt}.
 */
final class CaptionParser {
    /**
     * A caption found at {@code [start, end)} of some text.
     *
     * @param captionSpan the caption without credit or licence marker
     * @param credit      the credit as printed, parentheses removed, or null
     */
    record Caption(Span captionSpan, String credit, String photographer, Span photographerSpan,
                   String organization, boolean licensed) { }

    // Every line of an article is tried against all these patterns; most lines lack the text each needs.
    private final List<GatedPattern> licence = new ArrayList<>();
    private final List<GatedPattern> credits = new ArrayList<>();

    /**
     * The credit as a person's name in normal case when it is one printed in capitals: two to four words, the first a
     * given name ("DANIEL ROWE-HAKARAIA" is Daniel Rowe-Hakaraia; "GETTY IMAGES" is no one). Else null.
     */
    String personInCapitals(String credit) {
        String s = credit.strip();
        String[] words = s.split("\\s+");
        if (!Names.isUpperCase(s) || words.length < 2 || words.length > 4) {
            return null;
        }
        String name = Names.normalCase(s);
        return Names.GIVEN_NAMES.contains(name.split("\\s+")[0]) ? name : null;
    }

    private CaptionParser() {
        for (String entry : DataFiles.entries("lexicon/credits.txt")) {
            if (entry.startsWith("licence:")) {
                licence.add(new GatedPattern(Pattern.compile(entry.substring("licence:".length()).strip(),
                        Pattern.CASE_INSENSITIVE)));
            } else {
                credits.add(new GatedPattern(Pattern.compile(entry)));
            }
        }
    }

    private static final CaptionParser DEFAULT = new CaptionParser();

    static CaptionParser get() {
        return DEFAULT;
    }

    /** The caption in {@code text[start, end)} when it ends with a picture credit, else null. */
    Caption parse(String text, int start, int end) {
        return parse(text, start, end, false);
    }

    /**
     * Like {@link #parse(String, int, int)}; when {@code known} the line is a caption whatever it ends with
     * (a page labelled it so), and a caption with no credit is returned.
     */
    Caption parse(String text, int start, int end, boolean known) {
        String line = text.substring(start, end);
        RequiredText.Line checked = new RequiredText.Line(line);
        boolean licensed = false;
        int cut = line.length();
        for (GatedPattern p : licence) {
            Matcher m = p.matcherOrNull(checked);
            if (m != null && m.find()) {
                licensed = true;
                cut = m.start();
                break;
            }
        }
        String body = line.substring(0, cut);
        checked = cut == line.length() ? checked : new RequiredText.Line(body);
        for (GatedPattern p : credits) {
            Matcher m = p.matcherOrNull(checked);
            if (m != null && m.find()) {
                String person = group(m, "person");
                String org = person != null ? person : group(m, "org");
                String inCapitals = org == null ? null : personInCapitals(org);
                if (person != null && inCapitals == null) {
                    continue;
                }
                String photographer = group(m, "photographer");
                Span photographerSpan = null;
                if (photographer != null) {
                    int ps = start + m.start("photographer");
                    photographer = photographer.strip();
                    ps += body.substring(m.start("photographer")).indexOf(photographer);
                    photographerSpan = new Span(ps, ps + photographer.length());
                    photographer = Names.normalCase(photographer);
                } else if (inCapitals != null) {
                    // "PHOTO: DANIEL ROWE-HAKARAIA", "Image: GEORGE MURAGE-WEKESA": a person's name in capitals.
                    int ps = start + m.start(person != null ? "person" : "org") + org.indexOf(org.strip());
                    photographerSpan = new Span(ps, ps + org.strip().length());
                    photographer = inCapitals;
                    org = null;
                }
                String credit = stripParens(body.substring(m.start(), m.end()).strip());
                if (org != null) {
                    org = org.strip();
                    String agency = Agencies.shortName(org);
                    org = agency != null ? agency : org;
                }
                Span caption = trimmed(text, start, start + m.start());
                return new Caption(caption, credit, photographer, photographerSpan, org, licensed);
            }
        }
        return known || licensed ? new Caption(trimmed(text, start, start + cut), null, null, null, null, licensed)
                : null;
    }

    private static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null || g.isBlank() ? null : g;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String stripParens(String s) {
        return s.startsWith("(") && s.endsWith(")") ? s.substring(1, s.length() - 1).strip() : s;
    }

    /** The span with surrounding white space left out. */
    static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
