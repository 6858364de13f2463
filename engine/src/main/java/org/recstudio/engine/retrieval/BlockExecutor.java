package org.recstudio.engine.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;

/**
 * A fixed pool of workers that runs a range {@code [0, n)} cut into fixed-size blocks, each block exactly once.
 *
 * <p>Block boundaries depend only on {@code n} and the block size, never on the number of threads, so work that
 * writes per-row results (or per-block partial sums that the caller adds in block order) is bit-identical
 * however the blocks are scheduled. The caller's thread works too; a pool of one runs everything inline.
 * Cancellation is checked before every block.
 */
public final class BlockExecutor implements AutoCloseable {

    /** The work of one block. */
    @FunctionalInterface
    public interface BlockBody {
        /**
         * Processes rows {@code [from, to)} of block {@code block}.
         *
         * @param worker the index of the worker running it, in [0, threads), for per-worker scratch space
         */
        void run(int worker, int block, int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    /** A pool of {@code threads} workers (the calling thread is one of them). */
    public BlockExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "recstudio-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The number of cores available to this JVM. */
    public static int availableCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The number of workers. */
    public int threads() {
        return threads;
    }

    /** The number of blocks that {@code n} rows make with {@code blockSize}. */
    public static int blockCount(int n, int blockSize) {
        return (int) (((long) n + blockSize - 1) / blockSize);
    }

    /**
     * Runs {@code body} over every block of {@code [0, n)}; returns when all blocks are done.
     *
     * @throws CancelledException when {@code progress} was cancelled (some blocks may not have run)
     */
    public void forEachBlock(int n, int blockSize, Progress progress, BlockBody body) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be >= 1, got " + blockSize);
        }
        int blocks = blockCount(n, blockSize);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int helpers = pool == null ? 0 : Math.min(threads - 1, Math.max(0, blocks - 1));
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int w = 1; w <= helpers; w++) {
            int worker = w;
            futures.add(pool.submit(() -> work(worker, n, blockSize, blocks, next, stop, progress, body)));
        }
        Throwable failure = null;
        try {
            work(0, n, blockSize, blocks, next, stop, progress, body);
        } catch (RuntimeException | Error e) {
            stop.set(true);
            failure = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                failure = failure == null ? new CancelledException() : failure;
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error er) {
            throw er;
        }
        if (failure != null) {
            throw new IllegalStateException("block worker failed", failure);
        }
    }

    private static void work(int worker, int n, int blockSize, int blocks, AtomicInteger next, AtomicBoolean stop,
                             Progress progress, BlockBody body) {
        try {
            for (int b = next.getAndIncrement(); b < blocks && !stop.get(); b = next.getAndIncrement()) {
                progress.checkCancelled();
                int from = b * blockSize;
                body.run(worker, b, from, Math.min(n, from + blockSize));
            }
        } catch (RuntimeException | Error e) {
            stop.set(true);
            throw e;
        }
    }

    /** Stops the workers. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
