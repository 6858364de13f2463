package org.recstudio.engine.importer;

import org.recstudio.engine.store.DatasetWriter;

/**
 * The base of the per-kind row handlers, which turn the rows of one file into {@link DatasetWriter} calls; the checks
 * every kind shares (unparsable JSON, ragged rows, undecodable bytes) are here, the kind-specific ones in the
 * subclasses.
 */
abstract class RowHandler {

    /** What happened to one row. */
    enum Outcome { ACCEPTED, DUPLICATE, REJECTED }

    final FileFormat format;
    final ResolvedColumns cols;
    final Cells cells;
    final DatasetWriter writer;
    final RejectLog rejects;
    final Notes notes;
    private final int expected;

    RowHandler(Setup s) {
        this.format = s.format();
        this.cols = s.columns();
        this.cells = s.cells();
        this.writer = s.writer();
        this.rejects = s.rejects();
        this.notes = s.notes();
        this.expected = format.columns().size();
    }

    /** What every handler is built from. */
    record Setup(FileFormat format, ResolvedColumns columns, Cells cells, DatasetWriter writer, RejectLog rejects,
                 Notes notes) {
    }

    final Outcome handle(Row row) {
        if (row.error() != null) {
            return reject(row, null, row.error());
        }
        if (!format.jsonLines() && row.size() != expected && !(row.size() > expected && extraEmpty(row))) {
            return reject(row, null, "has " + row.size() + " field(s) but the file has " + expected + " columns "
                    + "(delimiter '" + FileFormat.printable(format.delimiter()) + "'); a value holding the delimiter "
                    + "or a line break must be quoted");
        }
        String bad = row.badBytes();
        if (bad != null) {
            return reject(row, null, "holds bytes that are not valid " + format.charset().name() + " (" + bad
                    + "); fix the line, or import the file with the encoding it was written in");
        }
        return handleValid(row);
    }

    private boolean extraEmpty(Row row) {
        for (int i = expected; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Handles a row that passed the shared checks. */
    abstract Outcome handleValid(Row row);

    Outcome reject(Row row, String column, String reason) {
        rejects.add(row.line(), column, reason, row.content());
        return Outcome.REJECTED;
    }

    /**
     * Rejects the row when {@code value} is longer than the store holds ({@code max} characters); null when it
     * fits.
     */
    Outcome tooLong(Row row, String column, String value, int max, String what) {
        if (value == null || value.length() <= max) {
            return null;
        }
        return reject(row, column, String.format("the %s is %,d characters long; at most %,d can be "
                + "stored", what, value.length(), max));
    }

    /** Placeholder items this handler created. */
    long placeholders() {
        return 0;
    }
}
