package org.recstudio.app.studio.inspect;

/**
 * One recommended (or similar) item of a model.
 *
 * @param why     a one-line explanation ("" when the model gives none)
 * @param details the explanation's summary and contributions, one per line ("" when none)
 */
public record RecommendationRow(int rank, String itemId, String title, String category, float score, String why,
                                String details) {
}
