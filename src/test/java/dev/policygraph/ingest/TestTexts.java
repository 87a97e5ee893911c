package dev.policygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources as strings. */
public final class TestTexts {

    private TestTexts() {
    }

    public static String resource(String path) {
        try (InputStream in = TestTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seed() {
        return resource("/corpus/2020-07-16_spb-half-year-meeting.txt");
    }
}
