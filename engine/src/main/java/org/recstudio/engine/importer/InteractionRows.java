package org.recstudio.engine.importer;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.store.UserRecord;

/**
 * The row handler of interaction files: user and item ids (unknown users created, unknown items rejected or made
 * placeholders), event, value, timestamp (range-checked) and context; duplicates are counted by the writer.
 */
final class InteractionRows extends RowHandler {

    private final UnknownItemPolicy unknownItems;
    private final String dataset;
    private final Map<String, String> eventNames;
    private final Map<String, Integer> eventCodes = new HashMap<>();
    private final ValueTransform transform;
    private final int fixedEvent;
    private final long maxTime;
    private final String[] contextNames;
    private final Object[] contextValues;
    private final Object[] userAttrValues;
    private final NumericIdCache userCache = new NumericIdCache();
    private final NumericIdCache itemCache = new NumericIdCache();
    private Timestamps.Kind timeKind;
    private String lastUser;
    private int lastUserIdx;
    private String lastItem;
    private int lastItemIdx;

    InteractionRows(Setup s, ColumnMapping mapping, UnknownItemPolicy unknownItems, String dataset, Clock clock) {
        super(s);
        this.unknownItems = unknownItems;
        this.dataset = dataset;
        this.eventNames = mapping.eventNames();
        this.transform = mapping.valueTransform();
        this.fixedEvent = mapping.fixedEvent() == null ? -1 : writer.eventCode(mapping.fixedEvent());
        this.maxTime = clock.millis() + Duration.ofDays(1).toMillis();
        this.contextNames = cols.context.names();
        this.contextValues = new Object[cols.context.size()];
        this.userAttrValues = new Object[cols.userAttributes.size()];
        if (cols.time >= 0) {
            timeKind = Timestamps.detect(format.previewColumn(cols.time));
        }
    }

    @Override Outcome handleValid(Row row) {
        String user = cells.id(row, cols.user);
        if (user == null) {
            return reject(row, cols.name(cols.user), "the user id is empty");
        }
        String item = cells.id(row, cols.item);
        if (item == null) {
            return reject(row, cols.name(cols.item), "the item id is empty");
        }
        Outcome longId = tooLong(row, cols.name(cols.user), user, DatasetWriter.MAX_ID_LENGTH, "user id");
        if (longId == null) {
            longId = tooLong(row, cols.name(cols.item), item, DatasetWriter.MAX_ID_LENGTH, "item id");
        }
        if (longId != null) {
            return longId;
        }
        int itemIdx = item.equals(lastItem) ? lastItemIdx : itemIndex(item);
        if (itemIdx < 0 && unknownItems == UnknownItemPolicy.REJECT) {
            return reject(row, cols.name(cols.item), "item '" + item + "' is not in the catalog of dataset '" + dataset
                    + "'; import the items file first, or create placeholders for unknown items");
        }
        int event = fixedEvent;
        if (event < 0) {
            String raw = cells.text(row, cols.event);
            if (raw == null) {
                return reject(row, cols.name(cols.event), "the event is empty");
            }
            Outcome longName = tooLong(row, cols.name(cols.event), raw, DatasetWriter.MAX_EVENT_NAME_LENGTH, "event name");
            if (longName != null) {
                return longName;
            }
            event = eventCode(eventNames.getOrDefault(raw, raw));
        }
        float value = Float.NaN;
        if (cols.value >= 0) {
            String v = cells.text(row, cols.value);
            if (v != null) {
                double d = Numbers.parseDouble(v);
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return reject(row, cols.name(cols.value), "'" + v + "' is not a number");
                }
                value = transform.apply(d);
                if (Float.isNaN(value)) {
                    return reject(row, cols.name(cols.value), "'" + v + "' cannot be transformed by "
                            + transform + " (negative?)");
                }
            }
        }
        long time = Long.MIN_VALUE;
        if (cols.time >= 0) {
            String t = cells.text(row, cols.time);
            if (t == null) {
                notes.add("rows had no timestamp and were stored with an unknown time", row.line(), null);
            } else {
                time = time(row, t);
                if (time == Timestamps.INVALID) {
                    return Outcome.REJECTED;
                }
            }
        }
        String context = context(row);
        if (itemIdx < 0) {
            itemIdx = writer.itemOrPlaceholder(item);
        }
        lastItem = item;
        lastItemIdx = itemIdx;
        int userIdx = user.equals(lastUser) ? lastUserIdx : userIndex(row, user);
        lastUser = user;
        lastUserIdx = userIdx;
        return writer.addInteraction(userIdx, itemIdx, event, value, time, context) ? Outcome.ACCEPTED
                : Outcome.DUPLICATE;
    }

    private long time(Row row, String t) {
        if (timeKind == null) {
            timeKind = Timestamps.detect(List.of(t));
            if (timeKind == null) {
                reject(row, cols.name(cols.time), "'" + t + "' is not a timestamp (expected epoch seconds or "
                        + "milliseconds, or an ISO date such as 2019-11-24T00:03:13Z)");
                return Timestamps.INVALID;
            }
        }
        long ms = Timestamps.parse(timeKind, t);
        if (ms == Timestamps.INVALID) {
            reject(row, cols.name(cols.time), "'" + t + "' is not a timestamp of this column's format ("
                    + timeKind + ")");
            return Timestamps.INVALID;
        }
        String problem = Timestamps.rangeProblem(ms, maxTime);
        if (problem != null) {
            reject(row, cols.name(cols.time), "'" + t + "': " + problem);
            return Timestamps.INVALID;
        }
        return ms;
    }

    private int eventCode(String name) {
        Integer code = eventCodes.get(name);
        if (code == null) {
            code = writer.eventCode(name);
            eventCodes.put(name, code);
        }
        return code;
    }

    private String context(Row row) {
        int n = contextValues.length;
        if (n == 0) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            int c = cols.context.columns()[i];
            contextValues[i] = format.jsonLines() ? jsonOrText(row, c) : cells.text(row, c);
        }
        return JsonText.object(contextNames, contextValues, n);
    }

    private Object jsonOrText(Row row, int c) {
        var node = row.node(c);
        return node != null && node.isContainerNode() ? node : cells.text(row, c);
    }

    private int itemIndex(String item) {
        int idx = itemCache.get(item);
        if (idx >= 0) {
            return idx;
        }
        idx = writer.itemIndex(item);
        if (idx >= 0) {
            itemCache.put(item, idx);
        }
        return idx;
    }

    private int userIndex(Row row, String user) {
        int idx = userCache.get(user);
        if (idx >= 0) {
            return idx;
        }
        idx = writer.userIndex(user);
        if (idx < 0 && userAttrValues.length == 0) {
            idx = writer.userOrNew(user);
        } else if (idx < 0) {
            for (int i = 0; i < userAttrValues.length; i++) {
                userAttrValues[i] = cells.text(row, cols.userAttributes.columns()[i]);
            }
            idx = writer.putUser(new UserRecord(user, JsonText.object(cols.userAttributes.names(), userAttrValues,
                    userAttrValues.length)));
        }
        userCache.put(user, idx);
        return idx;
    }

    @Override long placeholders() {
        return writer.placeholdersCreated();
    }
}
