package org.recstudio.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.recstudio.engine.progress.CancelledException;
import org.recstudio.engine.progress.Progress;

/**
 * Runs independent blocks of an index range on a fixed pool of worker threads, reporting progress per block and
 * stopping at the next block once cancelled.
 *
 * <p>Each block must write only its own part of the result, so the outcome does not depend on the number of
 * threads or on scheduling: multithreaded fits stay bit-for-bit deterministic.
 */
public final class Parallel {

    /** Work on the indexes {@code [from, to)}. */
    @FunctionalInterface
    public interface Block {
        void run(int from, int to);
    }

    private Parallel() {
    }

    /** The number of worker threads for a {@code threads} parameter: itself, or every core when 0. */
    public static int threads(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code block} over {@code [0, n)} in blocks of {@code blockSize} on {@code threads} threads (0 = every
     * core), reporting {@code stage} progress in indexes done.
     *
     * @throws CancelledException if {@code progress} was cancelled
     */
    public static void forBlocks(int n, int blockSize, int threads, String stage, Progress progress, Block block) {
        int blocks = (n + blockSize - 1) / blockSize;
        int workers = Math.max(1, Math.min(threads(threads), blocks));
        AtomicLong done = new AtomicLong();
        progress.update(stage, 0, n);
        if (workers == 1) {
            for (int b = 0; b < blocks; b++) {
                runBlock(b, n, blockSize, stage, progress, block, done);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "recstudio-" + stage.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(blocks);
            for (int b = 0; b < blocks; b++) {
                int id = b;
                futures.add(pool.submit(() -> runBlock(id, n, blockSize, stage, progress, block, done)));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runBlock(int b, int n, int blockSize, String stage, Progress progress, Block block,
                                 AtomicLong done) {
        progress.checkCancelled();
        int from = b * blockSize;
        int to = Math.min(n, from + blockSize);
        block.run(from, to);
        synchronized (done) {
            progress.update(stage, done.addAndGet(to - from), n);
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
