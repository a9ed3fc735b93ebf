package org.dateline.map;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.atlas.lib.EscapeStr;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * Jena's N-Triples/N-Quads node formatter, remembering the text of the IRIs, blank nodes and datatypes it formats,
 * and passing text that needs no escaping through whole.
 * An article's quads repeat the same few IRIs (its graph in every quad, its subjects, the vocabulary), and
 * Jena checks and escapes an IRI character by character each time it writes it; the profile of a batch
 * map showed that as the largest single cost of writing. The text is Jena's own, so the output is
 * byte-for-byte what Jena's N-Quads writer produces. The text is kept as UTF-8, so that printing into a
 * {@link Utf8Buffer} copies it in whole. Not thread-safe: one per writing thread.
 *
 * <p>Jena's formatter also writes every IRI and string literal one character at a time, deciding for each whether to
 * escape it. Most of Dateline's text needs no escaping at all, so an IRI is first scanned for the characters Jena
 * would escape; when there are none it is written in one piece (what Jena would write, character for character), and
 * otherwise Jena formats it as before. A lexical form is written in runs between the characters Jena escapes, and
 * Jena escapes those.
 */
public final class CachingNodeFormatter extends NodeFormatterNT {
    /**
     * Bounds the cache: it is dropped and rebuilt when it grows past this many nodes. Small on purpose: a cache that
     * fits the processor's caches answers faster than a large one, and an article's own nodes (its spans and parts)
     * are not seen again once it is written.
     */
    private static final int MAX_ENTRIES = 4096;

    // By identity: Dateline writes a term it repeats from one node object (the graph in every quad, the vocabulary,
    // an article's entities and spans, shared text offsets), so an identity look-up finds it without comparing IRIs
    // character by character; an equal term in another object is simply formatted again.
    private final Map<Node, byte[]> texts = new IdentityHashMap<>(MAX_ENTRIES);
    private final Map<String, byte[]> datatypeTexts = new HashMap<>();
    private final Utf8Buffer scratch = new Utf8Buffer(256);

    public CachingNodeFormatter() {
        super(CharSpace.UTF8);
    }

    /**
     * The terms formatted last, by identity hash: the graph (in every quad), the vocabulary and the subject of the
     * quads at hand are found here, in a table small enough for the processor's nearest cache, before the map.
     */
    private static final int RECENT = 256;
    private final Node[] recentNodes = new Node[RECENT];
    private final byte[][] recentTexts = new byte[RECENT][];

    @Override
    public void format(AWriter w, Node n) {
        // Literals are formatted each time (Jena's formatter calls the overrides below): strings are mostly unique to
        // an article, and a typed value's text is its short lexical form and its datatype's remembered text.
        if (!(n.isURI() || n.isBlank())) {
            super.format(w, n);
            return;
        }
        int slot = System.identityHashCode(n) & (RECENT - 1);
        if (recentNodes[slot] == n) {
            print(w, recentTexts[slot]);
            return;
        }
        byte[] text = texts.get(n);
        if (text == null) {
            text = formatNew(w, n);
            if (texts.size() >= MAX_ENTRIES) {
                texts.clear();
            }
            texts.put(n, text);
        } else {
            print(w, text);
        }
        recentNodes[slot] = n;
        recentTexts[slot] = text;
    }

    /** Writes a term not seen before, and returns its text to remember. */
    private byte[] formatNew(AWriter w, Node n) {
        if (w instanceof Utf8Buffer buffer) {
            // Written where it belongs, then copied from there: no scratch buffer and no second copy.
            int start = buffer.size();
            super.format(buffer, n);
            return buffer.copyFrom(start);
        }
        byte[] text = capture(scratch -> super.format(scratch, n));
        print(w, text);
        return text;
    }

    private static void print(AWriter w, byte[] utf8) {
        if (w instanceof Utf8Buffer buffer) {
            buffer.append(utf8);
        } else {
            w.print(new String(utf8, StandardCharsets.UTF_8));
        }
    }

    @Override
    public void formatURI(AWriter w, String iri) {
        if (w instanceof Utf8Buffer buffer) {
            // Encoded once, then checked as bytes: a character Jena escapes is ASCII, and UTF-8 writes an ASCII
            // character, and only such a character, as a byte below 0x80.
            byte[] utf8 = iri.getBytes(StandardCharsets.UTF_8);
            if (isVerbatimIri(utf8)) {
                buffer.print('<');
                buffer.append(utf8);
                buffer.print('>');
                return;
            }
        } else if (isVerbatimIri(iri)) {
            w.print('<');
            w.print(iri);
            w.print('>');
            return;
        }
        super.formatURI(w, iri);
    }

    /** As {@link #isVerbatimIri(String)}, for the IRI's UTF-8 bytes. */
    private static boolean isVerbatimIri(byte[] utf8) {
        // One table look-up a byte: every new IRI (each span and part of an article) is scanned whole, and this loop
        // was the largest single cost of writing.
        for (byte b : utf8) {
            if (IRI_ESCAPED_BYTE[b & 0xFF]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void formatLitString(AWriter w, String lex) {
        quoted(w, lex);
    }

    @Override
    public void formatLitLang(AWriter w, String lex, String lang) {
        quoted(w, lex);
        w.print('@');
        w.print(lang);
    }

    @Override
    public void formatLitDT(AWriter w, String lex, String datatypeIri) {
        quoted(w, lex);
        w.print("^^");
        // A handful of XSD datatypes, written in every typed value: their text is remembered.
        print(w, datatypeTexts.computeIfAbsent(datatypeIri, iri -> capture(scratch -> formatURI(scratch, iri))));
    }

    /**
     * The lexical form between double quotes, as Jena's N-Quads formatter writes it. Jena escapes a string one
     * character at a time, each character on its own (a quote, a backslash, four controls and U+FFFD are escaped;
     * everything else passes as it is). So the runs between such characters are written whole, and Jena's
     * {@link EscapeStr} writes each escaped character: an article's body, its paragraphs cut by newlines, is no
     * longer printed character by character.
     */
    private static void quoted(AWriter w, String lex) {
        if (w instanceof Utf8Buffer buffer) {
            quoted(buffer, lex);
            return;
        }
        w.print('"');
        int run = 0;
        for (int i = 0, n = lex.length(); i < n; i++) {
            if (isEscaped(lex.charAt(i))) {
                if (i > run) {
                    w.print(lex.substring(run, i));
                }
                EscapeStr.stringEsc(w, lex.substring(i, i + 1), '"', true, CharSpace.UTF8);
                run = i + 1;
            }
        }
        w.print(run == 0 ? lex : lex.substring(run));
        w.print('"');
    }

    /**
     * Whether Jena writes this IRI as it is: it escapes control characters, space, {@code " < > \ ^ ` { | }} and
     * DEL, and passes every other character, ASCII or not, through unchanged.
     */
    static boolean isVerbatimIri(String iri) {
        for (int i = 0, n = iri.length(); i < n; i++) {
            char c = iri.charAt(i);
            if (c < 128 && (IRI_ESCAPED[c >> 6] & (1L << (c & 63))) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII characters Jena escapes in an IRI, as a bit set: controls and space, DEL, {@code " < > \ ^ ` { | }}. */
    private static final long[] IRI_ESCAPED = escapedIriChars();

    private static long[] escapedIriChars() {
        long[] bits = new long[2];
        for (char c = 0; c < 128; c++) {
            if (c <= ' ' || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                bits[c >> 6] |= 1L << (c & 63);
            }
        }
        return bits;
    }

    /** {@link #IRI_ESCAPED} by byte value: a byte of 0x80 or above is part of a non-ASCII character, never escaped. */
    private static final boolean[] IRI_ESCAPED_BYTE = new boolean[256];

    static {
        for (int b = 0; b < 128; b++) {
            IRI_ESCAPED_BYTE[b] = (IRI_ESCAPED[b >> 6] & (1L << (b & 63))) != 0;
        }
    }

    /**
     * As {@link #quoted(AWriter, String)}, into a byte buffer: the lexical form is encoded once and its UTF-8 bytes
     * copied in runs. An escaped character is ASCII (one byte below 0x80) or U+FFFD (the bytes EF BF BD, which UTF-8
     * uses for nothing else); each is replaced by the text Jena's {@link EscapeStr} writes for it, taken from Jena
     * once. A lone surrogate is encoded as {@code ?} either way.
     */
    private static void quoted(Utf8Buffer w, String lex) {
        w.print('"');
        byte[] utf8 = lex.getBytes(StandardCharsets.UTF_8);
        int run = 0;
        int n = utf8.length;
        for (int i = 0; i < n; i++) {
            byte b = utf8[i];
            // Most bytes are ruled out by one look-up; the rest are looked at closely below.
            if (!MAY_BE_ESCAPED[b & 0xFF]) {
                continue;
            }
            byte[] escape = null;
            int width = 1;
            if (b >= 0) {
                escape = ASCII_ESCAPES[b];
            } else if (b == (byte) 0xEF && i + 2 < n && utf8[i + 1] == (byte) 0xBF && utf8[i + 2] == (byte) 0xBD) {
                escape = REPLACEMENT_ESCAPE;
                width = 3;
            }
            if (escape != null) {
                w.append(utf8, run, i - run);
                w.append(escape);
                run = i + width;
                i += width - 1;
            }
        }
        w.append(utf8, run, n - run);
        w.print('"');
    }

    /** What Jena's {@link EscapeStr} writes for each ASCII character it escapes in a string (null for the others). */
    private static final byte[][] ASCII_ESCAPES = new byte[128][];
    /** What it writes for U+FFFD. */
    private static final byte[] REPLACEMENT_ESCAPE = jenaEscape('\uFFFD');
    /** By byte value: an ASCII character Jena escapes in a string, or 0xEF, which U+FFFD's UTF-8 starts with. */
    private static final boolean[] MAY_BE_ESCAPED = new boolean[256];

    static {
        for (char c = 0; c < 128; c++) {
            if (isEscaped(c)) {
                ASCII_ESCAPES[c] = jenaEscape(c);
                MAY_BE_ESCAPED[c] = true;
            }
        }
        MAY_BE_ESCAPED[0xEF] = true;
    }

    private static byte[] jenaEscape(char c) {
        Utf8Buffer out = new Utf8Buffer(16);
        EscapeStr.stringEsc(out, String.valueOf(c), '"', true, CharSpace.UTF8);
        return out.toByteArray();
    }

    /** Whether Jena's N-Triples/N-Quads formatter escapes the character in a string. */
    private static boolean isEscaped(char c) {
        return switch (c) {
            case '"', '\\', '\t', '\n', '\f', '\r', '\uFFFD' -> true;
            default -> false;
        };
    }

    /** What {@code format} writes, as UTF-8. */
    private byte[] capture(Consumer<AWriter> format) {
        scratch.reset();
        format.accept(scratch);
        return scratch.toByteArray();
    }
}
