/**
 * Streaming import of catalogs, users and interaction logs from real-world files into a workspace dataset.
 *
 * <p>The flow: {@link org.recstudio.engine.importer.FormatSniffer} reads a bounded prefix (1 MB) of a file and
 * detects gzip, encoding, binary data, JSON Lines or the delimiter, quoting and header row, giving a
 * {@link org.recstudio.engine.importer.FileFormat} with a preview. A
 * {@link org.recstudio.engine.importer.ColumnMapping} (guessed from the header, set by the user, or taken from a
 * {@link org.recstudio.engine.importer.Preset}) says which column plays which
 * {@link org.recstudio.engine.importer.Role}. The {@link org.recstudio.engine.importer.Importer} then streams the
 * rows through one {@code DatasetWriter} transaction per file and returns an
 * {@link org.recstudio.engine.importer.ImportReport}.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Atomicity: nothing is visible until the writer commits; errors, cancellation and killed processes leave
 *       the workspace as it was (the rejected-rows report of a failed import is deleted too).</li>
 *   <li>Re-imports: the fingerprint is SHA-256 of the whole file (a fast first pass) combined with the kind, the
 *       reading format and the mapping; the same fingerprint means "already imported" and nothing changes.</li>
 *   <li>Bad rows (ragged, undecodable bytes, bad JSON, empty ids, non-numeric values, timestamps outside
 *       [1970-01-01, now + 1 day], unknown items under REJECT) are rejected with file, line and column; more than
 *       half of the first 1,000 rows (or of all rows) rejected fails the import instead of committing junk.</li>
 *   <li>Catalog fields that cannot be read (prices that are not prices, HTML-fragment titles, dates out of range,
 *       descriptions over 1,000,000 characters) do not reject the item: they are left empty or clipped and
 *       counted in the report's notes.</li>
 *   <li>Attribute and context values are stored as text (zip "01234" keeps its zero); JSON lists and objects
 *       are kept as JSON.</li>
 *   <li>Several USER_ID (or ITEM_ID) columns form a composite id stored as {@code h} + a 64-bit hash; the
 *       Open Bandit preset uses this for users (the hash of user_feature_0..3).</li>
 * </ul>
 */
package org.recstudio.engine.importer;
