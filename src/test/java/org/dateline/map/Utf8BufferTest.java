package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {
    /** What the JDK's UTF-8 encoder makes of the text: the bytes the buffer must hold however the text arrives. */
    private static byte[] jdk(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String TEXT = "caf\u00e9 \u2014 \uD83D\uDE00 lone \uD800 and \uDC00, end \uD800";

    @Test
    void stringsCharactersAndArraysEncodeAsTheJdkDoes() throws Exception {
        Utf8Buffer whole = new Utf8Buffer(1);
        whole.print(TEXT);
        assertArrayEquals(jdk(TEXT), whole.toByteArray());

        Utf8Buffer oneByOne = new Utf8Buffer(1);
        for (char c : TEXT.toCharArray()) {
            oneByOne.print(c);
        }
        assertArrayEquals(jdk(TEXT), oneByOne.toByteArray(), "a lone surrogate becomes '?', a pair one character");

        Utf8Buffer mixed = new Utf8Buffer(1);
        mixed.print(TEXT.substring(0, 9));
        mixed.print(TEXT.toCharArray());
        mixed.println("x");
        mixed.printf("%d", 7);
        assertArrayEquals(jdk(TEXT.substring(0, 9) + TEXT + "x\n7"), mixed.toByteArray());
    }

    @Test
    void resetKeepsNothingAndWriteToCopiesWhatIsHeld() throws Exception {
        Utf8Buffer b = new Utf8Buffer(4);
        b.print("first text, long enough to grow the buffer");
        b.reset();
        assertEquals(0, b.size());
        b.print("\u00e9t\u00e9");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.writeTo(out);
        assertArrayEquals(jdk("\u00e9t\u00e9"), out.toByteArray());
        assertEquals(5, b.size());
    }

    @Test
    void copyFromCopiesWhatWasWrittenSince() {
        Utf8Buffer b = new Utf8Buffer(1);
        b.print("before ");
        int start = b.size();
        b.print("caf\u00e9 \uD83D\uDE00");
        assertArrayEquals(jdk("caf\u00e9 \uD83D\uDE00"), b.copyFrom(start));
        assertArrayEquals(jdk("before caf\u00e9 \uD83D\uDE00"), b.toByteArray(), "the buffer keeps what it holds");
    }
}
