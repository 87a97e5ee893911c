package dev.policygraph.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Parses what clients type into arguments, with errors that name the field and the expected form and quote at most
 * a short prefix of what was sent (never a large input back).
 */
final class Inputs {

    /** Dates without a time or offset are days in the service's time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final int QUOTED = 40;

    private Inputs() {
    }

    /** The first instant of a calendar day in China's time. */
    static OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** {@code 2022-01-27}, {@code 2022-01-27T10:00:00}, or with an offset {@code 2022-01-27T10:00:00+08:00}. */
    static OffsetDateTime dateOrDateTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return startOfDay(LocalDate.parse(v));
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(v);
            }
            return LocalDateTime.parse(v).atZone(ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(field + " must be a date such as 2022-01-27 or a date-time such as"
                    + " 2022-01-27T10:00:00+08:00; got " + quote(v));
        }
    }

    /** A short, safe rendering of what was sent. */
    static String quote(String value) {
        String head = value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…";
        return "\"" + head.replaceAll("\\p{Cntrl}", "?") + "\"" + (value.length() > QUOTED
                ? " (" + value.length() + " characters)" : "");
    }
}
