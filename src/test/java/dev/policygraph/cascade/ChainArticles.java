package dev.policygraph.cascade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.DirectiveRef;
import dev.policygraph.ingest.Evidence;
import dev.policygraph.ingest.InitiativeRef;
import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.MeetingItem;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.Participation;
import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.Role;
import dev.policygraph.ingest.TaskItem;
import dev.policygraph.ingest.clean.Cleaner;
import dev.policygraph.ingest.extract.RelayFinder;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.script.Script;

/**
 * The chain corpus as a careful extractor would hand it over, built by hand from the {@code .gold.json} files so
 * linking can be tested before (and independently of) the real extractor. Texts are the corpus files after the
 * extractor's own {@link Cleaner} (evidence offsets point there); keys are built with its {@link Keys}.
 */
public final class ChainArticles {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private ChainArticles() {
    }

    public static final String SEED_FILE = "2020-07-16_spb-half-year-meeting";
    public static final String FJ_FILE = "chain/2020-07-20_fj-relay-half-year";
    public static final String SC_FILE = "chain/2020-07-22_sc-relay-half-year-spun";
    public static final String QZ_FILE = "chain/2020-07-28_qz-relay-provincial";
    public static final String ZJ_FILE = "chain/2021-07-19_zj-relay-2021-distractor";

    static final OrganizationRef SPB = org("國家郵政局", Level.MINISTRY);

    /** The seed: 國家郵政局's half-year teleconference, implementing 習近平's instructions, setting six tasks. */
    public static ArticleGraph seed() {
        String text = read(SEED_FILE);
        var ma = official("馬軍勝", SPB, text, "局長馬軍勝");
        var meeting = meeting(text, "2020年全國郵政管理半年工作電視電話會議", SPB, LocalDate.of(2020, 7, 16),
                "電視電話會議",
                List.of(new DirectiveRef("習近平總書記關于郵政快遞業重要指示批示精神",
                        Keys.canonical("習近平總書記關于郵政快遞業重要指示批示精神"), List.of("習近平"), "深入學習貫徹",
                        ev(text, "習近平總書記關于郵政快遞業重要指示批示精神"))),
                List.of(),
                List.of(task(1, "細化實化工作舉措", "全面落實常態化疫情防控部署", ma, text, "細化實化工作舉措"),
                        task(2, "推進“兩進一出”", "推動行業高質量發展", ma, text, "下半年要著力抓好以下重點工作")),
                List.of(new Participation(ma.key(), Role.SPOKE, ma.evidence())));
        return article(text, "2020-07-17T08:56:33+08:00", "中國郵政快遞報社", List.of(meeting), List.of(ma), List.of(SPB));
    }

    /** Fujian relays the seed by its full name, naming no convener (implied by 全国). */
    public static ArticleGraph fujian() {
        String text = read(FJ_FILE);
        var fj = org("福建省邮政管理局", Level.PROVINCIAL);
        var lin = official("林志坚", fj, text, "局长林志坚");
        var meeting = meeting(text, "全省邮政管理半年工作会议", fj, LocalDate.of(2020, 7, 20), "工作会议", List.of(),
                List.of(relay(text, "2020年全国邮政管理半年工作电视电话会议", 2020, SPB_SIMPLIFIED)),
                List.of(requirement(1, "实施“两进一出”工程", lin, text, "要以实施“两进一出”工程为重点"),
                        requirement(2, "推进快递包装绿色治理", lin, text, "要以推进快递包装绿色治理为重点")),
                List.of(new Participation(lin.key(), Role.SPOKE, lin.evidence())));
        return article(text, "2020-07-21T10:18:26+08:00", "福建省邮政管理局", List.of(meeting), List.of(lin), List.of(fj));
    }

    private static final OrganizationRef SPB_SIMPLIFIED = org("国家邮政局", Level.MINISTRY);

    /** Sichuan (traditional, spun) relays the seed as 上半年全國郵政管理工作TV電話會議, convener not named. */
    public static ArticleGraph sichuan() {
        String text = read(SC_FILE);
        var sc = org("四川省郵政管理局黨組", Level.PROVINCIAL);
        var luo = official("羅文斌", org("四川省郵政管理局", Level.PROVINCIAL), text, "局長羅文斌");
        var meeting = meeting(text, "擴大集會", sc, LocalDate.of(2020, 7, 22), "黨組會議", List.of(),
                List.of(relay(text, "上半年全國郵政管理工作TV電話會議", 2020, null)),
                List.of(requirement(1, "全力推進“快遞進村”工程", luo, text, "一是要全力推進")),
                List.of(new Participation(luo.key(), Role.CHAIRED, luo.evidence())));
        return article(text, "2020-07-23T17:02:51+08:00", "四川省郵政管理局", List.of(meeting), List.of(luo), List.of(sc));
    }

    /** Quanzhou (city) relays Fujian's meeting; the extractor leaves the convener as the short form 省局. */
    public static ArticleGraph quanzhou() {
        String text = read(QZ_FILE);
        var qz = org("泉州市邮政管理局", Level.MUNICIPAL);
        var cai = official("蔡宏伟", qz, text, "局长蔡宏伟");
        var meeting = meeting(text, "全体干部会议", qz, LocalDate.of(2020, 7, 28), "干部会议", List.of(),
                List.of(relay(text, "全省邮政管理半年工作会议", 2020, new OrganizationRef("省局", "省局", Level.UNKNOWN))),
                List.of(requirement(1, "加快推进“快递进村”", cai, text, "一是要加快推进“快递进村”"),
                        requirement(2, "加强快递包装治理", cai, text, "二是要加强快递包装治理")),
                List.of(new Participation(cai.key(), Role.CHAIRED, cai.evidence())));
        return article(text, "2020-07-29T08:47:03+08:00", "泉州市邮政管理局", List.of(meeting), List.of(cai), List.of(qz));
    }

    /** Zhejiang relays the 2021 half-year meeting: must not be linked to the 2020 one. */
    public static ArticleGraph zhejiang2021() {
        String text = read(ZJ_FILE);
        var zj = org("浙江省邮政管理局", Level.PROVINCIAL);
        var zhou = official("周建明", zj, text, "副局长周建明");
        var meeting = meeting(text, "党组会议", zj, LocalDate.of(2021, 7, 19), "党组会议", List.of(),
                List.of(relay(text, "2021年全国邮政管理半年工作电视电话会议", 2021, SPB_SIMPLIFIED)),
                List.of(requirement(1, "巩固“快递进村”成果", zhou, text, "一是要巩固“快递进村”成果")),
                List.of(new Participation(zhou.key(), Role.CHAIRED, zhou.evidence())));
        return article(text, "2021-07-20T14:26:37+08:00", "浙江省邮政管理局", List.of(meeting), List.of(zhou), List.of(zj));
    }

    public static List<ArticleGraph> chainA() {
        return List.of(seed(), fujian(), sichuan(), quanzhou(), zhejiang2021());
    }

    // --- builders -------------------------------------------------------------------------------

    static OrganizationRef org(String name, Level level) {
        return new OrganizationRef(name, Keys.canonical(name), level);
    }

    private static OfficialRef official(String name, OrganizationRef org, String text, String snippet) {
        return new OfficialRef(name, Keys.officialKey(name, org.key()), Keys.canonical(name), List.of(), org,
                ev(text, snippet));
    }

    private static RelayRef relay(String text, String name, int year, OrganizationRef convener) {
        return new RelayRef(name, Keys.meetingKey(year, convener == null ? null : convener.key(), name, null), year,
                convener, ev(text, name));
    }

    private static MeetingItem meeting(String text, String name, OrganizationRef convener, LocalDate date, String form,
            List<DirectiveRef> directives, List<RelayRef> relays, List<TaskItem> tasks, List<Participation> people) {
        String key = Keys.meetingKey(date.getYear(), convener.key(), name, date);
        // as extraction hands them over: read against the meeting's convener (省局 → the province's bureau)
        return new MeetingItem(name, key, date, MeetingItem.DatePrecision.DAY, form, convener, people, directives,
                RelayFinder.seenFrom(relays, convener.key()), tasks, List.of(), ev(text, name), List.of());
    }

    private static TaskItem task(int n, String focus, String goal, OfficialRef by, String text, String snippet) {
        return new TaskItem(TaskItem.Kind.TASK, n, focus, goal, focus + "," + goal, List.of(), by.key(), List.of(),
                ev(text, snippet));
    }

    private static TaskItem requirement(int n, String goal, OfficialRef by, String text, String snippet) {
        List<String> initiatives = goal.contains("快递进村") || goal.contains("快遞進村") ? List.of("快递进村") : List.of();
        return new TaskItem(TaskItem.Kind.REQUIREMENT, n, null, goal, goal, List.of(), by.key(), initiatives,
                ev(text, snippet));
    }

    /** The sentence around the first occurrence of {@code snippet}: from the previous 。 to the next one. */
    static Evidence ev(String text, String snippet) {
        int at = text.indexOf(snippet);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + snippet);
        }
        int start = Math.max(Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1, 0);
        int end = text.indexOf('。', at + snippet.length());
        end = end < 0 ? text.length() : end + 1;
        int sentence = (int) text.substring(0, start).chars().filter(c -> c == '。').count();
        return new Evidence(sentence, start, end, text.substring(start, end).strip());
    }

    private static ArticleGraph article(String text, String published, String publisher, List<MeetingItem> meetings,
            List<OfficialRef> officials, List<OrganizationRef> organizations) {
        var initiatives = new ArrayList<InitiativeRef>();
        if (text.contains("快递进村") || text.contains("快遞進村")) {
            initiatives.add(new InitiativeRef(text.contains("快遞進村") ? "快遞進村" : "快递进村", "快递进村",
                    ev(text, text.contains("快遞進村") ? "快遞進村" : "快递进村")));
        }
        return new ArticleGraph(sha256(text), OffsetDateTime.parse(published), publisher, null, text, text,
                Script.simplify(text), List.of(), meetings, officials, organizations, initiatives, List.of(), List.of());
    }

    static String read(String file) {
        try {
            return new Cleaner().clean(Files.readString(CORPUS.resolve(file + ".txt"), StandardCharsets.UTF_8)).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
