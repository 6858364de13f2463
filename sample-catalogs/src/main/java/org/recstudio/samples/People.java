package org.recstudio.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generator of synthetic users with plausible demographics, sign-up dates and device habits.
 *
 * <p>Ids are assigned in sign-up order ({@code U0001} signed up first).
 */
final class People {

    /** The age bands, youngest first. */
    static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+");

    private static final List<Double> AGE_WEIGHTS = List.of(0.14, 0.27, 0.23, 0.17, 0.12, 0.07);
    private static final List<String> GENDERS = List.of("F", "M", "X");
    private static final List<Double> GENDER_WEIGHTS = List.of(0.49, 0.47, 0.04);
    private static final List<String> COUNTRIES = List.of(
            "US", "GB", "DE", "FR", "CA", "AU", "NL", "ES", "IT", "SE", "PL", "IE", "BE", "DK", "NO", "AT", "NZ", "PT");
    private static final List<Double> COUNTRY_WEIGHTS = List.of(
            0.30, 0.14, 0.11, 0.08, 0.07, 0.05, 0.04, 0.04, 0.04, 0.03, 0.03, 0.02, 0.02, 0.01, 0.01, 0.01, 0.01, 0.01);

    private final List<Double> deviceWeights;
    private final LocalDate earliestSignup;
    private final LocalDate periodStart;
    private final LocalDate latestSignup;
    private final double shareBeforePeriod;

    /**
     * Describes the population.
     *
     * @param deviceWeights     weight of each device (of the catalog's device list) as preferred device
     * @param earliestSignup    first possible sign-up date
     * @param periodStart       start of the activity period
     * @param latestSignup      last possible sign-up date
     * @param shareBeforePeriod share of users who signed up before the period
     */
    People(List<Double> deviceWeights, LocalDate earliestSignup, LocalDate periodStart, LocalDate latestSignup,
           double shareBeforePeriod) {
        if (deviceWeights.size() < 2) {
            throw new IllegalArgumentException("need at least two devices");
        }
        this.deviceWeights = List.copyOf(deviceWeights);
        this.earliestSignup = earliestSignup;
        this.periodStart = periodStart;
        this.latestSignup = latestSignup;
        this.shareBeforePeriod = shareBeforePeriod;
    }

    /** Generates {@code count} users with ids like {@code U0001}, ordered by sign-up date. */
    List<Person> generate(SplittableRandom rng, int count) {
        WeightedSampler ages = WeightedSampler.of(AGE_WEIGHTS);
        WeightedSampler genders = WeightedSampler.of(GENDER_WEIGHTS);
        WeightedSampler countries = WeightedSampler.of(COUNTRY_WEIGHTS);
        WeightedSampler devices = WeightedSampler.of(deviceWeights);
        long before = ChronoUnit.DAYS.between(earliestSignup, periodStart);
        long during = ChronoUnit.DAYS.between(periodStart, latestSignup) + 1;
        List<Person> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate signup;
            if (Draws.chance(rng, shareBeforePeriod) && before > 0) {
                signup = earliestSignup.plusDays(rng.nextLong(before));
            } else {
                // sign-ups grow mildly over the period as the service grows
                signup = periodStart.plusDays((long) StrictMath.floor(during * StrictMath.pow(rng.nextDouble(), 0.8)));
            }
            drafts.add(new Person(null, ages.sample(rng), GENDERS.get(genders.sample(rng)),
                    COUNTRIES.get(countries.sample(rng)), signup, devices.sample(rng)));
        }
        List<Person> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparing(Person::signupDate)); // stable: ties keep generation order
        int digits = Math.max(4, Integer.toString(count).length());
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Person p = sorted.get(i);
            people.add(new Person(externalId("U", digits, i + 1), p.ageBand(), p.gender(), p.country(),
                    p.signupDate(), p.preferredDevice()));
        }
        return List.copyOf(people);
    }

    /** An id like {@code U0001}: prefix and a zero-padded number. */
    static String externalId(String prefix, int digits, int number) {
        String n = Integer.toString(number);
        return prefix + "0".repeat(Math.max(0, digits - n.length())) + n;
    }

    /** A device index among {@code devices}: the preferred one most of the time, otherwise any other. */
    static int sessionDevice(SplittableRandom rng, int preferred, int devices, double loyalty) {
        if (Draws.chance(rng, loyalty)) {
            return preferred;
        }
        int other = rng.nextInt(devices - 1);
        return other >= preferred ? other + 1 : other;
    }
}
