package dev.policygraph.ingest.extract;

import java.time.LocalDate;

/** Dates written without a year take it from the publication date. */
public final class MeetingDates {

    /** Days a report may precede the meeting it reports before we say the meeting was in the year before. */
    private static final int FUTURE_TOLERANCE_DAYS = 1;

    private MeetingDates() {
    }

    /**
     * The day of {@code month}/{@code day} nearest before the publication: the publication's year, or the year
     * before when that would put the meeting after the publication (published 1 January about 30 December).
     * Null when there is no year and no publication date, or the day does not exist.
     */
    public static LocalDate resolve(Integer year, int month, int day, LocalDate published) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            if (published == null) {
                return null;
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            if (d.isAfter(published.plusDays(FUTURE_TOLERANCE_DAYS))) {
                d = LocalDate.of(published.getYear() - 1, month, day);
            }
            return d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** {@code 28日}: that day of the publication's month, or of the month before when it would be after publication. */
    public static LocalDate resolveDay(int day, LocalDate published) {
        try {
            LocalDate d = published.withDayOfMonth(Math.min(day, published.lengthOfMonth()));
            if (d.getDayOfMonth() != day) {
                return null;
            }
            if (d.isAfter(published.plusDays(FUTURE_TOLERANCE_DAYS))) {
                LocalDate prev = published.minusMonths(1);
                return day <= prev.lengthOfMonth() ? prev.withDayOfMonth(day) : null;
            }
            return d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
