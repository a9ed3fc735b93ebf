package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into NFC text: a byte-order mark decides (UTF-8, UTF-16LE/BE); else strict UTF-8; else
 * the charset an HTML page declares; else, on the evidence of the bytes that are not UTF-8, Windows-1252 (the usual
 * encoding of older newsroom copy) or UTF-8 with its few malformed sequences replaced by U+FFFD, each offset told.
 * Refuses binary input, and text that is neither, instead of guessing.
 *
 * <p>The evidence: a UTF-8 file with a stray byte still has its well-formed multi-byte characters (curly quotes,
 * dashes, accents), which Windows-1252 text almost never forms by chance; a Windows-1252 file has single high bytes
 * that read as letters inside words ("caf\u00e9", "Z\u00fcrich") or as typographic marks (quotes, dashes, the euro sign).
 * A high byte that reads as neither (a lone "\u00c3(", an undefined byte) is not Windows-1252 text.
 */
final class TextDecoder {
    /**
     * Decoded text, the charset it was read with, and where malformed UTF-8 was replaced by U+FFFD.
     *
     * @param replaced       how many malformed sequences were replaced (0 when the bytes were well-formed)
     * @param firstOffsets   the byte offsets of the first few of them
     */
    record Decoded(String text, Charset charset, int replaced, List<Integer> firstOffsets) {
        Decoded {
            firstOffsets = List.copyOf(firstOffsets);
        }

        Decoded(String text, Charset charset) {
            this(text, charset, 0, List.of());
        }

        /** What a user should hear about the repair, naming {@code file} (a path or an {@link Origin}), or null when there was none. */
        String warning(Object file) {
            if (replaced == 0) {
                return null;
            }
            String at = firstOffsets.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            return file + ": " + (replaced == 1 ? "one malformed UTF-8 byte sequence, at byte offset " + at + ", was"
                    : replaced + " malformed UTF-8 byte sequences, at byte offsets " + at + (replaced > firstOffsets.size()
                    ? " …" : "") + ", were") + " replaced by U+FFFD; the rest was read as UTF-8 (re-save the file as "
                    + "UTF-8 to keep every character)";
        }
    }

    /** Malformed sequences tolerated in text with no other UTF-8 evidence (mostly ASCII with a few bad bytes). */
    private static final int FEW = 8;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Share of control characters above which "text" is really binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() { }

    static Decoded decode(Path file, byte[] bytes) throws IngestException {
        return decode(Origin.file(file, null), bytes);
    }

    static Decoded decode(Origin file, byte[] bytes) throws IngestException {
        Charset bom = null;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bom = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            bom = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            bom = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        Charset charset = bom;
        String text = null;
        if (charset != null) {
            text = charset == StandardCharsets.UTF_8 ? strictUtf8(bytes, skip) : strict(bytes, skip, charset);
            if (text == null) {
                throw new IngestException(file, "cannot decode as " + charset.name()
                        + " although the file starts with its byte-order mark; re-save it as UTF-8");
            }
        } else {
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                throw new IngestException(file, "binary file (NUL bytes at offset " + nul
                        + "); expected a news article as plain text or HTML");
            }
            text = strictUtf8(bytes, 0);
            charset = StandardCharsets.UTF_8;
            if (text == null) {
                charset = declared(bytes);
                text = charset == null || charset.equals(StandardCharsets.UTF_8) ? null : strict(bytes, 0, charset);
            }
            if (text == null) {
                return normalised(file, notUtf8(file, bytes));
            }
        }
        return normalised(file, new Decoded(text, charset));
    }

    /**
     * Bytes that are not well-formed UTF-8 and declare no other charset: Windows-1252 when every high byte reads as
     * Windows-1252 text and the file is not mostly UTF-8; UTF-8 with replacements when it is mostly UTF-8, or mostly
     * ASCII with a few bad bytes; else refused.
     */
    private static Decoded notUtf8(Origin file, byte[] bytes) throws IngestException {
        Utf8Scan utf8 = Utf8Scan.of(bytes);
        boolean cp1252 = plausibleWindows1252(bytes);
        if (cp1252 && utf8.wellFormed() < utf8.malformed()) {
            String text = strict(bytes, 0, WINDOWS_1252);
            if (text != null) {
                return new Decoded(text, WINDOWS_1252);
            }
        }
        if (utf8.wellFormed() >= utf8.malformed() || utf8.malformed() <= FEW) {
            return new Decoded(utf8.text(), StandardCharsets.UTF_8, utf8.malformed(), utf8.firstOffsets());
        }
        throw new IngestException(file, "cannot decode the text: it is neither UTF-8 (" + utf8.malformed()
                + " malformed byte sequences, the first at byte offset " + utf8.firstOffsets().get(0)
                + ") nor Windows-1252 text; re-save it as UTF-8");
    }

    private static Decoded normalised(Origin file, Decoded d) throws IngestException {
        String text = d.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int controls = 0;
        int firstControl = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
                firstControl = firstControl < 0 ? i : firstControl;
            }
        }
        if (controls > 0 && (controls > text.length() * MAX_CONTROL_SHARE || text.indexOf('\0') >= 0)) {
            throw new IngestException(file, "binary file (control characters from character " + firstControl
                    + "); expected a news article as plain text or HTML");
        }
        return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), d.charset(), d.replaced(), d.firstOffsets());
    }

    /** Typographic marks Windows-1252 newsroom copy is full of, read from its high bytes. */
    private static final String TYPOGRAPHIC = "\u20ac\u201a\u201e\u2026\u2020\u2021\u2030\u2039\u203a\u2018\u2019"
            + "\u201c\u201d\u2022\u2013\u2014\u2122\u00a0\u00a1\u00a2\u00a3\u00a5\u00a7\u00a9\u00ab\u00ae\u00b0"
            + "\u00b1\u00b2\u00b3\u00b4\u00b7\u00b9\u00bb\u00bc\u00bd\u00be\u00bf\u00d7\u00f7";

    /**
     * Whether every byte above 0x7F reads, in Windows-1252, as a typographic mark or as the accented letter of a word:
     * beside a plain letter, and not a capital after a small letter. An undefined byte, a letter standing alone
     * ("\u00c3(") or a capital inside a small word ("Tues\u00c3day") is not Windows-1252 text but damage.
     */
    static boolean plausibleWindows1252(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] >= 0) {
                continue;
            }
            char c = windows1252(bytes[i]);
            if (TYPOGRAPHIC.indexOf(c) >= 0) {
                continue;
            }
            boolean inWord = asciiLetterAt(bytes, i - 1) || asciiLetterAt(bytes, i + 1);
            boolean capitalAfterSmall = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(windows1252(bytes[i - 1]));
            if (!Character.isLetter(c) || !inWord || capitalAfterSmall) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetterAt(byte[] bytes, int i) {
        return i >= 0 && i < bytes.length && (bytes[i] >= 'a' && bytes[i] <= 'z' || bytes[i] >= 'A' && bytes[i] <= 'Z');
    }

    /** The 128 high bytes read as Windows-1252; its five undefined ones come out as U+FFFD, neither letter nor mark. */
    private static final String HIGH_HALF = new String(highHalf(), WINDOWS_1252);

    private static char windows1252(byte b) {
        return b >= 0 ? (char) b : HIGH_HALF.charAt(b & 0x7F);
    }

    private static byte[] highHalf() {
        byte[] b = new byte[128];
        for (int i = 0; i < 128; i++) {
            b[i] = (byte) (0x80 + i);
        }
        return b;
    }

    /**
     * {@link #strict} for UTF-8, mostly without its decoder: the JDK's own decoding of a {@code String} is several
     * times faster and turns every malformed sequence into U+FFFD, so text without U+FFFD was well-formed and decodes
     * the same strictly. Text with U+FFFD (malformed, or well-formed and printing the character) is decoded strictly.
     */
    private static String strictUtf8(byte[] bytes, int offset) {
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return fast.indexOf('\uFFFD') < 0 ? fast : strict(bytes, offset, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset an HTML page declares in its first kilobytes, when Java knows it. */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
