package org.dateline.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The literal text every match of a regular expression must contain, read off the expression itself, so that a
 * line lacking it can skip the regex: a {@code find()} tries the pattern at every position of the line, while
 * {@link #mayMatch} is a few {@code indexOf} calls. The reading is conservative: whatever it does not understand
 * (character classes, lookaround, alternations of non-literals, optional parts, flags other than {@code i}) it
 * treats as requiring nothing, so {@code mayMatch} is false only where the pattern cannot match.
 */
final class RequiredText {
    /** One requirement: at least one of {@code options} occurs, compared ignoring case when {@code ignoreCase}. */
    private record Clause(List<String> options, boolean ignoreCase) {
        /** Whether one of the options occurs in {@code s}, which is already case-folded when this clause ignores case. */
        boolean holds(String s) {
            for (int i = 0; i < options.size(); i++) { // indexed: no iterator per clause and line
                if (s.contains(options.get(i))) {
                    return true;
                }
            }
            return false;
        }

        Clause folded(boolean unicode) {
            return new Clause(options.stream().map(o -> fold(o, unicode)).toList(), true);
        }

        /** Whether folding leaves the folded options alone, which the folded comparison relies on. */
        boolean foldsStably(boolean unicode) {
            return options.stream().allMatch(o -> fold(o, unicode).equals(o));
        }
    }

    /** The expression was not understood; nothing is required. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** The order clauses are checked in; all must hold, so it changes only how soon a failing line is known. */
    private static final Comparator<Clause> FEWER_OPTIONS_FIRST = Comparator.comparingInt(c -> c.options().size());

    /** As read off the pattern, for {@link #toString}. */
    private final List<Clause> clauses;
    /** The clauses compared with exact case. */
    private final List<Clause> exact;
    /** The clauses compared ignoring case, their options case-folded: they are looked for in the folded line. */
    private final List<Clause> folded;
    /** Whether the pattern folds case by Unicode rules (UNICODE_CASE) where it ignores case, else ASCII only. */
    private final boolean unicodeCase;

    private RequiredText(List<Clause> clauses, boolean unicodeCase) {
        this.clauses = clauses;
        this.unicodeCase = unicodeCase;
        // Clauses with fewer options first: each option is a search of the line, and most lines fail some clause.
        this.exact = clauses.stream().filter(c -> !c.ignoreCase()).sorted(FEWER_OPTIONS_FIRST).toList();
        // A clause whose folded options would fold again differently cannot be checked on the folded line: left out.
        this.folded = clauses.stream().filter(Clause::ignoreCase).map(c -> c.folded(unicodeCase))
                .filter(c -> c.foldsStably(unicodeCase)).sorted(FEWER_OPTIONS_FIRST).toList();
    }

    private static RequiredText nothing() {
        return new RequiredText(List.of(), false);
    }

    static RequiredText of(Pattern pattern) {
        if ((pattern.flags() & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) != 0) {
            return nothing(); // COMMENTS, LITERAL, MULTILINE, ...: the pattern text would read differently
        }
        try {
            Reader r = new Reader(pattern.pattern());
            List<Clause> found = r.alternation((pattern.flags() & Pattern.CASE_INSENSITIVE) != 0);
            if (r.at != r.p.length()) {
                return nothing();
            }
            return new RequiredText(List.copyOf(found), (pattern.flags() & Pattern.UNICODE_CASE) != 0);
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return nothing();
        }
    }

    /** A line to check against several patterns: its case-folded copies are made once, when first needed. */
    static final class Line {
        final String text;
        private String ascii;
        private String unicode;

        Line(String text) {
            this.text = text;
        }

        String folded(boolean unicodeCase) {
            if (unicodeCase) {
                return unicode != null ? unicode : (unicode = fold(text, true));
            }
            return ascii != null ? ascii : (ascii = fold(text, false));
        }
    }

    /** False only when {@code s} lacks text that every match must contain. */
    boolean mayMatch(String s) {
        return mayMatch(new Line(s));
    }

    /** False only when the line lacks text that every match must contain. */
    boolean mayMatch(Line line) {
        String s = line.text;
        // Exact-case clauses first: they need no folded copy of the line, and most lines fail on them.
        for (Clause c : exact) {
            if (!c.holds(s)) {
                return false;
            }
        }
        if (folded.isEmpty()) {
            return true;
        }
        String f = line.folded(unicodeCase);
        for (Clause c : folded) {
            if (!c.holds(f)) {
                return false;
            }
        }
        return true;
    }

    /** The requirements, for tests and messages: "a", "b|c" (either), "~x" when case is ignored. */
    @Override
    public String toString() {
        return clauses.stream().map(c -> (c.ignoreCase() ? "~" : "") + String.join("|", c.options())).toList().toString();
    }

    /**
     * {@code s} case-folded as a regex's {@code (?i)} compares literal characters: by default ASCII letters fold to
     * lower case and every other character stays; with UNICODE_CASE each becomes {@code toLowerCase(toUpperCase(c))}.
     * A regex matches input {@code c} to pattern character {@code p} when {@code c == fold(p) || fold(c) == fold(p)};
     * with folded options that fold to themselves, that is {@code fold(c) == fold(p)}: a plain search in the folded line.
     */
    static String fold(String s, boolean unicode) {
        char[] chars = s.toCharArray();
        int changed = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char f = fold(c, unicode);
            chars[i] = f;
            changed |= f ^ c;
        }
        return changed != 0 ? new String(chars) : s;
    }

    /** One character folded as {@link #fold(String, boolean)} folds it. */
    static char fold(char c, boolean unicode) {
        return unicode ? UNICODE_FOLD[c] : c < 128 ? ASCII_FOLD[c] : c;
    }

    /** Each ASCII character's folding: upper-case letters to lower case, everything else unchanged. */
    private static final char[] ASCII_FOLD = new char[128];
    /** Each character's Unicode folding, {@code toLowerCase(toUpperCase(c))} (on ASCII the ASCII one). */
    private static final char[] UNICODE_FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FOLD[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            UNICODE_FOLD[c] = c < 128 ? ASCII_FOLD[c] : Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    /** A recursive reading of the pattern text; {@code at} is the next character to read. */
    private static final class Reader {
        final String p;
        int at;

        Reader(String p) {
            this.p = p;
        }

        /**
         * Branches up to an unmatched ')' or the end. One branch: its requirements. Several: a match satisfies one
         * branch, so one clause of each branch, joined as options, must hold; a branch requiring nothing leaves
         * nothing required.
         */
        List<Clause> alternation(boolean ci) {
            List<List<Clause>> branches = new ArrayList<>();
            while (true) {
                branches.add(sequence(ci));
                if (at < p.length() && p.charAt(at) == '|') {
                    at++;
                    continue;
                }
                break;
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            List<String> options = new ArrayList<>();
            boolean anyCi = false;
            for (List<Clause> branch : branches) {
                if (branch.isEmpty()) {
                    return List.of();
                }
                options.addAll(branch.get(0).options());
                anyCi |= branch.get(0).ignoreCase(); // ignoring case for all options only loosens the check
            }
            return List.of(new Clause(List.copyOf(options), anyCi));
        }

        /** Atoms up to '|', an unmatched ')' or the end; runs of required literal characters become clauses. */
        List<Clause> sequence(boolean ci) {
            List<Clause> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (at < p.length() && p.charAt(at) != '|' && p.charAt(at) != ')') {
                char c = p.charAt(at);
                List<Clause> inner = List.of();
                int literal = -1;
                if (c == '(') {
                    at++;
                    boolean innerCi = ci;
                    boolean lookaround = false;
                    if (p.startsWith("?:", at)) {
                        at += 2;
                    } else if (p.startsWith("?i:", at)) {
                        at += 3;
                        innerCi = true;
                    } else if (p.startsWith("?=", at) || p.startsWith("?!", at)) {
                        at += 2;
                        lookaround = true;
                    } else if (p.startsWith("?<=", at) || p.startsWith("?<!", at)) {
                        at += 3;
                        lookaround = true;
                    } else if (p.startsWith("?<", at)) {
                        at = p.indexOf('>', at) + 1;
                        if (at == 0) {
                            throw new Unsupported();
                        }
                    } else if (p.startsWith("?", at)) {
                        throw new Unsupported(); // other flags, atomic groups: not read
                    }
                    List<Clause> group = alternation(innerCi);
                    if (at >= p.length() || p.charAt(at) != ')') {
                        throw new Unsupported();
                    }
                    at++;
                    inner = lookaround ? List.of() : group;
                } else if (c == '[') {
                    skipClass();
                } else if (c == '\\') {
                    char e = p.charAt(at + 1);
                    if (Character.isLetterOrDigit(e)) {
                        if ("QEkxuc0NGZAzR".indexOf(e) >= 0) {
                            throw new Unsupported(); // quoting, back references, code points: not read
                        }
                        at += 2;
                        if ((e == 'p' || e == 'P') && at < p.length() && p.charAt(at) == '{') {
                            at = p.indexOf('}', at) + 1;
                        }
                    } else {
                        literal = e;
                        at += 2;
                    }
                } else if (".^$".indexOf(c) >= 0) {
                    at++;
                } else if ("*+?{}".indexOf(c) >= 0) {
                    throw new Unsupported();
                } else {
                    literal = c;
                    at++;
                }
                int min = quantifierMin();
                if (literal >= 0 && min >= 1) {
                    run.append((char) literal);
                    if (min != Integer.MAX_VALUE) { // repeated: the run cannot go on past it
                        flush(run, out, ci);
                    }
                } else {
                    flush(run, out, ci);
                    if (min >= 1) {
                        out.addAll(inner);
                    }
                }
            }
            flush(run, out, ci);
            return out;
        }

        private static void flush(StringBuilder run, List<Clause> out, boolean ci) {
            if (run.length() > 0) {
                out.add(new Clause(List.of(run.toString()), ci));
                run.setLength(0);
            }
        }

        /** The least repetition of the atom just read: MAX_VALUE when it stands once, else its quantifier's minimum. */
        private int quantifierMin() {
            if (at >= p.length()) {
                return Integer.MAX_VALUE;
            }
            char q = p.charAt(at);
            int min;
            if (q == '?' || q == '*') {
                min = 0;
                at++;
            } else if (q == '+') {
                min = 1;
                at++;
            } else if (q == '{') {
                int close = p.indexOf('}', at);
                String body = p.substring(at + 1, close);
                int comma = body.indexOf(',');
                min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
                at = close + 1;
            } else {
                return Integer.MAX_VALUE;
            }
            if (at < p.length() && (p.charAt(at) == '?' || p.charAt(at) == '+')) {
                at++; // lazy or possessive
            }
            return min;
        }

        /** Skips a character class, nested classes and escapes included. */
        private void skipClass() {
            int depth = 0;
            do {
                char c = p.charAt(at);
                if (c == '\\') {
                    at += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    at++;
                    if (p.charAt(at) == '^') {
                        at++;
                    }
                    if (p.charAt(at) == ']') {
                        at++; // a ']' first in a class is literal
                    }
                    continue;
                }
                if (c == ']') {
                    depth--;
                }
                at++;
            } while (depth > 0);
        }
    }
}
