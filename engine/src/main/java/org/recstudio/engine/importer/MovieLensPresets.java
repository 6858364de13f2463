package org.recstudio.engine.importer;

import static org.recstudio.engine.importer.Role.CATEGORY;
import static org.recstudio.engine.importer.Role.CONTEXT;
import static org.recstudio.engine.importer.Role.CREATED_AT;
import static org.recstudio.engine.importer.Role.ITEM_ATTRIBUTE;
import static org.recstudio.engine.importer.Role.ITEM_ID;
import static org.recstudio.engine.importer.Role.TIMESTAMP;
import static org.recstudio.engine.importer.Role.TITLE;
import static org.recstudio.engine.importer.Role.USER_ATTRIBUTE;
import static org.recstudio.engine.importer.Role.USER_ID;
import static org.recstudio.engine.importer.Role.VALUE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The presets of the GroupLens MovieLens files: 100K, 1M and latest-small. */
final class MovieLensPresets {

    /** The 19 genres of ml-100k's {@code u.genre}, in flag-column order. */
    static final List<String> GENRES_100K = List.of("unknown", "Action", "Adventure", "Animation", "Children's",
            "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery",
            "Romance", "Sci-Fi", "Thriller", "War", "Western");

    private MovieLensPresets() {
    }

    static List<Preset> all() {
        return List.of(ml100k(), ml1m(), latestSmall());
    }

    private static ColumnMapping ratings(String user, String item, String rating, String time) {
        return ColumnMapping.builder().bind(USER_ID, user).bind(ITEM_ID, item).bind(VALUE, rating)
                .bind(TIMESTAMP, time).fixedEvent("rating").build();
    }

    private static Preset ml100k() {
        List<String> itemColumns = new ArrayList<>(List.of("item_id", "title", "release_date", "video_release_date",
                "imdb_url"));
        itemColumns.addAll(GENRES_100K);
        return new Preset("movielens-100k", "MovieLens 100K (ml-100k): u.data ratings 1-5 with epoch-second times "
                + "(event 'rating'), u.item movies (ISO-8859-1; title, release date as created_at, IMDb URL attribute, "
                + "the 19 genre flags as a category list) and u.user users (age, gender, occupation, zip). "
                + "u.genre's names are built in; u.info, u.occupation and the u1-u5 splits are not imported.", List.of(
                new PresetFile("items", DataKind.ITEMS, "u.item", "movies: id|title|release date|video release "
                        + "date|IMDb URL|19 genre flags", FormatHints.headerless("|", StandardCharsets.ISO_8859_1,
                        itemColumns.toArray(String[]::new)),
                        ColumnMapping.builder().bind(ITEM_ID, "item_id").bind(TITLE, "title")
                                .bind(CREATED_AT, "release_date").bind(ITEM_ATTRIBUTE, "imdb_url")
                                .categoryFlags(GENRES_100K).category(null, CategoryStyle.LIST).build()),
                new PresetFile("users", DataKind.USERS, "u.user", "users: id|age|gender|occupation|zip",
                        FormatHints.headerless("|", null, "user_id", "age", "gender", "occupation", "zip"),
                        ColumnMapping.builder().bind(USER_ID, "user_id")
                                .bindAll(USER_ATTRIBUTE, "age", "gender", "occupation", "zip").build()),
                new PresetFile("interactions", DataKind.INTERACTIONS, "u.data", "ratings: user TAB item TAB rating "
                        + "TAB epoch seconds, no header", FormatHints.headerless("\t", null, "user_id", "item_id",
                        "rating", "timestamp"), ratings("user_id", "item_id", "rating", "timestamp"))));
    }

    private static Preset ml1m() {
        return new Preset("movielens-1m", "MovieLens 1M (ml-1m): ratings.dat (or the gzip prefix "
                + "partial/ratings_first487650.dat.gz) with '::' separators and epoch-second times (event 'rating'), "
                + "movies.dat (ISO-8859-1, '|'-separated genres as a category list) and users.dat (gender, age code, "
                + "occupation code, zip; codes as in the GroupLens README).", List.of(
                new PresetFile("items", DataKind.ITEMS, "movies.dat", "movies: MovieID::Title::Genres",
                        FormatHints.headerless("::", StandardCharsets.ISO_8859_1, "item_id", "title", "genres"),
                        ColumnMapping.builder().bind(ITEM_ID, "item_id").bind(TITLE, "title").bind(CATEGORY, "genres")
                                .category("|", CategoryStyle.LIST).build()),
                new PresetFile("users", DataKind.USERS, "users.dat", "users: UserID::Gender::Age::Occupation::Zip",
                        FormatHints.headerless("::", null, "user_id", "gender", "age", "occupation", "zip"),
                        ColumnMapping.builder().bind(USER_ID, "user_id")
                                .bindAll(USER_ATTRIBUTE, "gender", "age", "occupation", "zip").build()),
                new PresetFile("interactions", DataKind.INTERACTIONS, "ratings.dat",
                        "ratings: UserID::MovieID::Rating::Timestamp (plain or gzip)",
                        FormatHints.headerless("::", null, "user_id", "item_id", "rating", "timestamp"),
                        ratings("user_id", "item_id", "rating", "timestamp"))));
    }

    private static Preset latestSmall() {
        FormatHints csv = new FormatHints(null, ",", null, true, null);
        List<String> nulls = new ArrayList<>(ColumnMapping.DEFAULT_NULLS);
        nulls.add("(no genres listed)");
        return new Preset("movielens-latest-small", "MovieLens latest-small (2018): ratings.csv half-star ratings "
                + "(event 'rating'), movies.csv (genres as a category list; '(no genres listed)' left empty), and "
                + "optionally tags.csv as interactions with event 'tag' and the tag text as context {\"tag\": …}. "
                + "links.csv is not imported.", List.of(
                new PresetFile("items", DataKind.ITEMS, "movies.csv", "movies: movieId,title,genres", csv,
                        ColumnMapping.builder().bind(ITEM_ID, "movieId").bind(TITLE, "title").bind(CATEGORY, "genres")
                                .category("|", CategoryStyle.LIST).nullValues(nulls).build()),
                new PresetFile("interactions", DataKind.INTERACTIONS, "ratings.csv",
                        "ratings: userId,movieId,rating,timestamp", csv,
                        ratings("userId", "movieId", "rating", "timestamp")),
                new PresetFile("tags", DataKind.INTERACTIONS, "tags.csv", "free-text tags as event 'tag': "
                        + "userId,movieId,tag,timestamp", csv,
                        ColumnMapping.builder().bind(USER_ID, "userId").bind(ITEM_ID, "movieId")
                                .bind(CONTEXT, "tag").bind(TIMESTAMP, "timestamp").fixedEvent("tag").build())));
    }
}
