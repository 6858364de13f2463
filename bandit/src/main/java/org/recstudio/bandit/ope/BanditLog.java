package org.recstudio.bandit.ope;

import java.nio.file.Path;
import java.util.List;

/**
 * Logged bandit feedback held by column: for each row the action (index into {@link #actions()}), the slot
 * position (index into {@link #positions()}), the reward, the logging policy's propensity for that action in that
 * slot, the time, and context columns; optionally the item context of each action. Read with {@link LogReader}
 * or {@link ObdLogs}. Immutable; {@link #slice} gives a contiguous part without copying.
 */
public final class BanditLog {

    private final Path source;
    private final ActionSet actions;
    private final List<Integer> positions;
    private final int[] action;
    private final int[] position;
    private final double[] reward;
    private final double[] propensity;
    private final long[] time;
    private final List<ContextColumn> context;
    private final ItemContext itemContext;
    private final int from;
    private final int n;

    BanditLog(Path source, ActionSet actions, List<Integer> positions, int[] action, int[] position, double[] reward,
              double[] propensity, long[] time, List<ContextColumn> context, ItemContext itemContext, int from, int n) {
        this.source = source;
        this.actions = actions;
        this.positions = List.copyOf(positions);
        this.action = action;
        this.position = position;
        this.reward = reward;
        this.propensity = propensity;
        this.time = time;
        this.context = List.copyOf(context);
        this.itemContext = itemContext;
        this.from = from;
        this.n = n;
    }

    /** Rows {@code [start, end)} of this log. */
    public BanditLog slice(int start, int end) {
        if (start < 0 || end > n || start >= end) {
            throw new IllegalArgumentException("slice [" + start + ", " + end + ") outside the log's " + n + " rows");
        }
        return new BanditLog(source, actions, positions, action, position, reward, propensity, time, context,
                itemContext, from + start, end - start);
    }

    /** The file read. */
    public Path source() {
        return source;
    }

    public int size() {
        return n;
    }

    public ActionSet actions() {
        return actions;
    }

    public int actionCount() {
        return actions.size();
    }

    /** The slot labels seen (e.g. 1, 2, 3), sorted; a log without positions has the single label 1. */
    public List<Integer> positions() {
        return positions;
    }

    public int positionCount() {
        return positions.size();
    }

    public int action(int row) {
        return action[from + row];
    }

    /** The index of row's slot in {@link #positions()}. */
    public int position(int row) {
        return position[from + row];
    }

    public double reward(int row) {
        return reward[from + row];
    }

    /** The logging policy's probability of this row's action in this row's slot. */
    public double propensity(int row) {
        return propensity[from + row];
    }

    /** Epoch milliseconds, or {@link Long#MIN_VALUE} when the log has no times. */
    public long time(int row) {
        return time[from + row];
    }

    /** The context columns (index rows with {@link #absolute(int)}). */
    public List<ContextColumn> context() {
        return context;
    }

    /** The index of {@code row} in the context columns. */
    public int absolute(int row) {
        return from + row;
    }

    /** The item context of the actions, or null. */
    public ItemContext itemContext() {
        return itemContext;
    }

    /** The mean reward: the logging policy's own value (on-policy estimate). */
    public double meanReward() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += reward(i);
        }
        return s / n;
    }
}
