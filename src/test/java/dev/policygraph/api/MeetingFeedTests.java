package dev.policygraph.api;

import static dev.policygraph.GraphQl.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** meetingAdded over graphql-transport-ws, with a plain WebSocket client as a dashboard would use. */
@QuarkusTest
class MeetingFeedTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void aSubscriberHearsOfEachStoredMeetingItsFilterAdmitsAndOnlyThose() throws Exception {
        var messages = new LinkedBlockingQueue<JsonNode>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create(graphql.toString().replaceFirst("^http", "ws")), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            JsonNode message = parse(text.toString());
                            text.setLength(0);
                            // The server's keep-alive (graphql-transport-ws ping) is answered, not a message of the feed.
                            if ("ping".equals(message.path("type").asText())) {
                                socket.sendText("{\"type\":\"pong\"}", true);
                            } else {
                                messages.add(message);
                            }
                        }
                        socket.request(1);
                        return null;
                    }

                }).get(30, TimeUnit.SECONDS);
        ws.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).get();
        assertThat(next(messages).path("type").asText()).isEqualTo("connection_ack");
        ws.sendText(JSON.writeValueAsString(Map.of("type", "subscribe", "id", "1", "payload", Map.of("query",
                "subscription { meetingAdded(where: {convenedBy: {level: PROVINCIAL}}) { name date } }"))), true).get();
        Thread.sleep(500); // the subscription is registered before the articles land

        ingest("2022年5月10日,浙江省市场监督管理局召开全省食品安全工作推进会。");
        ingest("2022年5月11日,宁波市市场监督管理局召开局务会议。");

        JsonNode first = next(messages);
        assertThat(first.path("type").asText()).as(first.toString()).isEqualTo("next");
        assertThat(first.path("payload").path("data").path("meetingAdded").path("name").asText()).contains("食品安全");
        assertThat(first.path("payload").path("data").path("meetingAdded").path("date").asText()).isEqualTo("2022-05-10");
        assertThat(messages.poll(3, TimeUnit.SECONDS)).as("the city bureau's meeting is not provincial").isNull();
        ws.sendText("{\"type\":\"complete\",\"id\":\"1\"}", true).get();
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();
    }

    private static void ingest(String text) {
        assertThat(query("mutation ($t: String!) { ingestArticle(input: {text: $t}) { created } }", Map.of("t", text))
                .getBoolean("data.ingestArticle.created")).isTrue();
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode next(LinkedBlockingQueue<JsonNode> messages) throws InterruptedException {
        JsonNode m = messages.poll(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
        assertThat(m).as("a message within 30 s").isNotNull();
        return m;
    }
}
