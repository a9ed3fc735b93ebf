package org.dateline.map;

import java.util.HashSet;
import java.util.Set;

/**
 * What a batch has written of the shared entities graph, so that each entity description is written once per batch
 * rather than once per article that names it. Bounded: after {@code limit} distinct items it forgets them all and a
 * new batch begins (an item then may be written once more), so memory stays bounded on any corpus. Not thread-safe.
 *
 * @param <T> the item: a quad, or its line of N-Quads
 */
public final class WrittenOnce<T> {
    /** Distinct shared items a batch remembers: far more than a large corpus names, about 60 MB as N-Quads lines. */
    public static final int DEFAULT_LIMIT = 250_000;

    private final Set<T> seen = new HashSet<>();
    private final int limit;
    private long batches = 1;

    public WrittenOnce(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        this.limit = limit;
    }

    public WrittenOnce() {
        this(DEFAULT_LIMIT);
    }

    /** Whether {@code item} is new to this batch (and is to be written); remembers it. */
    public boolean first(T item) {
        if (seen.contains(item)) {
            return false;
        }
        if (seen.size() >= limit) {
            seen.clear();
            batches++;
        }
        seen.add(item);
        return true;
    }

    /** How many batches the items were counted in so far (1 until the limit was first reached). */
    public long batches() {
        return batches;
    }
}
