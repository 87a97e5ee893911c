package dev.policygraph.dashboard;

import static dev.policygraph.GraphQl.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The Grafana dashboard in src/docs/grafana (Infinity data source, GraphQL over POST) asks only what the served
 * schema answers: each panel's query runs here, with Grafana's variables filled in, without errors, and its
 * root_selector finds the rows. No Grafana runs here.
 */
@QuarkusTest
class GrafanaDashboardTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPanelAndVariableQueryRunsAgainstTheServedSchema() throws IOException {
        JsonNode dashboard = JSON.readTree(Path.of("src/docs/grafana/policygraph-dashboard.json").toFile());
        var targets = new ArrayList<JsonNode>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(targets::add));
        dashboard.path("templating").path("list").forEach(v -> {
            if (v.path("query").isObject()) {
                targets.add(v.path("query"));
            }
        });
        assertThat(targets).hasSize(6);
        String initiative = query("{ topInitiatives(first: 1) { nodes { initiative { id } } } }")
                .getString("data.topInitiatives.nodes[0].initiative.id");
        for (JsonNode t : targets) {
            assertThat(t.path("type").asText()).isEqualTo("graphql");
            JsonNode options = t.path("url_options");
            String variables = options.path("body_graphql_variables").asText("{}")
                    .replace("${__from:date:YYYY-MM-DD}", "2010-01-01")
                    .replace("${__to:date:YYYY-MM-DD}", "2030-12-31")
                    .replace("${initiative}", initiative == null ? "initiative:none" : initiative);
            @SuppressWarnings("unchecked")
            Map<String, Object> vars = JSON.readValue(variables, Map.class);
            var json = query(options.path("body_graphql_query").asText(), vars);
            String q = options.path("body_graphql_query").asText();
            assertThat(json.getList("errors")).as(q).isNull();
            List<?> rows = json.getList(t.path("root_selector").asText());
            assertThat(rows).as("root_selector %s of %s", t.path("root_selector").asText(), q).isNotNull();
        }
    }
}
