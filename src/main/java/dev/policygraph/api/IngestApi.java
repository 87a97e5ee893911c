package dev.policygraph.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.RejectedArticleException;
import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.security.Roles;

@GraphQLApi
public class IngestApi {

    @Input("ArticleSubmission")
    @Description("An article to ingest. Only text is required; a dateline in the text wins over publishedAt.")
    public record ArticleSubmission(@NonNull String text,
            @Description("Where the article was published: an http(s) address of at most 2048 characters") String sourceUrl,
            @Description("When it was published: a date (2022-01-27, a day in Asia/Shanghai) or a date-time"
                    + " (2022-01-27T10:00:00+08:00)") String publishedAt) {
    }

    @Description("What ingesting one article stored. created is false when the same text was already stored (nothing changed).")
    public record IngestResult(Article article, boolean created, List<Meeting> meetings, List<Official> officials,
            List<Organization> organizations, List<Directive> directives, List<Task> tasks,
            List<Initiative> initiatives, List<ArticleWarning> warnings) {
    }

    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (n {id: id}) WHERE n:Meeting OR n:Official OR n:Organization OR n:Directive OR n:Task OR n:Initiative
            RETURN n {.*, kind: labels(n)[0]} AS item""";

    private final Ingestion ingestion;
    private final Reads reads;
    private final ArticleApi articles;

    IngestApi(Ingestion ingestion, Reads reads, ArticleApi articles) {
        this.ingestion = ingestion;
        this.reads = reads;
        this.articles = articles;
    }

    @Mutation
    @RolesAllowed(Roles.WRITER)
    @Description("Extracts an article and stores it in one transaction. A rejected article stores nothing.")
    public IngestResult ingestArticle(@NonNull ArticleSubmission input) {
        Ingestion.Result result;
        try {
            result = ingestion.ingest(new ArticleInput(input.text(), input.sourceUrl(),
                    Inputs.dateOrDateTime("publishedAt", input.publishedAt())));
        } catch (RejectedArticleException e) {
            throw new ArticleRejectedException(e.code(), e.getMessage());
        }
        ArticleGraph graph = result.graph();
        var nodes = reads.list(BY_IDS, Map.of("ids", result.nodeIds()), v -> v);
        return new IngestResult(articles.article(result.outcome().articleId()), result.outcome().created(),
                nodes.stream().filter(v -> "Meeting".equals(v.get("kind").asString())).map(Meeting::of).toList(),
                nodes.stream().filter(v -> "Official".equals(v.get("kind").asString())).map(Official::of).toList(),
                nodes.stream().filter(v -> "Organization".equals(v.get("kind").asString())).map(Organization::of).toList(),
                nodes.stream().filter(v -> "Directive".equals(v.get("kind").asString())).map(Directive::of).toList(),
                nodes.stream().filter(v -> "Task".equals(v.get("kind").asString())).map(Task::of).toList(),
                nodes.stream().filter(v -> "Initiative".equals(v.get("kind").asString())).map(Initiative::of).toList(),
                graph.warnings().stream().map(ArticleWarning::of).toList());
    }
}
