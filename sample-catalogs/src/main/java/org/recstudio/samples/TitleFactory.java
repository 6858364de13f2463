package org.recstudio.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the streaming catalog's movies and series: name, description, genre, studio, runtime, release date.
 *
 * <p>Most titles were released before the period (back catalog); some are released during it, and a batch of
 * fresh releases arrives in its last weeks. Ids follow release order.
 */
final class TitleFactory {

    private static final double SERIES_SHARE = 0.4;
    private static final double AVAILABLE = 0.94;
    private static final double ANY_STUDIO = 0.1;

    private final List<Genre> genres;
    private final List<Studio> studios;
    private final ActivityClock clock;

    TitleFactory(List<Genre> genres, List<Studio> studios, ActivityClock clock) {
        this.genres = List.copyOf(genres);
        this.studios = List.copyOf(studios);
        this.clock = clock;
    }

    /** Generates {@code count} titles; the last {@code freshCount} are released in the final {@code freshDays}. */
    List<Title> generate(SplittableRandom rng, int count, int freshCount, int freshDays) {
        WeightedSampler genreSampler = WeightedSampler.of(genres.stream().mapToDouble(Genre::weight).toArray());
        Set<String> names = new HashSet<>();
        List<Title> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean fresh = i >= count - freshCount;
            int g = genreSampler.sample(rng);
            Genre genre = genres.get(g);
            boolean series = Draws.chance(rng, mostlyMovies(g) ? 0.25 : SERIES_SHARE);
            int minutes = series
                    ? Math.max(20, (int) StrictMath.round(Draws.logNormal(rng, genre.episodeMinutes(), 0.12)))
                    : Math.clamp(StrictMath.round(Draws.logNormal(rng, genre.movieMinutes(), 0.15)), 70, 195);
            int episodes = series ? Draws.between(rng, 6, 10) : 1;
            LocalDate released = fresh
                    ? clock.date(Draws.between(rng, clock.days() - freshDays, clock.days() - 1))
                    : releaseDate(rng, freshDays, i == 0); // at least one title before the period
            int yearsOnAir = clock.lastDay().getYear() - released.getYear() + 1;
            int seasons = series ? Math.min(Math.min(8, yearsOnAir), Draws.geometric(rng, 1.9)) : 1;
            String name = uniqueName(rng, genre, series, names);
            String description = TitleText.description(rng, genre, series, minutes, episodes, seasons);
            drafts.add(new Title(null, name, description, series, g, studio(rng, g), released,
                    fresh || Draws.chance(rng, AVAILABLE), minutes, episodes, seasons, fresh));
        }
        List<Title> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparing(Title::released)); // stable
        int digits = Math.max(4, Integer.toString(count).length());
        List<Title> titles = new ArrayList<>(count);
        for (int i = 0; i < sorted.size(); i++) {
            Title t = sorted.get(i);
            titles.add(new Title(People.externalId("T", digits, i + 1), t.name(), t.description(), t.series(),
                    t.genre(), t.studio(), t.released(), t.available(), t.minutes(), t.episodes(), t.seasons(),
                    t.fresh()));
        }
        return List.copyOf(titles);
    }

    private static boolean mostlyMovies(int genre) {
        return genre == StreamingVocabulary.ANIMATION || genre == StreamingVocabulary.FAMILY;
    }

    private LocalDate releaseDate(SplittableRandom rng, int freshDays, boolean backCatalog) {
        double r = backCatalog ? 0.8 * rng.nextDouble() : rng.nextDouble();
        LocalDate from;
        LocalDate to;
        if (r < 0.08) {
            from = LocalDate.of(1962, 1, 1);
            to = LocalDate.of(1989, 12, 31);
        } else if (r < 0.22) {
            from = LocalDate.of(1990, 1, 1);
            to = LocalDate.of(2004, 12, 31);
        } else if (r < 0.60) {
            from = LocalDate.of(2005, 1, 1);
            to = LocalDate.of(2019, 12, 31);
        } else if (r < 0.82) {
            from = LocalDate.of(2020, 1, 1);
            to = clock.start().minusDays(1);
        } else {
            from = clock.start();
            to = clock.date(clock.days() - freshDays - 1);
        }
        return from.plusDays(rng.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }

    private int studio(SplittableRandom rng, int genre) {
        if (Draws.chance(rng, ANY_STUDIO)) {
            return rng.nextInt(studios.size());
        }
        List<Integer> focused = new ArrayList<>();
        for (int s = 0; s < studios.size(); s++) {
            if (studios.get(s).genres().contains(genre)) {
                focused.add(s);
            }
        }
        return focused.isEmpty() ? rng.nextInt(studios.size()) : Draws.pick(rng, focused);
    }

    private static String uniqueName(SplittableRandom rng, Genre genre, boolean series, Set<String> names) {
        String name = TitleText.name(rng, genre, series);
        for (int attempt = 0; attempt < 100 && names.contains(name); attempt++) {
            name = TitleText.name(rng, genre, series);
        }
        String base = name;
        for (int n = 2; names.contains(name); n++) {
            name = base + " " + n;
        }
        names.add(name);
        return name;
    }
}
