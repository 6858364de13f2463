package org.recstudio.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.BitSet;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.store.UserRecord;

/**
 * The row handler of user files: the id and the USER_ATTRIBUTE columns as one JSON object (values kept as text, so
 * codes such as zip "01234" keep their leading zeros). Later rows with an id already seen in this file are
 * duplicates.
 */
final class UserRows extends RowHandler {

    private final BitSet seen = new BitSet();
    private final Object[] values;

    UserRows(Setup s) {
        super(s);
        this.values = new Object[cols.attributes.size()];
    }

    @Override Outcome handleValid(Row row) {
        String id = cells.id(row, cols.user);
        if (id == null) {
            return reject(row, cols.name(cols.user), "the user id is empty");
        }
        Outcome longId = tooLong(row, cols.name(cols.user), id, DatasetWriter.MAX_ID_LENGTH, "user id");
        if (longId != null) {
            return longId;
        }
        int existing = writer.userIndex(id);
        if (existing >= 0 && seen.get(existing)) {
            return Outcome.DUPLICATE;
        }
        for (int i = 0; i < values.length; i++) {
            int c = cols.attributes.columns()[i];
            JsonNode node = row.node(c);
            values[i] = node != null && node.isContainerNode() ? node : cells.text(row, c);
        }
        seen.set(writer.putUser(new UserRecord(id, JsonText.object(cols.attributes.names(), values, values.length))));
        return Outcome.ACCEPTED;
    }
}
