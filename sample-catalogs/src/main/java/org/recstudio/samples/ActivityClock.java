package org.recstudio.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * A sampler of event times (epoch seconds, UTC) within a period of whole days, shaped by an {@link ActivityProfile}.
 *
 * <p>Days are numbered from 0 at the period start; the period includes its last day.
 */
final class ActivityClock {

    static final int SECONDS_PER_DAY = 86_400;

    private final LocalDate start;
    private final int days;
    private final long startSecond;
    private final WeightedSampler daySampler;
    private final WeightedSampler weekdayHours;
    private final WeightedSampler weekendHours;

    ActivityClock(LocalDate start, LocalDate lastDay, ActivityProfile profile) {
        if (lastDay.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        this.start = start;
        this.days = (int) ChronoUnit.DAYS.between(start, lastDay) + 1;
        this.startSecond = start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        double[] dayWeights = new double[days];
        for (int d = 0; d < days; d++) {
            dayWeights[d] = profile.dayFactor(start.plusDays(d), days == 1 ? 0.0 : d / (days - 1.0));
        }
        this.daySampler = WeightedSampler.of(dayWeights);
        this.weekdayHours = WeightedSampler.of(profile.weekdayHours());
        this.weekendHours = WeightedSampler.of(profile.weekendHours());
    }

    /** The number of days in the period. */
    int days() {
        return days;
    }

    /** The first day. */
    LocalDate start() {
        return start;
    }

    /** The last day (inclusive). */
    LocalDate lastDay() {
        return start.plusDays(days - 1L);
    }

    /** The day index of a date (may be negative or beyond the period). */
    int dayIndex(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(start, date);
    }

    /** The date of a day index. */
    LocalDate date(int dayIndex) {
        return start.plusDays(dayIndex);
    }

    /** The day index of an epoch second. */
    int dayOf(long epochSecond) {
        return (int) Math.floorDiv(epochSecond - startSecond, SECONDS_PER_DAY);
    }

    /** The epoch second at which a day starts. */
    long dayStart(int dayIndex) {
        return startSecond + (long) dayIndex * SECONDS_PER_DAY;
    }

    /** The last epoch second of the period. */
    long endSecond() {
        return dayStart(days) - 1;
    }

    /** A time on a day between {@code fromDay} and {@code toDay} (inclusive, clamped to the period). */
    long sample(SplittableRandom rng, int fromDay, int toDay) {
        int from = Math.max(0, fromDay);
        int to = Math.min(days - 1, toDay);
        if (from > to) {
            throw new IllegalArgumentException("empty day range " + fromDay + ".." + toDay);
        }
        int day = daySampler.sampleBetween(rng, from, to + 1);
        return sampleOnDay(rng, day);
    }

    /** A time on the given day, following that day's hour profile. */
    long sampleOnDay(SplittableRandom rng, int dayIndex) {
        DayOfWeek dow = date(dayIndex).getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        int hour = (weekend ? weekendHours : weekdayHours).sample(rng);
        return dayStart(dayIndex) + hour * 3600L + rng.nextInt(3600);
    }
}
