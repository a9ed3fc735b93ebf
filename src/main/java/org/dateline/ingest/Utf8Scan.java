package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes read as UTF-8 by the JDK's decoder, each malformed sequence replaced by U+FFFD and its byte offset kept,
 * with the evidence for UTF-8: how many non-ASCII characters were well-formed.
 *
 * @param text         the text, malformed sequences replaced
 * @param wellFormed   non-ASCII characters decoded from well-formed sequences
 * @param malformed    malformed sequences replaced
 * @param firstOffsets the byte offsets of the first few malformed sequences
 */
record Utf8Scan(String text, int wellFormed, int malformed, List<Integer> firstOffsets) {
    private static final int OFFSETS_KEPT = 5;

    Utf8Scan {
        firstOffsets = List.copyOf(firstOffsets);
    }

    static Utf8Scan of(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never gives more characters than it has bytes; one U+FFFD stands for one or more bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        List<Integer> offsets = new ArrayList<>();
        int malformed = 0;
        int wellFormed = 0;
        while (true) {
            int from = out.position();
            CoderResult r = decoder.decode(in, out, true);
            for (int i = from; i < out.position(); i++) {
                wellFormed += out.get(i) > 0x7F && !Character.isLowSurrogate(out.get(i)) ? 1 : 0;
            }
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            malformed++;
            if (offsets.size() < OFFSETS_KEPT) {
                offsets.add(in.position());
            }
            out.put('\uFFFD');
            in.position(in.position() + r.length());
        }
        return new Utf8Scan(out.flip().toString(), wellFormed, malformed, offsets);
    }
}
