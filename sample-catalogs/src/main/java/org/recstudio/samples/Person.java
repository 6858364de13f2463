package org.recstudio.samples;

import java.time.LocalDate;

/**
 * One synthetic user: external id, demographics, sign-up date and preferred device.
 *
 * @param ageBand         index into {@link People#AGE_BANDS}
 * @param preferredDevice index into the catalog's device list
 */
record Person(String id, int ageBand, String gender, String country, LocalDate signupDate, int preferredDevice) {

    /** The age band label, e.g. {@code 25-34}. */
    String ageBandLabel() {
        return People.AGE_BANDS.get(ageBand);
    }
}
