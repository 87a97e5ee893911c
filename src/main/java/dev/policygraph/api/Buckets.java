package dev.policygraph.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The buckets of a time series, every one of them, so a chart does not lie by omission: from the asked {@code from}
 * (else the first bucket with data) to the asked {@code to} (else the last bucket with data). Meeting dates are
 * calendar days as the articles give them, in China's time (Asia/Shanghai); a bucket is the day, month or year that
 * starts on its {@code time}.
 */
final class Buckets {

    /** More buckets than any chart can show; a DAY series over decades is refused rather than built. */
    static final int MAX = 5000;

    private Buckets() {
    }

    static LocalDate start(LocalDate day, DashboardApi.Interval interval) {
        return switch (interval) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** Every bucket start from the one holding {@code first} to the one holding {@code last}, oldest first. */
    static List<LocalDate> between(LocalDate first, LocalDate last, DashboardApi.Interval interval) {
        LocalDate a = start(first, interval);
        LocalDate b = start(last, interval);
        ChronoUnit unit = switch (interval) {
            case DAY -> ChronoUnit.DAYS;
            case MONTH -> ChronoUnit.MONTHS;
            case YEAR -> ChronoUnit.YEARS;
        };
        long n = unit.between(a, b) + 1;
        if (n > MAX) {
            throw new InvalidArgumentException("the series would have " + n + " " + interval.name() + " buckets; at most "
                    + MAX + " are returned: narrow where.from/where.to or use a longer interval");
        }
        var out = new ArrayList<LocalDate>();
        for (LocalDate d = a; !d.isAfter(b); d = d.plus(1, unit)) {
            out.add(d);
        }
        return out;
    }
}
