package org.recstudio.bandit.ope;

import java.nio.file.Path;
import java.util.List;

/**
 * A logged-feedback file that cannot be used for off-policy evaluation, with where (file, line, column) and what
 * to do. Up to {@value #SHOWN} problems are listed, with the total count.
 */
public final class LogFormatException extends IllegalArgumentException {

    static final int SHOWN = 10;

    private final Path file;
    private final List<String> problems;
    private final long count;

    LogFormatException(Path file, List<String> problems, long count) {
        super(message(file, problems, count));
        this.file = file;
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    static LogFormatException single(Path file, String problem) {
        return new LogFormatException(file, List.of(problem), 1);
    }

    private static String message(Path file, List<String> problems, long count) {
        StringBuilder b = new StringBuilder();
        b.append(file == null ? "log" : file.getFileName()).append(": ");
        if (count == 1) {
            b.append(problems.getFirst());
        } else {
            b.append(count).append(" problems");
            for (String p : problems) {
                b.append("\n  ").append(p);
            }
            if (count > problems.size()) {
                b.append("\n  … and ").append(count - problems.size()).append(" more");
            }
        }
        return b.toString();
    }

    /** The file with the problems. */
    public Path file() {
        return file;
    }

    /** The problems listed (at most {@value #SHOWN}). */
    public List<String> problems() {
        return problems;
    }

    /** How many problems there were in total. */
    public long count() {
        return count;
    }
}
