package org.dateline.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function's answers, remembered for keys that come back (the same names recur in article after article),
 * in a map that starts again when it holds {@code max} of them, so memory stays bounded on any corpus.
 * Safe to share between threads; the function must be pure, as two threads may compute one answer twice.
 */
public final class BoundedMemo<K, V> {
    private final int max;
    private final Function<K, V> compute;
    private final Map<K, V> answers = new ConcurrentHashMap<>();

    public BoundedMemo(int max, Function<K, V> compute) {
        this.max = max;
        this.compute = compute;
    }

    public V get(K key) {
        V answer = answers.get(key);
        if (answer == null) {
            answer = compute.apply(key);
            if (answers.size() >= max) {
                answers.clear();
            }
            answers.put(key, answer);
        }
        return answer;
    }
}
