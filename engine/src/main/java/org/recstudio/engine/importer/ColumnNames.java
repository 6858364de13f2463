package org.recstudio.engine.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names real data files use for each {@link Role} (userId, user_id, reviewerID, UserID…), compared
 * after normalising: lower case, letters and digits only. Each list is in order of preference (unixReviewTime
 * before reviewTime).
 */
final class ColumnNames {

    static final List<String> USER = List.of("userid", "user", "uid", "reviewerid", "customerid", "customer",
            "visitorid", "visitor", "memberid", "accountid", "clientid", "sessionid", "profileid", "readerid",
            "listenerid", "viewerid");
    static final List<String> ITEM = List.of("itemid", "item", "iid", "movieid", "movie", "asin", "artistid",
            "placeid", "bookid", "productid", "product", "sku", "articleid", "trackid", "songid", "contentid",
            "docid", "newsid", "videoid", "restaurantid", "businessid", "goodsid", "offerid", "gameid", "animeid",
            "courseid", "isbn", "parentasin");
    static final List<String> EVENT = List.of("event", "eventtype", "eventname", "action", "actiontype",
            "interaction", "interactiontype", "behavior", "behaviour", "behaviortype", "activity", "type");
    static final List<String> VALUE = List.of("rating", "ratings", "overall", "weight", "score", "value", "click",
            "clicks", "clicked", "plays", "playcount", "listencount", "count", "quantity", "qty", "stars",
            "reward", "label", "amount", "revenue", "duration", "watchtime");
    static final List<String> TIMESTAMP = List.of("timestamp", "unixreviewtime", "time", "ts", "datetime", "date",
            "eventtime", "eventdate", "createdat", "created", "occurredat", "unixtime", "epoch", "clicktime",
            "ratedat", "reviewtime", "when");
    static final List<String> TITLE = List.of("title", "name", "itemname", "productname", "movietitle",
            "booktitle", "artistname", "songname", "trackname", "headline");
    static final List<String> DESCRIPTION = List.of("description", "desc", "summary", "text", "overview", "plot",
            "body", "content", "abstract", "details", "synopsis");
    static final List<String> CATEGORY = List.of("category", "categories", "categorypath", "genre", "genres",
            "cuisine", "section", "department", "topic", "maincat");
    static final List<String> BRAND = List.of("brand", "manufacturer", "maker", "author", "authors", "publisher",
            "artist", "vendor", "seller", "provider", "label", "studio", "channel", "creator", "merchant");
    static final List<String> PRICE = List.of("price", "cost", "listprice", "unitprice", "priceusd", "amount");
    static final List<String> CREATED = List.of("createdat", "created", "releasedate", "publishedat", "published",
            "publicationdate", "pubdate", "availablefrom", "addedat", "dateadded", "launchdate", "date");
    static final List<String> IN_STOCK = List.of("instock", "stock", "available", "availability", "isavailable",
            "active");
    static final List<String> INDEX = List.of("", "index", "unnamed0", "rowid", "row", "column1");

    /** The known names of each role, for header detection. */
    private static final Map<Role, List<String>> ALL = Map.of(Role.USER_ID, USER, Role.ITEM_ID, ITEM,
            Role.EVENT, EVENT, Role.VALUE, VALUE, Role.TIMESTAMP, TIMESTAMP, Role.TITLE, TITLE,
            Role.DESCRIPTION, DESCRIPTION, Role.CATEGORY, CATEGORY, Role.BRAND, BRAND, Role.PRICE, PRICE);

    private ColumnNames() {
    }

    /** {@code "User_ID"} → {@code "userid"}. */
    static String normalise(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code name} is a column name we know (or "id"), which suggests a header row. */
    static boolean isKnown(String name) {
        String n = normalise(name);
        if (n.equals("id")) {
            return true;
        }
        for (List<String> names : ALL.values()) {
            if (names.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
