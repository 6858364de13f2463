package org.recstudio.samples;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Simulates viewers starting, finishing and liking movies and series over the period.
 *
 * <p>A {@code play} is one viewing session (value: minutes watched); {@code complete} marks the end of a movie
 * or of a series' latest season (value: total minutes watched of the title); {@code like} has value 1.
 * Favourite genres are finished and liked more often. Titles are drawn by Zipf popularity, mostly within
 * favourite genres, and only once released.
 */
final class ViewingSimulator {

    /** Event names by type index. */
    static final List<String> EVENTS = List.of("play", "complete", "like");
    static final int PLAY = 0;
    static final int COMPLETE = 1;
    static final int LIKE = 2;
    /** Device names by device index. */
    static final List<String> DEVICES = List.of("tv", "mobile", "tablet", "desktop");
    /** How often each device is a viewer's preferred one. */
    static final List<Double> DEVICE_SHARES = List.of(0.48, 0.24, 0.14, 0.14);

    private static final double FAVOURITE_GENRE = 0.68;
    private static final double DEVICE_LOYALTY = 0.85;
    private static final double ZIPF_EXPONENT = 1.25;
    private static final double ZIPF_OFFSET = 3.0;
    private static final double ACTIVITY_SIGMA = 0.9;
    private static final double RETAINED = 0.5;
    private static final double MEDIAN_LIFESPAN_DAYS = 200;

    private final List<Title> titles;
    private final ActivityClock clock;
    private final double[] genreWeights;
    private final WeightedSampler global;
    private final List<WeightedSampler> byGenre;
    private final int[] releasedByDay;

    ViewingSimulator(SplittableRandom rng, List<Title> titles, List<Genre> genres, ActivityClock clock) {
        this.titles = List.copyOf(titles);
        this.clock = clock;
        this.genreWeights = genres.stream().mapToDouble(Genre::weight).toArray();
        double[] popularity = ZipfWeights.byRank(popularityRanks(rng), ZIPF_EXPONENT, ZIPF_OFFSET);
        this.global = WeightedSampler.of(popularity);
        List<WeightedSampler> pools = new ArrayList<>(genres.size());
        for (int g = 0; g < genres.size(); g++) {
            int genre = g;
            int[] ids = IntStream.range(0, titles.size()).filter(i -> titles.get(i).genre() == genre).toArray();
            double[] w = new double[ids.length];
            for (int k = 0; k < ids.length; k++) {
                w[k] = popularity[ids[k]];
            }
            pools.add(WeightedSampler.over(ids, w));
        }
        this.byGenre = List.copyOf(pools);
        this.releasedByDay = new int[clock.days()];
        int released = 0;
        for (int d = 0; d < releasedByDay.length; d++) {
            while (released < titles.size() && clock.dayIndex(titles.get(released).released()) <= d) {
                released++;
            }
            releasedByDay[d] = released;
        }
        if (releasedByDay[0] == 0) {
            throw new IllegalArgumentException("no title is released on the first day");
        }
    }

    /** Popularity ranks: recent titles tend to rank higher, fresh releases sit at the tail. */
    private int[] popularityRanks(SplittableRandom rng) {
        int n = titles.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            int year = titles.get(i).released().getYear();
            double recency = year >= 2020 ? 2.5 : year >= 2005 ? 1.2 : 0.6;
            score[i] = titles.get(i).fresh() ? -1.0 : recency * Draws.logNormal(rng, 1.0, 0.8);
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(score[b], score[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] rankOf = new int[n];
        for (int r = 0; r < n; r++) {
            rankOf[order[r]] = r;
        }
        return rankOf;
    }

    /** Simulates all viewers; each starts about {@code targetStarts / people.size()} titles, at least 3. */
    List<Event> simulate(SplittableRandom rng, List<Person> people, int targetStarts) {
        List<ActiveWindow> windows = new ArrayList<>(people.size());
        for (Person person : people) {
            windows.add(ActiveWindow.draw(rng, clock.dayIndex(person.signupDate()), clock.days(), RETAINED,
                    MEDIAN_LIFESPAN_DAYS));
        }
        int[] starts = allocate(rng, windows, targetStarts);
        List<Event> events = new ArrayList<>(targetStarts * 3);
        for (int u = 0; u < people.size(); u++) {
            ViewerTaste taste = ViewerTaste.draw(rng, genreWeights);
            BitSet seen = new BitSet(titles.size());
            for (int s = 0; s < starts[u]; s++) {
                watch(rng, u, people.get(u), windows.get(u), taste, seen, events);
            }
        }
        return events;
    }

    private int[] allocate(SplittableRandom rng, List<ActiveWindow> windows, int target) {
        int n = windows.size();
        double[] w = new double[n];
        double sum = 0;
        for (int u = 0; u < n; u++) {
            w[u] = Draws.logNormal(rng, 1.0, ACTIVITY_SIGMA)
                    * StrictMath.pow(windows.get(u).length() / (double) clock.days(), 0.85);
            sum += w[u];
        }
        int extra = Math.max(0, target - 3 * n);
        int[] starts = new int[n];
        for (int u = 0; u < n; u++) {
            starts[u] = 3 + (int) StrictMath.round(extra * w[u] / sum);
        }
        return starts;
    }

    private void watch(SplittableRandom rng, int user, Person person, ActiveWindow window, ViewerTaste taste,
                       BitSet seen, List<Event> out) {
        long t = clock.sample(rng, window.first(), window.last());
        int device = People.sessionDevice(rng, person.preferredDevice(), DEVICES.size(), DEVICE_LOYALTY);
        int item = chooseTitle(rng, taste, t, seen);
        seen.set(item);
        Title title = titles.get(item);
        boolean favourite = taste.likes(title.genre());
        Session session = new Session(user, item, device, out);
        if (title.series()) {
            watchSeries(rng, session, title, favourite, taste, t);
        } else {
            watchMovie(rng, session, title, favourite, t);
        }
    }

    private void watchMovie(SplittableRandom rng, Session session, Title title, boolean favourite, long t) {
        int runtime = title.minutes();
        if (!Draws.chance(rng, favourite ? 0.70 : 0.44)) {
            int minutes = Draws.between(rng, 3, Math.max(4, runtime * 55 / 100));
            session.play(t, minutes);
            if (Draws.chance(rng, 0.02)) {
                session.like(rng, t + minutes * 60L);
            }
            return;
        }
        long end;
        if (Draws.chance(rng, 0.78)) {
            session.play(t, runtime);
            end = t + runtime * 60L + Draws.between(rng, 0, 900);
        } else {
            int first = Draws.between(rng, 10, runtime - 10);
            session.play(t, first);
            long resumed = later(rng, t + first * 60L, Draws.between(rng, 1, 3));
            if (resumed < 0) {
                return;
            }
            session.play(resumed, runtime - first);
            end = resumed + (runtime - first) * 60L + Draws.between(rng, 0, 600);
        }
        if (session.complete(end, runtime) && Draws.chance(rng, favourite ? 0.38 : 0.18)) {
            session.like(rng, end);
        }
    }

    private void watchSeries(SplittableRandom rng, Session session, Title title, boolean favourite,
                             ViewerTaste taste, long start) {
        int episodes = title.episodes();
        boolean engaged = Draws.chance(rng, favourite ? 0.62 : 0.36);
        int target = engaged ? (Draws.chance(rng, 0.55) ? episodes : Draws.between(rng, 2, episodes))
                : Draws.between(rng, 1, 2);
        int watched = 0;
        int total = 0;
        long t = start;
        while (true) {
            int k = Math.min(target - watched, Draws.geometric(rng, taste.bingeEpisodes()));
            boolean abandon = !engaged && watched + k >= target && Draws.chance(rng, 0.5);
            int minutes = abandon
                    ? (k - 1) * title.minutes() + Draws.between(rng, 3, Math.max(4, title.minutes() - 3))
                    : k * title.minutes();
            if (!session.play(t, minutes)) {
                return;
            }
            watched += k;
            total += minutes;
            long end = t + minutes * 60L + Draws.between(rng, 60, 600);
            if (abandon) {
                return;
            }
            if (watched >= episodes) {
                if (session.complete(end, total) && Draws.chance(rng, favourite ? 0.42 : 0.2)) {
                    session.like(rng, end);
                }
                return;
            }
            if (watched >= target) {
                return;
            }
            t = later(rng, end, Draws.between(rng, 1, engaged ? 2 : 5));
            if (t < 0) {
                return;
            }
        }
    }

    /** A time {@code days} days after {@code after}'s day, at least an hour after it, or -1 past the period. */
    private long later(SplittableRandom rng, long after, int days) {
        int day = clock.dayOf(after) + days;
        if (day >= clock.days()) {
            return -1;
        }
        long t = Math.max(clock.sampleOnDay(rng, day), after + 3_600 + rng.nextInt(3_600));
        return t <= clock.endSecond() ? t : -1;
    }

    private int chooseTitle(SplittableRandom rng, ViewerTaste taste, long t, BitSet seen) {
        int limit = releasedByDay[clock.dayOf(t)];
        int item = -1;
        for (int attempt = 0; attempt < 8; attempt++) {
            item = Draws.chance(rng, FAVOURITE_GENRE) ? byGenre.get(taste.genre(rng)).sampleBelow(rng, limit) : -1;
            if (item < 0) {
                item = global.sampleBelow(rng, limit);
            }
            boolean wantSeries = Draws.chance(rng, taste.seriesLeaning());
            if (!seen.get(item) && (titles.get(item).series() == wantSeries || Draws.chance(rng, 0.5))) {
                return item;
            }
        }
        return item;
    }

    /** The events of one user watching one title; drops events past the end of the period. */
    private final class Session {
        private final int user;
        private final int item;
        private final int device;
        private final List<Event> out;

        Session(int user, int item, int device, List<Event> out) {
            this.user = user;
            this.item = item;
            this.device = device;
            this.out = out;
        }

        boolean play(long t, int minutes) {
            return add(t, PLAY, Math.max(1, minutes));
        }

        boolean complete(long t, int minutes) {
            return add(t, COMPLETE, minutes);
        }

        void like(SplittableRandom rng, long after) {
            add(after + Draws.between(rng, 5, 120), LIKE, 1);
        }

        private boolean add(long t, int type, int value) {
            if (t > clock.endSecond()) {
                return false;
            }
            out.add(new Event(t, user, item, type, device, value));
            return true;
        }
    }
}
