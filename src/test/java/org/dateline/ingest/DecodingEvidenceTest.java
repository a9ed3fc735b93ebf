package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes that are not well-formed UTF-8 are read on evidence: a UTF-8 article with a stray byte is read as UTF-8 with
 * that byte replaced by U+FFFD and its offset told (not refused whole, not garbled as Windows-1252); mostly-ASCII text
 * with bad bytes is not taken for Windows-1252; real Windows-1252 copy still is; what is neither is refused.
 */
class DecodingEvidenceTest {
    private static final String STORY = "Caf\u00e9 owners protest \u201cunfair\u201d tax \u2013 again\n\n"
            + "PARIS, Oct. 3 (UPI) -- Owners said the tax was \u201cunfair\u201d \u2014 and would fight it.\n";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private static byte[] insert(byte[] bytes, int at, int... inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        for (int b : inserted) {
            out.write(b);
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private TextDecoder.Decoded decode(byte[] bytes) throws IngestException {
        return TextDecoder.decode(dir.resolve("story.txt"), bytes);
    }

    @Test
    void aStrayByteInUtf8IsReplacedAndItsOffsetTold() throws Exception {
        byte[] utf8 = STORY.getBytes(StandardCharsets.UTF_8);
        int at = STORY.indexOf("Owners said");
        int offset = new String(STORY.substring(0, at)).getBytes(StandardCharsets.UTF_8).length;
        TextDecoder.Decoded d = decode(insert(utf8, offset, 0xFF));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(1, d.replaced());
        assertEquals(List.of(offset), d.firstOffsets());
        assertEquals(STORY.substring(0, at) + "\uFFFD" + STORY.substring(at), d.text());
        String warning = d.warning(dir.resolve("story.txt"));
        assertTrue(warning.contains("story.txt") && warning.contains("offset " + offset) && warning.contains("U+FFFD"), warning);

        // And through the reader: the article is read, with its curly quotes, not refused.
        Path file = dir.resolve("stray.txt");
        Files.write(file, insert(utf8, offset, 0xFF));
        Article a = Articles.read(file);
        assertTrue(a.text().contains("\u201cunfair\u201d") && a.text().contains("\uFFFD"));
    }

    @Test
    void mostlyAsciiWithBadBytesIsNotTakenForWindows1252() throws Exception {
        byte[] ascii = "WASHINGTON, March 2 (UPI) -- The Senate voted on Tuesday. The bill passed 52-48.\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] damaged = insert(insert(ascii, 60, 0xC3, '('), 30, 0xFF, 0xFE);
        TextDecoder.Decoded d = decode(damaged);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(3, d.replaced(), d.text());
        assertFalse(d.text().contains("\u00c3") || d.text().contains("\u00ff"), d.text());
    }

    @Test
    void windows1252IsChosenOnEvidence() throws Exception {
        TextDecoder.Decoded d = decode(STORY.getBytes(WINDOWS_1252));
        assertEquals(WINDOWS_1252, d.charset());
        assertEquals(STORY, d.text());
        assertEquals(0, d.replaced());
        String zurich = "Z\u00fcrich, May 4 -- The na\u00efve plan \u2018failed\u2019, officials said. Co\u00fbt: \u00a3400.\n";
        assertEquals(WINDOWS_1252, decode(zurich.getBytes(WINDOWS_1252)).charset());
        assertEquals(zurich, decode(zurich.getBytes(WINDOWS_1252)).text());
    }

    @Test
    void bytesThatAreNeitherAreRefusedWithAnOffset() {
        byte[] noise = new byte[400];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 3 == 0 ? 'a' : 0x80 + (i * 37) % 0x7F);
        }
        IngestException e = assertThrows(IngestException.class, () -> decode(noise));
        assertTrue(e.getMessage().contains("neither UTF-8") && e.getMessage().contains("offset"), e.getMessage());
    }

    @Test
    void undefinedWindows1252BytesAreNotWindows1252Text() {
        // 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252.
        assertFalse(TextDecoder.plausibleWindows1252("ab\u0081cd".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(TextDecoder.plausibleWindows1252("caf\u00e9 \u0093x\u0094".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(TextDecoder.plausibleWindows1252("x \u00c3( y".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
