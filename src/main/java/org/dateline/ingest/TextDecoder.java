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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into NFC text: a byte-order mark decides (UTF-8, UTF-16LE/BE); else strict UTF-8; else
 * the charset an HTML page declares; else Windows-1252, the usual encoding of older newsroom copy. Refuses
 * binary input instead of guessing.
 */
final class TextDecoder {
    /** Decoded text and the charset it was read with. */
    record Decoded(String text, Charset charset) { }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Share of control characters above which "text" is really binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() { }

    static Decoded decode(Path file, byte[] bytes) throws IngestException {
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
                text = charset == null ? null : strict(bytes, 0, charset);
            }
            if (text == null) {
                charset = WINDOWS_1252;
                text = strict(bytes, 0, WINDOWS_1252);
            }
            if (text == null) {
                throw new IngestException(file, "cannot decode the text: it is neither UTF-8 nor Windows-1252; "
                        + "re-save it as UTF-8");
            }
        }
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
        return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), charset);
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
