package org.dateline.map;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.jena.atlas.io.AWriterBase;

/**
 * A growable byte buffer that Jena's line-based RDF writers print into, holding what they write as UTF-8: the text of
 * one article, ready to be written out whole.
 *
 * <p>Why not {@code IO.wrapUTF8(ByteArrayOutputStream)}: that copies every character three times (into a char buffer,
 * through the charset encoder into a byte buffer, then into the byte array), for about a quarter of a megabyte of
 * N-Quads per article. Here a string is encoded once, by the JDK, and the terms the {@link CachingNodeFormatter}
 * remembers are kept as UTF-8 and copied in whole. The bytes are the same: the JDK's UTF-8 encoding, with {@code ?}
 * for a lone surrogate as {@code OutputStreamWriter} writes it.
 *
 * <p>Not thread-safe: one per writing thread.
 */
public final class Utf8Buffer extends AWriterBase {
    private byte[] bytes;
    private int size;
    /** A high surrogate printed on its own (Jena escapes strings one character at a time), waiting for its pair. */
    private char pendingHigh;

    /** @param capacity the bytes to allocate at first; the buffer grows as needed */
    public Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** The number of bytes written since the last {@link #reset()}. */
    public int size() {
        settle();
        return size;
    }

    /** Forgets what was written, keeping the memory for the next use. */
    public void reset() {
        size = 0;
        pendingHigh = 0;
    }

    /** Writes what the buffer holds to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        settle();
        out.write(bytes, 0, size);
    }

    /** A copy of what the buffer holds. */
    public byte[] toByteArray() {
        settle();
        return Arrays.copyOf(bytes, size);
    }

    /** A copy of the bytes written from {@code start} (a {@link #size()} taken earlier) to now. */
    byte[] copyFrom(int start) {
        settle();
        return Arrays.copyOfRange(bytes, start, size);
    }

    /** Appends bytes that are already UTF-8 text. */
    void append(byte[] utf8) {
        append(utf8, 0, utf8.length);
    }

    /** Appends {@code length} bytes of UTF-8 text from {@code utf8[offset]}. */
    void append(byte[] utf8, int offset, int length) {
        settle();
        room(length);
        System.arraycopy(utf8, offset, bytes, size, length);
        size += length;
    }

    @Override
    public void print(char ch) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(ch)) {
                append(new String(new char[] {high, ch}).getBytes(StandardCharsets.UTF_8));
                return;
            }
            put((byte) '?');
        }
        if (ch < 0x80) {
            put((byte) ch);
        } else if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
        } else {
            append(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void print(char[] cbuf) {
        print(new String(cbuf));
    }

    @Override
    public void print(String string) {
        int n = string.length();
        // The writer's separators (" ", " .\n") and short tokens: a loop is cheaper than encoding into a new array.
        // After a lone high surrogate the string's first character may be its pair: one character at a time too.
        if (n <= 8 || pendingHigh != 0) {
            for (int i = 0; i < n; i++) {
                print(string.charAt(i));
            }
        } else {
            append(string.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void printf(String fmt, Object... args) {
        print(String.format(fmt, args));
    }

    @Override
    public void println(String obj) {
        print(obj);
        print('\n');
    }

    @Override
    public void println() {
        print('\n');
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void put(byte b) {
        if (size == bytes.length) {
            room(1);
        }
        bytes[size++] = b;
    }

    /** A high surrogate with nothing after it is malformed text: the JDK's encoder writes {@code ?} for it. */
    private void settle() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put((byte) '?');
        }
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
