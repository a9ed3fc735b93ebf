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
        boolean holds(String s, boolean unicodeCase) {
            for (String o : options) {
                if (ignoreCase ? containsIgnoreCase(s, o, unicodeCase) : s.contains(o)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The expression was not understood; nothing is required. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final List<Clause> clauses;
    /** Whether the pattern folds case by Unicode rules (UNICODE_CASE) where it ignores case, else ASCII only. */
    private final boolean unicodeCase;

    private RequiredText(List<Clause> clauses, boolean unicodeCase) {
        this.clauses = clauses;
        this.unicodeCase = unicodeCase;
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
            // Exact-case clauses first: String.contains is the cheaper test, so most lines fail early on it.
            List<Clause> ordered = new ArrayList<>(found);
            ordered.sort(Comparator.comparing(Clause::ignoreCase));
            return new RequiredText(List.copyOf(ordered), (pattern.flags() & Pattern.UNICODE_CASE) != 0);
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return nothing();
        }
    }

    /** False only when {@code s} lacks text that every match must contain. */
    boolean mayMatch(String s) {
        for (Clause c : clauses) {
            if (!c.holds(s, unicodeCase)) {
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
     * Whether {@code s} contains {@code o} ignoring case as a regex's {@code (?i)} compares literal characters: by
     * default ASCII letters fold and every other character must be equal; with UNICODE_CASE a character matches
     * when {@code toLowerCase(toUpperCase(c))} is the pattern character's.
     */
    private static boolean containsIgnoreCase(String s, String o, boolean unicode) {
        outer:
        for (int i = 0; i + o.length() <= s.length(); i++) {
            for (int j = 0; j < o.length(); j++) {
                char c = s.charAt(i + j);
                char p = fold(o.charAt(j), unicode);
                if (c != p && fold(c, unicode) != p) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static char fold(char c, boolean unicode) {
        if (unicode) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
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
