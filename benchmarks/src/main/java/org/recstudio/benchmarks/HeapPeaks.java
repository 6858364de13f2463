package org.recstudio.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use of a benchmark step, from the JVM's memory pools: {@link #reset} before the step, {@link #peakMb}
 * after it. The peak is the sum of each heap pool's own peak, so it is an upper bound on the true peak.
 */
final class HeapPeaks {

    private HeapPeaks() {
    }

    /** Forgets the pools' peaks (callers that want a clean start run a GC first). */
    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the last {@link #reset}, in MB. */
    static long peakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
