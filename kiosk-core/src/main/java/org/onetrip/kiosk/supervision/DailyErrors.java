package org.onetrip.kiosk.supervision;

import java.time.LocalDate;

/**
 * How many times a device went into an error on one day, for the maintenance screen's chart.
 *
 * @param day    the kiosk's local day
 * @param errors 0 or more
 */
public record DailyErrors(LocalDate day, long errors) {
}
