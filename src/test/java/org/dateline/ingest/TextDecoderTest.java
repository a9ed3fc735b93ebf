package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each encoding newsrooms produce is detected and decoded without mangling, and the text is NFC. */
class TextDecoderTest {
    private static final String STORY = "Caf\u00e9 owners protest \u201cunfair\u201d tax \u2013 again\n\n"
            + "By Jane Doe\n\n"
            + "PARIS, Oct. 3 (UPI) -- Owners said the tax was \u201cunfair\u201d \u2014 and would fight it.\n";

    @TempDir
    Path dir;

    private Article readBytes(byte[] bytes) throws Exception {
        Path file = dir.resolve("story.txt");
        Files.write(file, bytes);
        return Articles.read(file);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private void assertStory(Article a) {
        assertEquals(STORY, a.text());
        assertEquals("Caf\u00e9 owners protest \u201cunfair\u201d tax \u2013 again", a.headline().text());
        assertEquals("Paris", a.dateline().place());
    }

    @Test
    void utf8WithoutBomIsRead() throws Exception {
        assertStory(readBytes(STORY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8BomIsDroppedFromTheText() throws Exception {
        Article a = readBytes(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, STORY.getBytes(StandardCharsets.UTF_8)));
        assertStory(a);
        assertFalse(a.text().contains("\uFEFF"));
    }

    @Test
    void utf16LittleEndianWithBomIsRead() throws Exception {
        assertStory(readBytes(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void utf16BigEndianWithBomIsRead() throws Exception {
        assertStory(readBytes(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, STORY.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void windows1252CurlyQuotesAndDashesAreDecoded() throws Exception {
        byte[] bytes = STORY.getBytes(Charset.forName("windows-1252"));
        // The bytes a Windows newsroom writes: 0x93/0x94 curly quotes, 0x96 en dash, 0x97 em dash, 0xE9 é.
        String hex = java.util.HexFormat.of().formatHex(bytes);
        assertTrue(hex.contains("93") && hex.contains("94") && hex.contains("96") && hex.contains("97"));
        assertStory(readBytes(bytes));
    }

    @Test
    void decomposedTextIsNormalisedToNfc() throws Exception {
        String decomposed = Normalizer.normalize(STORY, Normalizer.Form.NFD);
        Article a = readBytes(decomposed.getBytes(StandardCharsets.UTF_8));
        assertStory(a);
        assertTrue(Normalizer.isNormalized(a.text(), Normalizer.Form.NFC));
    }

    @Test
    void htmlDeclaringItsCharsetIsDecodedWithIt() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-15\"><title>t</title></head><body><article>"
                + "<h1>Prix de l\u2019\u20acuro</h1><p>Le prix a augment\u00e9 de 5 \u20ac hier, selon la banque.</p>"
                + "</article></body></html>";
        Path file = dir.resolve("page.html");
        Files.write(file, page.replace('\u2019', '\'').getBytes(Charset.forName("ISO-8859-15")));
        Article a = Articles.read(file);
        assertEquals("Prix de l'\u20acuro", a.headline().text());
        assertTrue(a.text().contains("augment\u00e9 de 5 \u20ac"));
    }

    @Test
    void crlfLineEndingsKeepOffsetsRight() throws Exception {
        Article a = readBytes(STORY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("By Jane Doe", a.blocks(BlockKind.BYLINE).get(0).text());
        assertEquals("Jane Doe", a.authors().get(0).name());
        assertFalse(a.blocks().stream().anyMatch(b -> b.text().contains("\r")));
    }

    /**
     * UTF-8 is decoded by the JDK's fast String decoding unless the result holds U+FFFD: the choice of charset and the
     * text must be those of the strict decoder on well-formed, malformed, truncated, overlong and surrogate input.
     */
    @Test
    void fastUtf8DecodingAgreesWithTheStrictDecoder() throws Exception {
        java.util.Random random = new java.util.Random(7);
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), " ".getBytes(StandardCharsets.UTF_8),
            "\u00e9".getBytes(StandardCharsets.UTF_8), "\u2014".getBytes(StandardCharsets.UTF_8),
            "\uD83D\uDCF0".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xE2, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
        for (int n = 0; n < 3000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("Story ".getBytes(StandardCharsets.UTF_8));
            for (int i = random.nextInt(12); i > 0; i--) {
                out.writeBytes(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = out.toByteArray();
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = null;
            }
            if (strict != null) {
                TextDecoder.Decoded decoded = TextDecoder.decode(dir.resolve("x.txt"), bytes);
                assertEquals(StandardCharsets.UTF_8, decoded.charset());
                assertEquals(Normalizer.normalize(strict, Normalizer.Form.NFC), decoded.text());
            } else {
                // Malformed: UTF-8 with each malformed sequence replaced and counted, Windows-1252 only when every high
                // byte reads as Windows-1252 text, or refused.
                try {
                    TextDecoder.Decoded decoded = TextDecoder.decode(dir.resolve("x.txt"), bytes);
                    if (decoded.charset().equals(StandardCharsets.UTF_8)) {
                        assertTrue(decoded.replaced() > 0, "malformed input read as UTF-8 without a word");
                        String replacing = StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                        assertEquals(Normalizer.normalize(replacing, Normalizer.Form.NFC), decoded.text());
                    } else {
                        assertTrue(TextDecoder.plausibleWindows1252(bytes), "read as " + decoded.charset() + " on no evidence");
                    }
                } catch (IngestException e) {
                    // neither UTF-8 nor Windows-1252: refused, as it should be
                }
            }
        }
    }
}
