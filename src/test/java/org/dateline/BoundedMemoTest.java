package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.dateline.model.BoundedMemo;

/** A memo answers as its function does, computes a recurring key once, and holds at most its bound. */
class BoundedMemoTest {
    @Test
    void remembersUpToItsBoundThenStartsAgain() {
        AtomicInteger calls = new AtomicInteger();
        BoundedMemo<String, String> upper = new BoundedMemo<>(2, s -> {
            calls.incrementAndGet();
            return s.toUpperCase(java.util.Locale.ROOT);
        });
        assertEquals("A", upper.get("a"));
        assertEquals("A", upper.get("a"));
        assertEquals(1, calls.get(), "a recurring key is computed once");
        assertEquals("B", upper.get("b"));
        assertEquals("C", upper.get("c"));
        assertEquals("A", upper.get("a"));
        assertEquals(4, calls.get(), "full at two keys when 'c' came, it started again, so 'a' was computed anew");
    }
}
