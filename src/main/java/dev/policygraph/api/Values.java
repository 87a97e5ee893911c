package dev.policygraph.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.Value;

/** Null-tolerant reads of driver values: a property that is absent maps to null, never to an exception. */
final class Values {

    private Values() {
    }

    static String string(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asString();
    }

    static Integer integer(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asInt();
    }

    static boolean bool(Value v, String key) {
        Value x = v.get(key);
        return !x.isNull() && x.asBoolean();
    }

    static Double decimal(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asDouble();
    }

    /** A stored enum name; {@code absent} when the property is missing or not one of the values. */
    static <E extends Enum<E>> E enumValue(Value v, String key, Class<E> type, E absent) {
        Value x = v.get(key);
        if (x.isNull()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, x.asString());
        } catch (IllegalArgumentException e) {
            return absent;
        }
    }

    static LocalDate date(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asLocalDate();
    }

    static OffsetDateTime dateTime(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asOffsetDateTime();
    }

    static List<String> strings(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? List.of() : x.asList(Value::asString);
    }
}
