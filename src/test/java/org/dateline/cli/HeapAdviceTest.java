package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code serve} says when it runs without a heap limit on a large machine, and when its articles would not fit. */
class HeapAdviceTest {
    private static final long GB = 1L << 30;

    @Test
    void aLargeDefaultLimitIsWorthAWord() {
        String w = HeapAdvice.forDefaultLimit(List.of("-Dfile.encoding=UTF-8"), 6 * GB).orElseThrow();
        assertTrue(w.contains("6,144 MB") && w.contains("-Xmx1g"), w);
    }

    @Test
    void aLimitGivenOrASmallMachineIsLeftAlone() {
        assertTrue(HeapAdvice.forDefaultLimit(List.of("-Xmx6g"), 6 * GB).isEmpty());
        assertTrue(HeapAdvice.forDefaultLimit(List.of("-XX:MaxRAMPercentage=50"), 6 * GB).isEmpty());
        assertTrue(HeapAdvice.forDefaultLimit(List.of(), GB).isEmpty());
    }

    @Test
    void articlesThatWouldFillTheHeapAreToldToUseAStore() {
        assertTrue(HeapAdvice.forInMemory(100, GB).isEmpty());
        String w = HeapAdvice.forInMemory(4000, GB).orElseThrow();
        assertTrue(w.contains("4,000 articles") && w.contains("--store"), w);
    }
}
