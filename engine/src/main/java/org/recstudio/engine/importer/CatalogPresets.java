package org.recstudio.engine.importer;

import static org.recstudio.engine.importer.Role.BRAND;
import static org.recstudio.engine.importer.Role.CATEGORY;
import static org.recstudio.engine.importer.Role.CONTEXT;
import static org.recstudio.engine.importer.Role.DESCRIPTION;
import static org.recstudio.engine.importer.Role.EVENT;
import static org.recstudio.engine.importer.Role.ITEM_ATTRIBUTE;
import static org.recstudio.engine.importer.Role.ITEM_ID;
import static org.recstudio.engine.importer.Role.PRICE;
import static org.recstudio.engine.importer.Role.TIMESTAMP;
import static org.recstudio.engine.importer.Role.TITLE;
import static org.recstudio.engine.importer.Role.USER_ATTRIBUTE;
import static org.recstudio.engine.importer.Role.USER_ID;
import static org.recstudio.engine.importer.Role.VALUE;

import java.util.List;
import java.util.Map;

/** The presets of goodbooks-10k, Last.fm HetRec, UCI restaurants, Open Bandit, Amazon 2018 and our samples. */
final class CatalogPresets {

    private static final FormatHints CSV = new FormatHints(null, ",", null, true, null);
    private static final FormatHints TSV_NO_QUOTES = new FormatHints(null, "\t", FileFormat.NO_QUOTE, true, null);

    private CatalogPresets() {
    }

    static List<Preset> all() {
        return List.of(goodbooks(), lastfm(), uciRestaurant(), openBandit(), amazon(), sample());
    }

    private static Preset goodbooks() {
        return new Preset("goodbooks-10k", "goodbooks-10k: books.csv (title, authors as brand, year, language, "
                + "ISBN, Goodreads ids and rating summary as attributes), ratings.csv (user_id,book_id,rating; here "
                + "only samples/ratings.csv) and optionally to_read.csv as event 'to_read'. tags are not imported.",
                List.of(new PresetFile("items", DataKind.ITEMS, "books.csv", "books with 23 columns", CSV,
                        ColumnMapping.builder().bind(ITEM_ID, "book_id").bind(TITLE, "title").bind(BRAND, "authors")
                                .bind(Binding.of(ITEM_ATTRIBUTE, "original_publication_year").as("year"))
                                .bind(Binding.of(ITEM_ATTRIBUTE, "language_code").as("language"))
                                .bindAll(ITEM_ATTRIBUTE, "original_title", "isbn", "goodreads_book_id",
                                        "average_rating", "ratings_count", "image_url").build()),
                new PresetFile("interactions", DataKind.INTERACTIONS, "ratings.csv", "ratings 1-5: "
                        + "user_id,book_id,rating", CSV, ColumnMapping.builder().bind(USER_ID, "user_id")
                        .bind(ITEM_ID, "book_id").bind(VALUE, "rating").fixedEvent("rating").build()),
                new PresetFile("to_read", DataKind.INTERACTIONS, "to_read.csv", "books users marked to read: "
                        + "user_id,book_id", CSV, ColumnMapping.builder().bind(USER_ID, "user_id")
                        .bind(ITEM_ID, "book_id").fixedEvent("to_read").build())));
    }

    private static Preset lastfm() {
        return new Preset("lastfm-hetrec", "Last.fm HetRec 2011 (hetrec2011-lastfm-2k): user_artists.dat play "
                + "counts as event 'play' with the count as value, artists.dat artists (name as title, url and "
                + "pictureURL attributes). Quoting is off: names such as \"Weird Al\" Yankovic keep their quotes. "
                + "user_friends.dat (social graph) is not imported.", List.of(
                new PresetFile("items", DataKind.ITEMS, "artists.dat", "artists: id TAB name TAB url TAB pictureURL",
                        TSV_NO_QUOTES, ColumnMapping.builder().bind(ITEM_ID, "id").bind(TITLE, "name")
                        .bindAll(ITEM_ATTRIBUTE, "url", "pictureURL").build()),
                new PresetFile("interactions", DataKind.INTERACTIONS, "user_artists.dat", "plays: userID TAB "
                        + "artistID TAB weight", TSV_NO_QUOTES, ColumnMapping.builder().bind(USER_ID, "userID")
                        .bind(ITEM_ID, "artistID").bind(VALUE, "weight").fixedEvent("play").build())));
    }

    private static Preset uciRestaurant() {
        return new Preset("uci-restaurant", "UCI Restaurant & consumer data: rating_final.csv overall ratings 0-2 "
                + "(event 'rating') with food_rating and service_rating as context, geoplaces2.csv restaurants (name "
                + "as title; location, price level, alcohol, smoking, ambience… as attributes) and userprofile.csv "
                + "users with their demographic and lifestyle attributes. '?' means missing. The cuisine, payment, "
                + "parking and hours files are not imported.", List.of(
                new PresetFile("items", DataKind.ITEMS, "geoplaces2.csv", "restaurants with 21 columns", CSV,
                        ColumnMapping.builder().bind(ITEM_ID, "placeID").bind(TITLE, "name")
                                .bindAll(ITEM_ATTRIBUTE, "latitude", "longitude", "address", "city", "state",
                                        "country", "zip", "alcohol", "smoking_area", "dress_code", "accessibility")
                                .bind(Binding.of(ITEM_ATTRIBUTE, "price").as("price_level"))
                                .bind(Binding.of(ITEM_ATTRIBUTE, "Rambience").as("ambience"))
                                .bindAll(ITEM_ATTRIBUTE, "url", "franchise", "area", "other_services").build()),
                new PresetFile("users", DataKind.USERS, "userprofile.csv", "users with 19 columns", CSV,
                        ColumnMapping.builder().bind(USER_ID, "userID").bindAll(USER_ATTRIBUTE, "latitude",
                                "longitude", "smoker", "drink_level", "dress_preference", "ambience", "transport",
                                "marital_status", "hijos", "birth_year", "interest", "personality", "religion",
                                "activity", "color", "weight", "budget", "height").build()),
                new PresetFile("interactions", DataKind.INTERACTIONS, "rating_final.csv", "ratings: userID,placeID,"
                        + "rating,food_rating,service_rating", CSV, ColumnMapping.builder().bind(USER_ID, "userID")
                        .bind(ITEM_ID, "placeID").bind(VALUE, "rating")
                        .bindAll(CONTEXT, "food_rating", "service_rating").fixedEvent("rating").build())));
    }

    private static Preset openBandit() {
        String[] features = {"user_feature_0", "user_feature_1", "user_feature_2", "user_feature_3"};
        return new Preset("open-bandit", "Open Bandit Dataset (ZOZOTOWN) men.csv / women.csv logs: one interaction "
                + "per impression row, event 'click' when click = 1 else 'impression', value = click (0/1), the "
                + "microsecond timestamp (stored in ms), position and propensity_score as context. OBD has no user "
                + "ids: a user is the hash of user_feature_0..3 (a user segment), with those features as attributes. "
                + "The user-item_affinity_* columns and the pandas index are not imported. item_context.csv gives the "
                + "items (item_feature_0..3 attributes).", List.of(
                new PresetFile("items", DataKind.ITEMS, "item_context.csv", "items: ,item_id,item_feature_0..3", CSV,
                        ColumnMapping.builder().bind(ITEM_ID, "item_id").bindAll(ITEM_ATTRIBUTE, "item_feature_0",
                                "item_feature_1", "item_feature_2", "item_feature_3").build()),
                new PresetFile("interactions", DataKind.INTERACTIONS, "men.csv", "impressions: ,timestamp,item_id,"
                        + "position,click,propensity_score,user_feature_0..3,user-item_affinity_*", CSV,
                        ColumnMapping.builder().bindAll(USER_ID, features).bind(ITEM_ID, "item_id")
                                .bind(EVENT, "click").eventNames(Map.of("1", "click", "0", "impression"))
                                .bind(VALUE, "click").bind(TIMESTAMP, "timestamp")
                                .bindAll(CONTEXT, "position", "propensity_score")
                                .bindAll(USER_ATTRIBUTE, features).build())));
    }

    private static Preset amazon() {
        return new Preset("amazon-2018", "Amazon Review Data (2018), gzip JSON Lines: a 5-core review file "
                + "(reviewerID, asin, overall as value of event 'rating', unixReviewTime; verified as context) and a "
                + "meta file (asin, title trimmed — HTML-fragment titles are left empty and kept as raw_title —, "
                + "brand, category list as a ' > ' path, description list joined, price only when it is a real price "
                + "like $1,250.00, main_cat attribute). Repeated asins in meta are counted as duplicates; the first "
                + "is kept.", List.of(
                new PresetFile("items", DataKind.ITEMS, "meta_Gift_Cards.json.gz", "product metadata (JSON Lines)",
                        FormatHints.NONE, ColumnMapping.builder().bind(ITEM_ID, "asin").bind(TITLE, "title")
                        .bind(BRAND, "brand").bind(CATEGORY, "category").category(null, CategoryStyle.PATH)
                        .bind(PRICE, "price").bind(DESCRIPTION, "description").bind(ITEM_ATTRIBUTE, "main_cat")
                        .build()),
                new PresetFile("interactions", DataKind.INTERACTIONS, "Gift_Cards_5.json.gz", "reviews (JSON Lines)",
                        FormatHints.NONE, ColumnMapping.builder().bind(USER_ID, "reviewerID").bind(ITEM_ID, "asin")
                        .bind(VALUE, "overall").bind(TIMESTAMP, "unixReviewTime").bind(CONTEXT, "verified")
                        .fixedEvent("rating").build())));
    }

    private static Preset sample() {
        return new Preset("recstudio-sample", "RecStudio's generated sample catalogs (sample-catalogs/): items.csv "
                + "(item_id,title,description,category,brand,price,created_at,in_stock), users.csv (user_id,"
                + "age_band,gender,country,signup_date) and interactions.csv.gz (user_id,item_id,event,timestamp,"
                + "device, plus value in the streaming catalog). The mapping is guessed from these headers.", List.of(
                new PresetFile("items", DataKind.ITEMS, "items.csv", "items with a header", FormatHints.NONE, null),
                new PresetFile("users", DataKind.USERS, "users.csv", "users with a header", FormatHints.NONE, null),
                new PresetFile("interactions", DataKind.INTERACTIONS, "interactions.csv.gz",
                        "interaction events with a header (gzip)", FormatHints.NONE, null)));
    }
}
