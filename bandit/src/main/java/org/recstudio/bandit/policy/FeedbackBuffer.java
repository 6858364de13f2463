package org.recstudio.bandit.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers feedback to a policy the way production systems do: each reward becomes known {@code delay} rounds
 * after its decision, and the policy is updated in batches of {@code batchSize} (a model refreshed every few
 * minutes rather than after every click). {@code delay = 0, batchSize = 1} is immediate learning.
 */
public final class FeedbackBuffer {

    private record Pending(long due, Feedback feedback) {
    }

    private final Policy policy;
    private final int delay;
    private final int batchSize;
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private final List<Feedback> batch = new ArrayList<>();
    private long delivered;

    public FeedbackBuffer(Policy policy, int delay, int batchSize) {
        if (delay < 0) {
            throw new IllegalArgumentException("feedback delay must be >= 0 rounds, got " + delay);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("feedback batch size must be >= 1, got " + batchSize);
        }
        this.policy = policy;
        this.delay = delay;
        this.batchSize = batchSize;
    }

    /** Records feedback of a decision taken in {@code round}; it becomes known at round + delay. */
    public void add(long round, Feedback feedback) {
        waiting.addLast(new Pending(round + delay, feedback));
    }

    /** Moves to {@code round}: feedback now known joins the batch, and full batches update the policy. */
    public void advance(long round) {
        while (!waiting.isEmpty() && waiting.peekFirst().due() <= round) {
            batch.add(waiting.pollFirst().feedback());
            if (batch.size() >= batchSize) {
                deliver();
            }
        }
    }

    /** Delivers everything still waiting or batched (the end of a run). */
    public void flush() {
        while (!waiting.isEmpty()) {
            batch.add(waiting.pollFirst().feedback());
        }
        deliver();
    }

    private void deliver() {
        if (!batch.isEmpty()) {
            policy.updateAll(List.copyOf(batch));
            delivered += batch.size();
            batch.clear();
        }
    }

    /** Feedbacks delivered to the policy so far. */
    public long delivered() {
        return delivered;
    }

    /** Feedbacks known or waiting but not yet delivered. */
    public int pending() {
        return waiting.size() + batch.size();
    }
}
