package org.recstudio.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The rhythm of a kind of activity: how busy each weekday, month and hour is, plus growth and sale peaks.
 *
 * @param weekdayFactors   seven factors, Monday first
 * @param monthFactors     twelve factors, January first
 * @param weekdayHours     24 relative weights for the hours of Monday to Friday (UTC)
 * @param weekendHours     24 relative weights for the hours of Saturday and Sunday (UTC)
 * @param growth           extra activity at the end of a period relative to its start (0.3 = +30 %)
 * @param blackFridayBoost factor for Black Friday to Cyber Monday (1 = none)
 */
record ActivityProfile(List<Double> weekdayFactors, List<Double> monthFactors, List<Double> weekdayHours,
                       List<Double> weekendHours, double growth, double blackFridayBoost) {

    ActivityProfile {
        weekdayFactors = List.copyOf(weekdayFactors);
        monthFactors = List.copyOf(monthFactors);
        weekdayHours = List.copyOf(weekdayHours);
        weekendHours = List.copyOf(weekendHours);
        if (weekdayFactors.size() != 7 || monthFactors.size() != 12 || weekdayHours.size() != 24
                || weekendHours.size() != 24) {
            throw new IllegalArgumentException("need 7 weekday, 12 month and 2 x 24 hour factors");
        }
    }

    /** Online shopping: weekend peaks, evening peaks, a lunch bump, Black Friday and December rush. */
    static ActivityProfile shopping() {
        return new ActivityProfile(
                List.of(0.92, 0.90, 0.92, 0.96, 1.04, 1.32, 1.30),
                List.of(0.92, 0.88, 0.95, 0.97, 1.00, 0.96, 0.94, 0.95, 0.98, 1.02, 1.12, 1.30),
                List.of(0.20, 0.12, 0.08, 0.06, 0.07, 0.12, 0.28, 0.50, 0.65, 0.70, 0.72, 0.80,
                        1.00, 0.95, 0.78, 0.75, 0.78, 0.90, 1.15, 1.55, 1.75, 1.65, 1.20, 0.55),
                List.of(0.30, 0.18, 0.10, 0.07, 0.07, 0.09, 0.16, 0.32, 0.55, 0.80, 1.00, 1.10,
                        1.10, 1.05, 1.00, 1.00, 1.00, 1.05, 1.20, 1.45, 1.60, 1.50, 1.10, 0.60),
                0.2, 2.2);
    }

    /** Video streaming: strong evening peak, weekend afternoons, busier winters. */
    static ActivityProfile streaming() {
        return new ActivityProfile(
                List.of(0.88, 0.86, 0.88, 0.92, 1.12, 1.32, 1.28),
                List.of(1.18, 1.10, 1.02, 0.96, 0.90, 0.86, 0.88, 0.88, 0.94, 1.02, 1.10, 1.22),
                List.of(0.45, 0.22, 0.10, 0.05, 0.04, 0.05, 0.10, 0.18, 0.20, 0.22, 0.25, 0.30,
                        0.40, 0.38, 0.35, 0.38, 0.45, 0.65, 0.95, 1.40, 1.85, 2.00, 1.70, 1.00),
                List.of(0.70, 0.40, 0.20, 0.08, 0.05, 0.05, 0.08, 0.15, 0.30, 0.45, 0.60, 0.70,
                        0.80, 0.85, 0.90, 0.95, 1.00, 1.05, 1.15, 1.45, 1.75, 1.80, 1.50, 1.00),
                0.25, 1.0);
    }

    /** The relative activity of one calendar day, {@code position} being 0 at the period start and 1 at its end. */
    double dayFactor(LocalDate day, double position) {
        double f = weekdayFactors.get(day.getDayOfWeek().getValue() - 1) * monthFactors.get(day.getMonthValue() - 1)
                * (1.0 + growth * position);
        if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 24 && day.getDayOfMonth() <= 26) {
            f *= 0.75;
        }
        if (blackFridayBoost != 1.0 && isBlackFridayWeekend(day)) {
            f *= blackFridayBoost;
        }
        return f;
    }

    private static boolean isBlackFridayWeekend(LocalDate day) {
        LocalDate thanksgiving = LocalDate.of(day.getYear(), Month.NOVEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        LocalDate friday = thanksgiving.plusDays(1);
        return !day.isBefore(friday) && !day.isAfter(friday.plusDays(3));
    }
}
