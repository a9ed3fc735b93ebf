package org.dateline.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;

/**
 * Reads wire-style plain text (UPI, AP, Reuters, copied BBC/VOA pages): headline, standfirst, byline,
 * captions, dateline, body and trailer, as blocks over the unchanged text. Page furniture is recognised by
 * {@link BoilerplateRules} and simply gets no block.
 */
final class WireTextReader {
    /**
     * A stand-alone piece of the text: a line, or a hard-wrapped paragraph's lines joined. A one-line unit keeps
     * what {@link #units} learnt of its line ({@code facts}, else null), which reading uses instead of
     * classifying and parsing the line again.
     */
    private record Unit(int start, int end, LineFacts facts) {
        Unit(int start, int end) {
            this(start, end, null);
        }
    }

    /**
     * A line's furniture verdict; when {@code captionParsed}, its caption as an unlabelled line (or null); when
     * {@code bylineParsed}, its byline (or null); when {@code datelineParsed}, its dateline (or null). Each parse is
     * a function of the line alone, so reading may use what {@link #units} found instead of parsing the line again.
     */
    private record LineFacts(BoilerplateRules.Verdict verdict, boolean captionParsed,
                             CaptionParser.Caption caption, boolean bylineParsed, BylineParser.Byline byline,
                             boolean datelineParsed, Dateline dateline) { }

    /** At most this many paragraphs before the byline, captions or dateline count as a standfirst. */
    private static final int MAX_STANDFIRST = 2;
    /** A line this short after the header is a credit ("VOA News"), not a paragraph. */
    private static final int SHORT_LINE_WORDS = 5;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”]$");
    /** Where the writer filed from, on a line under the byline: "at the Aviva Stadium", "in Dublin". */
    private static final Pattern FILED_FROM = Pattern.compile("(?:at|in|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4}");
    /**
     * "Lake Superior Ledger", "The Denver Post": a publication's name under the byline, two to five capitalised
     * words (joining "of", "the", "and", "&" allowed), no digit.
     */
    private static final Pattern OUTLET_NAME = Pattern.compile(
            "(?:The\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:of|the|and|&)\\s+)?\\p{Lu}[\\p{L}'’.-]*){1,4}");

    private final BoilerplateRules boilerplate = BoilerplateRules.get();
    private final BylineParser bylines = BylineParser.get();
    private final CaptionParser captions = CaptionParser.get();

    Draft read(String text) {
        Draft d = new Draft();
        d.text = text;
        d.format = SourceFormat.TEXT;
        List<Unit> units = units(text);

        boolean bodyStarted = false;
        boolean markerSeen = false;
        boolean captionNext = false;
        boolean publishedNext = false;
        CaptionParser.Caption pendingCredit = null;
        int lastBylineEnd = -1;
        List<Unit> pending = new ArrayList<>();
        // Menu labels and chrome lines skipped over the headline so far: a longer label among them ("11 On Your Side")
        // is still inside the menu.
        int chromeAbove = 0;
        // Labels over the headline so far, lines the boilerplate rules drop aside: the first may be the masthead.
        int labelsAbove = 0;
        // Inside a box of teasers ("Most read") printed after the story began.
        boolean inBox = false;

        for (int ui = 0; ui < units.size(); ui++) {
            Unit u = units.get(ui);
            String line = text.substring(u.start, u.end);
            BoilerplateRules.Verdict v = verdict(u, line);
            if (inBox) {
                // Teasers under a box's heading: the story goes on only where prose or a closing credit does.
                if (v.kind() != BoilerplateRules.Kind.TEXT || !isProse(line) && !bylines.isTrailer(line)) {
                    continue;
                }
                inBox = false;
            }
            if (publishedNext) {
                publishedNext = false;
                LocalDate date = TextDates.labelDay(line);
                if (date != null && line.strip().length() <= 60) {
                    d.publishedLineDate = d.publishedLineDate == null ? date : d.publishedLineDate;
                    continue;
                }
            }
            switch (v.kind()) {
                case DROP:
                    chromeAbove++;
                    continue;
                case SECTION:
                    // A section label over the page, unless it is all the headline there is ("Markets" over prose).
                    if (d.headline() == null && !bodyStarted && headlineLikeFollows(text, units, ui, true)) {
                        chromeAbove++;
                        continue;
                    }
                    break;
                case BOX:
                    if (bodyStarted || d.headline() != null && !pending.isEmpty()) {
                        // What came before the box was the story.
                        flushPending(d, pending, true);
                        bodyStarted = true;
                        inBox = true;
                        continue;
                    }
                    break;
                case END:
                    if (bodyStarted || d.headline() != null && !pending.isEmpty()) {
                        flushPending(d, pending, true);
                        return finish(d);
                    }
                    continue;
                case CAPTION_LABEL:
                    markerSeen = true;
                    if (v.rest().isEmpty()) {
                        captionNext = true;
                        continue;
                    }
                    // "Image caption, Mr Smith …" on one line: the caption is what follows the label.
                    int restAt = u.start + line.lastIndexOf(v.rest());
                    CaptionParser.Caption inline = captions.parse(text, restAt, u.end, true);
                    addCaption(d, withCredit(inline, pendingCredit), new Unit(restAt, u.end));
                    pendingCredit = null;
                    continue;
                case CREDIT_LABEL: {
                    // "Image source, Reuters": the credit is printed apart from the caption it belongs to.
                    Span credit = CaptionParser.trimmed(text, u.start, u.end);
                    d.add(BlockKind.CAPTION, credit);
                    String org = v.rest().isBlank() ? null : v.rest().strip();
                    String shortOrg = Agencies.shortName(org);
                    pendingCredit = new CaptionParser.Caption(null, credit.of(text), null, null,
                            shortOrg != null ? shortOrg : org, false);
                    markerSeen = true;
                    continue;
                }
                case UPDATED_LABEL:
                    d.updatedLineDate = d.updatedLineDate == null ? TextDates.firstDay(v.rest()) : d.updatedLineDate;
                    if (!bodyStarted) {
                        markerSeen = true;
                    }
                    continue;
                case PUBLISHED_LABEL:
                    LocalDate date = TextDates.labelDay(v.rest());
                    if (date == null && d.publishedLineReadings.isEmpty()) {
                        d.publishedLineReadings.addAll(TextDates.labelReadings(v.rest()));
                    }
                    if (date != null) {
                        d.publishedLineDate = d.publishedLineDate == null ? date : d.publishedLineDate;
                    } else if (v.rest().isEmpty()) {
                        publishedNext = true;
                    }
                    markerSeen = true;
                    continue;
                default:
                    break;
            }
            BylineParser.Byline closing = bodyStarted && d.authors.isEmpty() ? closingByline(text, u) : null;
            if (closing != null) {
                // "(By Jane Doe and John Roe)" under the story, as Taiwan's CNA signs it.
                d.add(BlockKind.BYLINE, CaptionParser.trimmed(text, u.start, u.end));
                d.authors.addAll(closing.authors());
                continue;
            }
            CaptionParser.Caption caption = !captionNext && u.facts() != null && u.facts().captionParsed()
                    ? u.facts().caption() : captions.parse(text, u.start, u.end, captionNext);
            if (caption != null && (captionNext || d.headline() != null || bodyStarted)) {
                captionNext = false;
                caption = withCredit(caption, pendingCredit);
                pendingCredit = null;
                addCaption(d, caption, u);
                markerSeen = true;
                continue;
            }
            Dateline dateline = bodyStarted ? null : dateline(text, u);
            if (dateline == null && !bodyStarted && d.headline() != null) {
                // "RIZE, Türkiye" on its own line under the headline and byline: the story starts there.
                dateline = DatelineParser.onItsOwnLine(text, u.start, u.end);
            }
            if (dateline != null && TextDates.isDateLine(line)) {
                // "September 23, 2015 / 6:12 PM" on its own under the byline: when the page was published, not a
                // dateline opening the story.
                dateline = null;
            }
            if (d.headline() == null && !bodyStarted && dateline == null) {
                if (TextDates.isDateLine(line)) {
                    publishedOnTheLine(d, line);
                    continue;
                }
                if (isMenuLabel(line) && headlineLikeFollows(text, units, ui, true)) {
                    // "MLS", "Opinion" over the headline: a section label the lexicon does not list; the first such
                    // line, over the menu, is the site's masthead.
                    if (labelsAbove++ == 0) {
                        noteMasthead(d, text, units, ui);
                    }
                    chromeAbove++;
                    continue;
                }
                int later = headlineUnderMenu(text, units, ui, chromeAbove);
                if (later > ui) {
                    // MenuUnderMasthead: the site's name or tagline over its menu ("Your local news, every day" over
                    // "Subscribe", "Log in", "News", ...) is page chrome; the headline is the line over the byline.
                    if (labelsAbove++ == 0) {
                        noteMasthead(d, text, units, ui);
                    }
                    ui = later - 1;
                    continue;
                }
                d.add(BlockKind.HEADLINE, CaptionParser.trimmed(text, u.start, u.end));
                continue;
            }
            if (!bodyStarted) {
                if (dateline != null) {
                    d.dateline = dateline;
                    bareByline(text, d, pending);
                    flushPending(d, pending, false);
                    bodyStarted = true;
                    d.add(BlockKind.BODY, CaptionParser.trimmed(text, u.start, u.end));
                    continue;
                }
                BylineParser.Byline byline = u.facts() != null && u.facts().bylineParsed()
                        ? u.facts().byline() : bylines.parse(text, u.start, u.end);
                // "Mihi Tautahi, Reporter" under the headline: names with their job make a byline without "By".
                if (byline == null && d.authors.isEmpty() && d.headline() != null) {
                    byline = bylines.parseBareWithJob(text, u.start, u.end);
                }
                // "Jane Doe" over "BBC News, Ljubljana", "The Daily Planet", "at the Aviva Stadium" or the date line:
                // names alone make a byline when the line under them is one that a byline has under it.
                Unit next = ui + 1 < units.size() ? units.get(ui + 1) : null;
                String under = next == null ? null : text.substring(next.start, next.end);
                if (byline == null && d.authors.isEmpty() && d.headline() != null && under != null
                        && underABareByline(under, verdict(next, under).kind())) {
                    // "Priya Lal" over "Health correspondent, BBC Midlands": the job vouches for a name the lexicon's
                    // given names lack.
                    byline = isJobLine(under)
                            ? bylines.parseBareOverJob(text, u.start, u.end) : bylines.parseBare(text, u.start, u.end);
                }
                Unit above = ui > 0 ? units.get(ui - 1) : null;
                if (byline == null && d.authors.isEmpty() && d.headline() != null && above != null
                        && TextDates.isDateLine(text.substring(above.start, above.end))) {
                    // "Mon, 18 Oct, 2027 - 06:00" over "Niamh Kerrigan": a date line vouches for the names right under
                    // it, as it does for names right over it.
                    byline = bylines.parseBareOverJob(text, u.start, u.end);
                }
                if (byline != null) {
                    dateOnTheBylineLine(d, line);
                    lastBylineEnd = u.end;
                    d.add(BlockKind.BYLINE, CaptionParser.trimmed(text, u.start, u.end));
                    d.authors.addAll(byline.authors());
                    if (d.agency == null) {
                        d.agency = byline.agency();
                    }
                    markerSeen = true;
                    continue;
                }
                boolean underTheByline = lastBylineEnd >= 0 && text.substring(lastBylineEnd, u.start).isBlank();
                if (underTheByline && d.dateline == null && isPlaceLine(line, v.kind())) {
                    lastBylineEnd = u.end;
                    int at = u.start + (line.length() - line.stripLeading().length());
                    d.dateline = Dateline.placePrinted(line.strip(), null, new Span(at, at + line.strip().length()));
                    d.add(BlockKind.BYLINE, CaptionParser.trimmed(text, u.start, u.end));
                    continue;
                }
                if (underTheByline && isBylineContinuation(line)) {
                    lastBylineEnd = u.end;
                    // "Associated Press" or "Political editor" on the line under the names.
                    d.add(BlockKind.BYLINE, CaptionParser.trimmed(text, u.start, u.end));
                    String agency = Agencies.shortName(line.strip());
                    if (d.agency == null && agency != null) {
                        d.agency = agency;
                    }
                    continue;
                }
                if (TextDates.isDateLine(line)) {
                    // A date printed on its own under the headline is when the page was published.
                    publishedOnTheLine(d, line);
                    placeBesideTheDate(d, text, u, line);
                    markerSeen = true;
                    continue;
                }
                // A line over the byline is the standfirst even after a date line ("Updated / Monday, 11 Oct 2027").
                if (!markerSeen || d.authors.isEmpty() && ui + 1 < units.size()
                        && bylines.parse(text, units.get(ui + 1).start, units.get(ui + 1).end) != null) {
                    pending.add(u);
                    if (pending.size() <= MAX_STANDFIRST) {
                        continue;
                    }
                }
                // Text after the byline or captions, or more than a standfirst's worth: the story has begun.
                boolean heldBack = !markerSeen;
                flushPending(d, pending, heldBack);
                bodyStarted = true;
                if (heldBack) {
                    continue;
                }
            }
            if (d.dateline == null && proseBlocks(d) <= 2) {
                Dateline late = dateline(text, u);
                if (late != null) {
                    // A line or two between the header and the dateline ("VOA News"), or a box of highlights in
                    // lines without a full stop: header, not story.
                    demoteEarlyBody(d);
                    d.dateline = late;
                }
            }
            if (d.publishedLineDate == null && bodyBlocks(d) == 1 && TextDates.isDateLine(line)) {
                // AFP's pages print the date line under the story's first paragraph ("19 January 2025 - 22:40").
                publishedOnTheLine(d, line);
                continue;
            }
            d.add(bylines.isTrailer(line) ? BlockKind.TRAILER : BlockKind.BODY,
                    CaptionParser.trimmed(text, u.start, u.end));
        }
        flushPending(d, pending, true);
        return finish(d);
    }

    /**
     * The date a date line prints, when none was read before; an all-numeric date that reads two ways ("03/10/2025")
     * leaves both readings for the story's weekdays to settle.
     */
    private static void publishedOnTheLine(Draft d, String line) {
        if (d.publishedLineDate != null) {
            return;
        }
        d.publishedLineDate = TextDates.labelDay(line);
        if (d.publishedLineDate == null && d.publishedLineReadings.isEmpty()) {
            d.publishedLineReadings.addAll(TextDates.labelReadings(line));
        }
    }

    /** A line that is a byline in parentheses and nothing else: "(By Jane Doe and John Roe)". */
    private static final Pattern BYLINE_IN_PARENTHESES = Pattern.compile("\\s*\\((.+)\\)\\s*");

    /** The byline a story closes with in parentheses, or null; it must name a person. */
    private BylineParser.Byline closingByline(String text, Unit u) {
        Matcher m = BYLINE_IN_PARENTHESES.matcher(text).region(u.start, u.end);
        BylineParser.Byline b = null;
        if (m.matches()) {
            b = bylines.parse(text, m.start(1), m.end(1));
        } else if (LABELLED_CREDIT.matcher(text).region(u.start, u.end).lookingAt()) {
            // "Reporter: Mira Handayani Putri" under the story, as Antara signs it: a byline word with its colon.
            b = bylines.parse(text, u.start, u.end);
        } else {
            // "By Efua Mensah-Bonsu" on a line of its own under the story, as the Ghana News Agency signs it: a short
            // line, no sentence.
            String line = text.substring(u.start, u.end).strip();
            if (SPACES.split(line).length <= MAX_CLOSING_BYLINE_WORDS && !endsWithFullStop(line)) {
                b = bylines.parse(text, u.start, u.end);
            }
        }
        return b == null || b.authors().isEmpty() ? null : b;
    }

    /** Words of a byline on a line of its own under the story, at most ("By Jane Doe and John Roe"). */
    private static final int MAX_CLOSING_BYLINE_WORDS = 7;

    /** A line opening with one word and a colon ("Reporter: ", "Writer: "), as a credit under a story is labelled. */
    private static final Pattern LABELLED_CREDIT = Pattern.compile("\\s*\\p{Lu}\\p{Ll}+:\\s");

    /** A standfirst printed without its full stop has at least this many words (a label or a kicker has fewer). */
    private static final int MIN_STANDFIRST_WORDS = 6;

    /** At most this many words make a menu or section label printed over a headline. */
    private static final int MAX_LABEL_WORDS = 3;
    /** A headline has at least this many words; fewer over a longer headline-like line are a label. */
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final Pattern LABEL_END = Pattern.compile(".*[.!?:;,\"\u201d\u2019']$");

    /** A short line that does not end like a sentence or a headline with a colon: "MLS", "Local Government". */
    private static boolean isMenuLabel(String line) {
        String s = line.strip();
        return SPACES.split(s).length <= MAX_LABEL_WORDS && !LABEL_END.matcher(s).matches();
    }

    /**
     * Whether the next unit that is not furniture reads as a headline (at least {@link #MIN_HEADLINE_WORDS} words, no
     * closing full stop, not a byline or dateline), so the short line before it was a label over the page; with
     * {@code pastDates}, date lines and published or updated labels in between are passed over too.
     */
    private boolean headlineLikeFollows(String text, List<Unit> units, int at, boolean pastDates) {
        for (int j = at + 1; j < units.size(); j++) {
            Unit next = units.get(j);
            String line = text.substring(next.start, next.end).strip();
            BoilerplateRules.Verdict v = verdict(next, line);
            if (v.kind() == BoilerplateRules.Kind.DROP || v.kind() == BoilerplateRules.Kind.SECTION
                    || isMenuLabel(line) && !TextDates.isDateLine(line)) {
                continue;
            }
            if (pastDates && (TextDates.isDateLine(line) || v.kind() == BoilerplateRules.Kind.PUBLISHED_LABEL
                    || v.kind() == BoilerplateRules.Kind.UPDATED_LABEL)) {
                // "Health" / "Published 09:12 CET, 3 March 2028 | Updated …" / the headline: under a section label, a
                // date line between the menu and the headline dates the page. (Under a menu's last label, a date line
                // is what shows that the label was the headline: headlineUnderMenu asks without it.)
                continue;
            }
            return v.kind() == BoilerplateRules.Kind.TEXT && SPACES.split(line).length >= MIN_HEADLINE_WORDS
                    && !endsWithFullStop(line) && bylines.parse(text, next.start, next.end) == null
                    && DatelineParser.parse(text, next.start, next.end) == null && !TextDates.isDateLine(line);
        }
        return false;
    }

    /** A dotted abbreviation ending a line ("Lake Country, B.C.", "in the U.S."): its dot is no full stop. */
    private static final Pattern DOTTED_ABBREVIATION_AT_END = Pattern.compile("(?:^|\\s)(?:\\p{L}\\.){2,}$");

    /** Whether a line ends with a full stop, as a sentence does, not with a dotted abbreviation. */
    private static boolean endsWithFullStop(String line) {
        return line.endsWith(".") && !DOTTED_ABBREVIATION_AT_END.matcher(line).find();
    }

    /** Words of a site's name printed as its masthead ("ESPNcricinfo", "Chicago Tribune", "Yle News"), at most. */
    private static final int MAX_MASTHEAD_WORDS = 4;
    /** A name as a masthead prints it: capitalised words, no sentence or list punctuation. */
    private static final Pattern MASTHEAD =
            Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?: [\\p{Lu}&][\\p{L}\\p{N}&'’.-]*)*");

    /**
     * The page's first label, at {@code at}, is its publisher when it is the site's name ("Daily Monitor", not a
     * tagline) printed over its menu: a menu bar, a breadcrumb trail or a dropped chrome line follows it.
     */
    private void noteMasthead(Draft d, String text, List<Unit> units, int at) {
        String s = text.substring(units.get(at).start, units.get(at).end).strip();
        if (d.masthead != null || at + 1 >= units.size() || SPACES.split(s).length > MAX_MASTHEAD_WORDS
                || s.endsWith(".") || !MASTHEAD.matcher(s).matches() || TextDates.isDateLine(s)) {
            return;
        }
        Unit next = units.get(at + 1);
        String under = text.substring(next.start, next.end).strip();
        BoilerplateRules.Kind kind = verdict(next, under).kind();
        if (kind == BoilerplateRules.Kind.DROP || kind == BoilerplateRules.Kind.SECTION
                || BREADCRUMB.matcher(under).matches()) {
            d.masthead = s;
        }
    }

    /** Menu labels printed right under a page's masthead, at least. */
    private static final int MIN_MENU_LABELS = 3;
    /** How far past a masthead the headline over the byline is looked for, in lines. */
    private static final int MENU_REACH = 30;
    /** "News › Local Government › Housing", "Home > World", "News | Sports | Business": a breadcrumb trail, a menu bar. */
    private static final Pattern BREADCRUMB = Pattern.compile("[^›>»/|\\n]{1,30}(?:\\s+[›>»/|]\\s+[^›>»/|\\n]{1,30}){1,11}");

    /**
     * The unit of the headline when the line at {@code at} is a site's masthead or tagline over its menu, or a label
     * inside it: at least {@link #MIN_MENU_LABELS} menu labels, section labels, chrome lines or breadcrumb trails
     * follow it at once or, with the {@code chromeAbove} lines skipped over it, surround it, and
     * past them a headline-like line stands over a byline, a date line or a "Posted" label, right over it or over a
     * standfirst over it. Else {@code at}.
     */
    private int headlineUnderMenu(String text, List<Unit> units, int at, int chromeAbove) {
        int labels = 0;
        int j = at + 1;
        for (; j < units.size() && j <= at + MENU_REACH; j++) {
            String line = text.substring(units.get(j).start, units.get(j).end).strip();
            BoilerplateRules.Verdict v = verdict(units.get(j), line);
            // "Updated / Monday, 11 Oct 2027 21:47" has a breadcrumb's shape but dates the page: the headline is over it.
            boolean dated = v.kind() == BoilerplateRules.Kind.UPDATED_LABEL
                    || v.kind() == BoilerplateRules.Kind.PUBLISHED_LABEL;
            boolean chrome = v.kind() == BoilerplateRules.Kind.DROP || v.kind() == BoilerplateRules.Kind.SECTION
                    || !dated && BREADCRUMB.matcher(line).matches();
            if (labels == 0 && !chrome && TextDates.isDateLine(line)) {
                // "Manila Bulletin" / "The Nation's Leading Newspaper" / "Saturday, October 14, 2028" / the menu: the
                // day's date between a site's tagline and its menu.
                continue;
            }
            if (!chrome && (!isMenuLabel(line) || TextDates.isDateLine(line))) {
                break;
            }
            // "News | Sport | What's On | Obituaries": a menu printed on one line counts each of its labels.
            labels += chrome ? MENU_BAR_SEPARATOR.split(line).length : 1;
        }
        if (labels == 0 || labels + chromeAbove < MIN_MENU_LABELS || j + 1 >= units.size() || !headlineLikeFollows(text, units, j - 1, false)) {
            return at;
        }
        // The byline stands right under the headline, or under a standfirst of whole sentences below it.
        for (int k = j + 1; k < units.size() && k <= j + 2; k++) {
            Unit next = units.get(k);
            String under = text.substring(next.start, next.end).strip();
            BoilerplateRules.Verdict v = verdict(next, under);
            if (bylines.parse(text, next.start, next.end) != null || bareBylineAt(text, units, k)
                    || TextDates.isDateLine(under)
                    || v.kind() == BoilerplateRules.Kind.PUBLISHED_LABEL || v.kind() == BoilerplateRules.Kind.UPDATED_LABEL) {
                return j;
            }
            // A standfirst: a sentence, whether or not the page prints its full stop ("He told the judge he began
            // taking the money").
            if (v.kind() != BoilerplateRules.Kind.TEXT
                    || !endsWithFullStop(under) && SPACES.split(under).length < MIN_STANDFIRST_WORDS) {
                break;
            }
        }
        return at;
    }

    /**
     * Whether the line under a bare byline vouches for names the lexicon's given names lack: the writer's job ("Health
     * correspondent, BBC Midlands") or a date line ("14 Sep 2027"), as pages print them under the writer's name.
     */
    private boolean overJobOrDate(String under) {
        return isJobLine(under) || TextDates.isDateLine(under);
    }

    /** A writer's job on a line of its own ("Health correspondent, BBC Midlands"), short as a job is. */
    private boolean isJobLine(String line) {
        return bylines.isRole(line) && SPACES.split(line.strip()).length <= BylineParser.MAX_JOB_WORDS;
    }

    /**
     * Whether the unit at {@code k} is a byline without "By": names over the writer's job or a date line (no given
     * name needed), or names opening with a given name over any line a byline has under it.
     */
    private boolean bareBylineAt(String text, List<Unit> units, int k) {
        if (k + 1 >= units.size()) {
            return false;
        }
        Unit u = units.get(k);
        Unit next = units.get(k + 1);
        String under = text.substring(next.start, next.end);
        if (overJobOrDate(under)) {
            return bylines.parseBareOverJob(text, u.start, u.end) != null;
        }
        return underABareByline(under, verdict(next, under).kind()) && bylines.parseBare(text, u.start, u.end) != null;
    }

    /** What the boilerplate rules say of the unit's line: read once by {@link #units} for a one-line unit. */
    private BoilerplateRules.Verdict verdict(Unit u, String line) {
        return u.facts() != null ? u.facts().verdict() : boilerplate.classify(line);
    }

    /** The dateline opening the unit; a one-line unit was already parsed by {@link #units} when it was prose. */
    private static Dateline dateline(String text, Unit u) {
        return u.facts() != null && u.facts().datelineParsed() ? u.facts().dateline()
                : DatelineParser.parse(text, u.start, u.end);
    }

    private static long bodyBlocks(Draft d) {
        return d.blocks.stream().filter(b -> b.kind() == BlockKind.BODY).count();
    }

    /** Words a line of prose has, at least: a teaser's headline has no stop. */
    private static final int MIN_PROSE_WORDS = 5;
    /** How prose ends: a stop, perhaps inside closing quotation marks or brackets, or a colon before a quotation. */
    private static final Pattern PROSE_END = Pattern.compile(".*[.!?:][\"”’')]*$");

    /** A paragraph of the story: whole sentences, not a teaser's headline. */
    private static boolean isProse(String line) {
        String s = line.strip();
        return PROSE_END.matcher(s).matches() && SPACES.split(s).length >= MIN_PROSE_WORDS;
    }

    /** Body blocks that end as sentences do: a list of highlights or a share bar does not. */
    private static long proseBlocks(Draft d) {
        return d.blocks.stream().filter(b -> b.kind() == BlockKind.BODY && SENTENCE_END.matcher(b.text().strip()).matches())
                .count();
    }

    /** Body blocks before a late dateline become byline (a short credit line) or standfirst. */
    private static void demoteEarlyBody(Draft d) {
        for (int i = 0; i < d.blocks.size(); i++) {
            Block b = d.blocks.get(i);
            if (b.kind() == BlockKind.BODY) {
                BlockKind kind = SPACES.split(b.text()).length <= SHORT_LINE_WORDS ? BlockKind.BYLINE : BlockKind.STANDFIRST;
                d.blocks.set(i, new Block(kind, b.span(), b.text()));
            }
        }
    }

    /** Whether {@code line} is one that web pages print under a byline without "By": outlet, role, place, date. */
    private boolean underABareByline(String line, BoilerplateRules.Kind kind) {
        return isBylineContinuation(line) || TextDates.isDateLine(line) || HANDLE.matcher(line.strip()).matches()
                || kind == BoilerplateRules.Kind.PUBLISHED_LABEL || isPlaceLine(line, kind);
    }

    /** A place in capitals on a line of its own: "IDUKKI", "NEW DELHI", "PORT-AU-PRINCE". */
    private static final Pattern PLACE_LINE = Pattern.compile("\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){0,2}");

    /**
     * Named rule PlaceUnderTheByline: "Anoop P. Varghese" over "IDUKKI", as Indian papers print where the writer
     * files from: a place in capitals on a line of its own under the byline is the dateline's place (the story's date
     * is in the date line). Not a section label of the page's chrome ("OPINION", "WORLD").
     */
    private static boolean isPlaceLine(String line, BoilerplateRules.Kind kind) {
        return kind == BoilerplateRules.Kind.TEXT && PLACE_LINE.matcher(line.strip()).matches();
    }

    /**
     * Named rule PlaceBesideTheDate: "Denpasar ● Thu, June 10, 2027" under the byline, as Indonesian and other papers
     * print where the writer files from: a city of world geography set off beside the date line's date is the
     * dateline's place, and that date its date.
     */
    private static void placeBesideTheDate(Draft d, String text, Unit u, String line) {
        String beside = TextDates.besideTheDate(line);
        if (d.dateline != null || beside == null || !KnownCities.contains(beside)) {
            return;
        }
        int at = text.indexOf(beside, u.start);
        LocalDate day = TextDates.firstDay(line);
        d.dateline = Dateline.placePrinted(beside, day == null ? null : MonthDay.from(day), new Span(at, at + beside.length()));
    }

    /** What separates the labels of a menu printed on one line. */
    private static final Pattern MENU_BAR_SEPARATOR = Pattern.compile("\\s+[|\u2022\u00b7]\\s+");

    /** A social-media handle on a line of its own, as pages print it under the writer's name ("@JDOE_NEWS"). */
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{2,30}");

    private boolean isBylineContinuation(String line) {
        String s = line.strip();
        // "BBC News, Ljubljana": the outlet, then where the writer files from.
        String outlet = s.replaceFirst(",\\s*\\p{Lu}[\\p{L}'’. -]{1,30}$", "");
        return Agencies.shortName(s) != null || FILED_FROM.matcher(s).matches()
                || SPACES.split(s).length <= 5 && !SENTENCE_END.matcher(s).matches()
                && (bylines.isRole(s) || OUTLET_NAME.matcher(outlet).matches());
    }

    /** A caption's credit printed on a line of its own before it ("Image source, Reuters"). */
    private static CaptionParser.Caption withCredit(CaptionParser.Caption c, CaptionParser.Caption credit) {
        if (credit == null || c.credit() != null) {
            return c;
        }
        return new CaptionParser.Caption(c.captionSpan(), credit.credit(), null, null, credit.organization(), c.licensed());
    }

    private Draft finish(Draft d) {
        if (d.dateline != null && d.dateline.agency() != null) {
            d.agency = d.dateline.agency();
        }
        // Wire copy is published by its agency; a page pasted with its masthead, by the site that prints it.
        d.publisher = d.agency != null ? Agencies.fullName(d.agency) : d.masthead;
        // Captions first: a dated photo caption is the most reliable witness of the story's year.
        List<TextDates.Found> all = new ArrayList<>();
        for (BlockKind kind : List.of(BlockKind.CAPTION, BlockKind.BODY, BlockKind.STANDFIRST, BlockKind.TRAILER)) {
            for (Block b : d.blocks) {
                if (b.kind() == kind) {
                    TextDates.find(b.text()).forEach(f -> all.add(
                            new TextDates.Found(f.day(), f.month(), f.start() + b.span().start(), f.end() + b.span().start())));
                }
            }
        }
        d.textDates.addAll(all);
        return d;
    }

    /**
     * A line of personal names alone right before the dateline ("Nikos Alevras, Helga Brandt") is a byline printed
     * without "By" when no byline was read: it leaves the held-back standfirst and names the authors.
     */
    private void bareByline(String text, Draft d, List<Unit> pending) {
        if (pending.isEmpty() || !d.authors.isEmpty()) {
            return;
        }
        Unit last = pending.get(pending.size() - 1);
        BylineParser.Byline byline = bylines.parseBare(text, last.start, last.end);
        if (byline != null) {
            pending.remove(pending.size() - 1);
            flushPending(d, pending, false);
            d.add(BlockKind.BYLINE, CaptionParser.trimmed(text, last.start, last.end));
            d.authors.addAll(byline.authors());
            dateOnTheBylineLine(d, text.substring(last.start, last.end));
        }
    }

    /**
     * "By Jane Doe | May 4, 2019", "Selin Karaağaç and Emre Yücel |18.08.2027": the day a byline's line prints, when
     * it can be read one way only.
     */
    private static void dateOnTheBylineLine(Draft d, String line) {
        LocalDate printed = TextDates.labelDay(line);
        if (printed != null && d.publishedLineDate == null) {
            d.publishedLineDate = printed;
        }
    }

    /** Paragraphs held back as a possible standfirst become standfirst, or body when the story began with them. */
    private static void flushPending(Draft d, List<Unit> pending, boolean asBody) {
        for (Unit p : pending) {
            d.add(asBody ? BlockKind.BODY : BlockKind.STANDFIRST, CaptionParser.trimmed(d.text, p.start, p.end));
        }
        pending.clear();
    }

    private static void addCaption(Draft d, CaptionParser.Caption c, Unit u) {
        String captionText = SPACES.matcher(c.captionSpan().of(d.text)).replaceAll(" ");
        for (int i = 0; i < d.images.size(); i++) {
            Image seen = d.images.get(i);
            if (seen.caption().equals(captionText) && java.util.Objects.equals(seen.credit(), c.credit())) {
                // The same caption printed twice (web copies repeat it with the licence marker) is one picture.
                if (c.licensed() && !seen.licensed()) {
                    d.images.set(i, new Image(seen.caption(), seen.captionSpan(), seen.credit(), seen.photographer(),
                            seen.photographerSpan(), seen.creditOrganization(), true, seen.url()));
                }
                return;
            }
        }
        d.add(BlockKind.CAPTION, CaptionParser.trimmed(d.text, u.start, u.end));
        d.images.add(new Image(captionText, c.captionSpan(), c.credit(), c.photographer(), c.photographerSpan(),
                c.organization(), c.licensed(), null));
    }

    /**
     * Splits the text into units. Each line is a unit, except in hard-wrapped copy (no long lines, paragraphs of
     * several lines), where the lines of a paragraph that are not themselves furniture, bylines or captions join.
     */
    private List<Unit> units(String text) {
        List<Unit> lines = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean longLine = false;
        while (i < n) {
            int eol = i;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            lines.add(new Unit(i, eol));
            longLine |= eol - i > 100;
            i = eol;
            if (i < n && text.charAt(i) == '\r') {
                i++;
            }
            if (i < n && text.charAt(i) == '\n') {
                i++;
            }
        }
        List<Unit> units = new ArrayList<>();
        Unit open = null;
        for (Unit line : lines) {
            String s = text.substring(line.start, line.end);
            if (s.isBlank()) {
                open = null;
                continue;
            }
            BoilerplateRules.Verdict verdict = boilerplate.classify(s);
            boolean captionParsed = verdict.kind() == BoilerplateRules.Kind.TEXT;
            CaptionParser.Caption caption = captionParsed ? captions.parse(text, line.start, line.end) : null;
            boolean bylineParsed = captionParsed && caption == null;
            BylineParser.Byline byline = bylineParsed ? bylines.parse(text, line.start, line.end) : null;
            // A date printed on its own ("September 23, 2015 / 6:12 PM") is a line of the page's head, not prose.
            boolean prose = bylineParsed && byline == null && !TextDates.isDateLine(s);
            // A dateline opens a paragraph that the following wrapped lines continue.
            Dateline dateline = prose ? DatelineParser.parse(text, line.start, line.end) : null;
            if (!longLine && prose && dateline == null && open != null) {
                units.set(units.size() - 1, open = new Unit(open.start, line.end));
                continue;
            }
            Unit unit = new Unit(line.start, line.end,
                    new LineFacts(verdict, captionParsed, caption, bylineParsed, byline, prose, dateline));
            units.add(unit);
            open = prose ? unit : null;
        }
        return units;
    }
}
