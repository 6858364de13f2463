package org.recstudio.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The {@code streaming} sample catalog: 800 movies and series, 600 viewers and about 30,000 play, complete and
 * like events.
 */
final class StreamingCatalog {

    static final String NAME = "streaming";
    static final int TITLES = 800;
    static final int FRESH_TITLES = 24;
    static final int FRESH_DAYS = 21;
    static final int USERS = 600;
    static final int STARTS = 13_000;

    private StreamingCatalog() {
    }

    /** Generates the catalog into {@code dir} with sizes multiplied by {@code scale}. */
    static CatalogSummary generate(Path dir, SplittableRandom rng, double scale, LocalDate firstDay, LocalDate lastDay)
            throws IOException {
        SplittableRandom titleRng = rng.split();
        SplittableRandom peopleRng = rng.split();
        SplittableRandom viewRng = rng.split();

        ActivityClock clock = new ActivityClock(firstDay, lastDay, ActivityProfile.streaming());
        List<Genre> genres = StreamingVocabulary.genres();
        List<Studio> studios = StreamingVocabulary.studios();
        int titleCount = CatalogGenerator.scaled(TITLES, scale, 30);
        int freshCount = Math.max(2, (int) StrictMath.round(FRESH_TITLES * (double) titleCount / TITLES));
        List<Title> titles = new TitleFactory(genres, studios, clock).generate(titleRng, titleCount, freshCount,
                FRESH_DAYS);

        People population = new People(ViewingSimulator.DEVICE_SHARES, firstDay.minusYears(3), firstDay,
                lastDay.minusDays(14), 0.4);
        List<Person> people = population.generate(peopleRng, CatalogGenerator.scaled(USERS, scale, 10));

        List<Event> events = new ViewingSimulator(viewRng, titles, genres, clock)
                .simulate(viewRng, people, CatalogGenerator.scaled(STARTS, scale, 40));
        Collections.sort(events);

        long itemRows = CatalogFiles.writeItems(dir.resolve("items.csv"), titles.size(), i -> {
            Title t = titles.get(i);
            return List.of(t.id(), t.name(), t.description(), t.category(genres.get(t.genre())),
                    studios.get(t.studio()).name(), "", t.released().toString(), Boolean.toString(t.available()));
        });
        long userRows = CatalogFiles.writeUsers(dir.resolve("users.csv"), people);
        long eventRows = CatalogFiles.writeInteractions(dir.resolve("interactions.csv.gz"), events,
                u -> people.get(u).id(), i -> titles.get(i).id(), ViewingSimulator.EVENTS, ViewingSimulator.DEVICES,
                true);

        Map<String, Long> mix = new LinkedHashMap<>();
        for (String name : ViewingSimulator.EVENTS) {
            mix.put(name, 0L);
        }
        for (Event e : events) {
            mix.merge(ViewingSimulator.EVENTS.get(e.type()), 1L, Long::sum);
        }
        long fresh = titles.stream().filter(Title::fresh).count();
        long tops = titles.stream().map(Title::series).distinct().count();
        long paths = titles.stream().map(t -> t.category(genres.get(t.genre()))).distinct().count();
        long studioCount = titles.stream().mapToInt(Title::studio).distinct().count();
        long available = titles.stream().filter(Title::available).count();
        return new CatalogSummary(NAME, itemRows, fresh, FRESH_DAYS, available, userRows, eventRows, mix, tops, paths,
                studioCount, firstDay, lastDay);
    }
}
