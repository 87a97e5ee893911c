package dev.policygraph.api;

import static dev.policygraph.GraphQl.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every GraphQL example in the README runs against the served schema without errors, so the examples cannot rot. */
@QuarkusTest
class ReadmeExamplesTests {

    private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyReadmeExampleRunsWithoutErrors() throws IOException {
        List<String> operations = operations(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(operations).hasSizeGreaterThan(15);
        for (String op : operations) {
            var json = query(op);
            assertThat(json.getList("errors")).as("README example:%n%s", op).isNull();
            assertThat(json.getMap("data")).as("README example:%n%s", op).isNotNull();
        }
    }

    @Test
    void theSeedExampleFindsTheSeedMeetingWithItsPeopleAndTasks() throws IOException {
        String seed = operations(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)).stream()
                .filter(op -> op.contains("全国邮政管理半年工作")).findFirst().orElseThrow();
        var json = query(seed);
        assertThat(json.getInt("data.meetings.totalCount")).isEqualTo(1);
        assertThat(json.getList("data.meetings.nodes[0].chairs")).isNotEmpty();
        assertThat(json.getList("data.meetings.nodes[0].tasks")).isNotEmpty();
    }

    /** The operations of every ```graphql block: a block may hold several, one after another. */
    static List<String> operations(String readme) {
        var out = new ArrayList<String>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            String block = m.group(1);
            int depth = 0;
            int start = -1;
            for (int i = 0; i < block.length(); i++) {
                char c = block.charAt(i);
                if (c == '"') {
                    i = block.indexOf('"', i + 1); // strings in the examples hold no braces that count
                    continue;
                }
                if (c == '{') {
                    if (depth++ == 0) {
                        start = block.lastIndexOf('\n', i) + 1; // the line may open with mutation or query
                    }
                } else if (c == '}' && --depth == 0) {
                    out.add(block.substring(start, i + 1).strip());
                    start = -1;
                }
            }
        }
        return out;
    }

}
