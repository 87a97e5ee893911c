package dev.policygraph.graph;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.DirectiveRef;
import dev.policygraph.ingest.Evidence;
import dev.policygraph.ingest.MeetingItem;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.Role;
import dev.policygraph.ingest.TaskItem;
import dev.policygraph.ingest.script.Script;

/**
 * The row {@code cypher/write-articles.cypher} reads for one article: every node's key, id and display fields, and
 * every relationship's ends and evidence, flattened into one list per kind. Pure (no database), and the one place
 * that derives the ids and keys of what an article writes.
 */
public final class ArticleRows {

    /** The row list of each role, one per relationship type. */
    private static final Map<Role, String> ROLE_LISTS = Map.of(
            Role.ATTENDED, "attended", Role.CHAIRED, "chaired", Role.SPOKE, "spoke");

    private ArticleRows() {
    }

    public static String articleId(ArticleGraph article) {
        return articleId(article.id());
    }

    /** @param contentHash the article's {@link dev.policygraph.ingest.ContentHash} */
    public static String articleId(String contentHash) {
        return Ids.of("article", contentHash);
    }

    /** A task is identified by its meeting, its kind and its order there. */
    public static String taskKey(String meetingKey, TaskItem t) {
        return meetingKey + "#" + t.kind().name() + "-" + t.n();
    }

    public static String meetingId(dev.policygraph.ingest.MeetingItem meeting) {
        return Ids.of("meeting", meeting.key());
    }

    /** The ids of the meetings, directives, tasks, officials, bodies and initiatives the article names. */
    public static List<String> nodeIds(ArticleGraph article) {
        var ids = new LinkedHashSet<String>();
        article.meetings().forEach(m -> {
            ids.add(meetingId(m));
            m.directives().forEach(d -> ids.add(Ids.of("directive", d.key())));
            m.tasks().forEach(t -> ids.add(Ids.of("task", taskKey(m.key(), t))));
        });
        article.officials().forEach(o -> ids.add(Ids.of("official", o.key())));
        article.organizations().forEach(o -> ids.add(Ids.of("organization", o.key())));
        article.initiatives().forEach(i -> ids.add(Ids.of("initiative", i.key())));
        return List.copyOf(ids);
    }

    /** Where a fact was said, as stored on the relationship that records it. */
    public static Map<String, Object> evidence(String articleId, Evidence e) {
        if (e == null) {
            return Map.of("article", articleId);
        }
        return Map.of("article", articleId, "sentence", e.sentence(), "start", e.start(), "end", e.end(),
                "evidence", e.text() == null ? "" : e.text());
    }

    public static Map<String, Object> of(ArticleGraph article) {
        String articleId = articleId(article);
        var row = new HashMap<String, Object>();
        row.put("id", articleId);
        row.put("props", articleProps(article));

        var organizations = bodies(article);
        row.put("organizations", organizations.values().stream().map(ArticleRows::organization).toList());
        row.put("hierarchy", Hierarchy.of(organizations.keySet()));

        String asOf = asOf(article);
        var officials = new ArrayList<Map<String, Object>>();
        var titles = new ArrayList<Map<String, Object>>();
        for (OfficialRef p : article.officials()) {
            var ev = evidence(articleId, p.evidence());
            var official = node("official", p.key(), ev, display(p.name(), p.simplifiedName(), p.simplifiedName()));
            // 青海省副省长 in a bureau's report: a title whose body the article does not name stays on its mention
            var withoutBody = new ArrayList<String>();
            for (int i = 0; i < p.titles().size(); i++) {
                OrganizationRef body = p.bodies().get(i);
                if (body == null) {
                    withoutBody.add(p.titles().get(i));
                } else {
                    titles.add(Map.of("official", p.key(), "organization", body.key(), "title", p.titles().get(i),
                            "asOf", asOf, "evidence", ev));
                }
            }
            official.put("titlesWithoutBody", withoutBody);
            official.put("asOf", asOf);
            officials.add(official);
        }
        row.put("officials", officials);
        row.put("titles", titles);
        row.put("initiatives", article.initiatives().stream().map(i -> node("initiative", i.key(),
                evidence(articleId, i.evidence()),
                display(i.name(), Script.simplify(i.name()), searchText(i.key(), i.name())))).toList());
        row.put("partOf", article.partOf().stream().map(p -> Map.<String, Object>of(
                "child", p.childKey(), "parent", p.parentKey(), "evidence", evidence(articleId, p.evidence()))).toList());

        var meetings = new ArrayList<Map<String, Object>>();
        var conveners = new ArrayList<Map<String, Object>>();
        var participants = new HashMap<String, List<Map<String, Object>>>();
        ROLE_LISTS.values().forEach(l -> participants.put(l, new ArrayList<>()));
        var venues = new ArrayList<Map<String, Object>>();
        var directives = new ArrayList<Map<String, Object>>();
        var issuers = new ArrayList<Map<String, Object>>();
        var tasks = new ArrayList<Map<String, Object>>();
        var actions = new ArrayList<Map<String, Object>>();
        var advances = new ArrayList<Map<String, Object>>();
        var setters = new ArrayList<Map<String, Object>>();
        var namedBodies = new HashMap<String, OrganizationRef>();
        article.organizations().forEach(o -> {
            namedBodies.put(o.name(), o);
            namedBodies.put(o.key(), o);
        });
        for (MeetingItem m : article.meetings()) {
            String key = m.key();
            var ev = evidence(articleId, m.evidence());
            meetings.add(node("meeting", key, ev, meetingDisplay(m)));
            if (m.convenedBy() != null) {
                conveners.add(Map.of("meeting", key, "organization", m.convenedBy().key(), "evidence", ev));
            }
            m.participants().forEach(p -> participants.get(ROLE_LISTS.get(p.role())).add(Map.of("meeting", key,
                    "official", p.officialKey(), "evidence", evidence(articleId, p.evidence()))));
            m.venues().forEach(v -> v.attendees().forEach(o -> venues.add(Map.of("meeting", key,
                    "organization", o.key(), "venue", v.name(), "evidence", evidence(articleId, v.evidence())))));
            for (DirectiveRef d : m.directives()) {
                var withVerb = new HashMap<>(evidence(articleId, d.evidence()));
                withVerb.put("verb", d.verb());
                var directive = node("directive", d.key(), withVerb, Map.of("text", d.text(),
                        "simplifiedText", Script.simplify(d.text()), "searchText", searchText(d.key(), d.text())));
                directive.put("meeting", key);
                directives.add(directive);
                issuers.addAll(issuers(d, withVerb, namedBodies));
            }
            for (TaskItem t : m.tasks()) {
                String taskKey = taskKey(key, t);
                var tev = evidence(articleId, t.evidence());
                var task = node("task", taskKey, tev, taskDisplay(t));
                task.put("meeting", key);
                tasks.add(task);
                for (int i = 0; i < t.actions().size(); i++) {
                    String text = t.actions().get(i);
                    var action = node("task", taskKey + "." + (i + 1), tev, Map.of("kind", "ACTION", "n", i + 1,
                            "text", text, "goal", text, "searchText", Script.simplify(text)));
                    action.put("task", taskKey);
                    actions.add(action);
                }
                t.initiativeKeys().forEach(i -> advances.add(Map.of("task", taskKey, "initiative", i, "evidence", tev)));
                if (t.setByKey() != null) {
                    setters.add(Map.of("official", t.setByKey(), "task", taskKey, "evidence", tev));
                }
            }
        }
        row.put("meetings", meetings);
        row.put("conveners", conveners);
        row.putAll(participants);
        row.put("venues", venues);
        row.put("directives", directives);
        row.put("issuers", issuers);
        row.put("tasks", tasks);
        row.put("actions", actions);
        row.put("advances", advances);
        row.put("setters", setters);
        return row;
    }

    /** Every body the article names, conveners, venues, relayed conveners and officials' bodies included. */
    private static Map<String, OrganizationRef> bodies(ArticleGraph article) {
        var organizations = new LinkedHashMap<String, OrganizationRef>();
        article.organizations().forEach(o -> organizations.putIfAbsent(o.key(), o));
        article.meetings().forEach(m -> {
            if (m.convenedBy() != null) {
                organizations.putIfAbsent(m.convenedBy().key(), m.convenedBy());
            }
            m.venues().forEach(v -> v.attendees().forEach(o -> organizations.putIfAbsent(o.key(), o)));
            m.relays().forEach(r -> {
                if (r.convenedBy() != null) {
                    organizations.putIfAbsent(r.convenedBy().key(), r.convenedBy());
                }
            });
        });
        article.officials().forEach(p -> {
            if (p.organization() != null) {
                organizations.putIfAbsent(p.organization().key(), p.organization());
            }
        });
        return organizations;
    }

    /** A directive's issuers: a body the article names, else a person known by name only. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> issuers(DirectiveRef d, Map<String, Object> evidence,
            Map<String, OrganizationRef> namedBodies) {
        var people = new ArrayList<Map<String, Object>>();
        var bodies = new ArrayList<Map<String, Object>>();
        for (String issuer : d.issuedBy()) {
            OrganizationRef body = namedBodies.get(issuer);
            var row = new HashMap<String, Object>();
            row.put("directive", d.key());
            row.put("evidence", evidence);
            if (body != null) {
                // flat: the statement creates a bare issuer from these fields only when it is new
                Map<String, Object> org = organization(body);
                row.put("key", org.get("key"));
                row.put("id", org.get("id"));
                row.put("level", org.get("level"));
                row.putAll((Map<String, Object>) org.get("display"));
                row.put("label", "Organization");
                bodies.add(row);
            } else {
                String key = Script.simplify(issuer);
                row.put("key", key);
                row.put("id", Ids.of("official", key));
                row.putAll(display(issuer, key, key));
                row.put("label", "Official");
                people.add(row);
            }
        }
        people.addAll(bodies);
        return people;
    }

    private static Map<String, Object> node(String kind, String key, Map<String, Object> evidence,
            Map<String, Object> display) {
        var m = new HashMap<String, Object>();
        m.put("key", key);
        m.put("id", Ids.of(kind, key));
        m.put("display", display);
        m.put("evidence", evidence);
        return m;
    }

    private static Map<String, Object> display(String name, String simplifiedName, String searchText) {
        return Map.of("name", name, "simplifiedName", simplifiedName, "searchText", searchText);
    }

    private static Map<String, Object> organization(OrganizationRef o) {
        var m = new HashMap<String, Object>();
        m.put("key", o.key());
        m.put("id", Ids.of("organization", o.key()));
        m.put("level", o.level().name());
        m.put("display", display(o.name(), Script.simplify(o.name()), searchText(o.key(), o.name())));
        return m;
    }

    /** A report's display fields; {@code placeholder: false} because an article now reports it. */
    private static Map<String, Object> meetingDisplay(MeetingItem meeting) {
        var props = new HashMap<String, Object>();
        props.put("name", meeting.name());
        props.put("simplifiedName", Script.simplify(meeting.name()));
        props.put("searchText", Script.simplify(meeting.name()));
        props.put("form", meeting.form());
        props.put("date", meeting.date());
        props.put("datePrecision", meeting.datePrecision() == null ? null : meeting.datePrecision().name());
        props.put("year", meeting.date() == null ? null : meeting.date().getYear());
        props.put("placeholder", false);
        return props;
    }

    private static Map<String, Object> taskDisplay(TaskItem t) {
        var props = new HashMap<String, Object>();
        props.put("kind", t.kind().name());
        props.put("n", t.n());
        props.put("focus", t.focus());
        props.put("goal", t.goal());
        props.put("text", t.text());
        props.put("searchText", Script.simplify(t.text()));
        return props;
    }

    private static Map<String, Object> articleProps(ArticleGraph article) {
        var props = new HashMap<String, Object>();
        props.put("contentHash", article.id());
        props.put("publishedAt", article.publishedAt());
        props.put("publisher", article.publisher());
        props.put("sourceUrl", article.sourceUrl());
        props.put("rawText", article.rawText());
        props.put("cleanText", article.cleanText());
        props.put("searchText", article.simplifiedText());
        props.put("warningCodes", article.warnings().stream().map(w -> w.code()).toList());
        props.put("warningMessages", article.warnings().stream().map(w -> w.message()).toList());
        props.put("warningStarts", article.warnings().stream().map(w -> w.start()).toList());
        props.put("warningEnds", article.warnings().stream().map(w -> w.end()).toList());
        props.put("documents", article.documents());
        return props;
    }

    /** What search matches: the canonical key (aliases resolved, punctuation dropped) and the name as written. */
    private static String searchText(String key, String asWritten) {
        String simplified = Script.simplify(asWritten);
        return simplified.equals(key) ? key : key + "\n" + simplified;
    }

    /** The date a title was seen held: the first dated meeting's day, else the publication day (Beijing time). */
    private static String asOf(ArticleGraph article) {
        return article.meetings().stream()
                .filter(m -> m.date() != null)
                .map(m -> m.date().toString())
                .findFirst()
                .orElse(article.publishedAt() == null ? ""
                        : article.publishedAt().atZoneSameInstant(ZoneOffset.ofHours(8)).toLocalDate().toString());
    }
}
