package dev.policygraph.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** One versioned Cypher script, {@code V0001__Description.cypher}: statements separated by {@code ;}. */
record Migration(String version, String description, String script) {

    static Migration of(String fileName, String script) {
        var matcher = java.util.regex.Pattern.compile("V(\\d+)__(.+)\\.cypher").matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalStateException("Migration file name must look like V0001__Description.cypher: " + fileName);
        }
        return new Migration(matcher.group(1), matcher.group(2).replace('_', ' '), script);
    }

    List<String> statements() {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    String checksum() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
