package dev.policygraph.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.clean.CleanResult;
import dev.policygraph.ingest.clean.Cleaner;
import dev.policygraph.ingest.clean.InputGuard;
import dev.policygraph.ingest.extract.Campaigns;
import dev.policygraph.ingest.extract.Dateline;
import dev.policygraph.ingest.extract.DirectiveFinder;
import dev.policygraph.ingest.extract.Doc;
import dev.policygraph.ingest.extract.InitiativeFinder;
import dev.policygraph.ingest.extract.MeetingDates;
import dev.policygraph.ingest.extract.Levels;
import dev.policygraph.ingest.extract.MeetingFinder;
import dev.policygraph.ingest.extract.OfficialFinder;
import dev.policygraph.ingest.extract.Organizations;
import dev.policygraph.ingest.extract.RelayFinder;
import dev.policygraph.ingest.extract.Scope;
import dev.policygraph.ingest.extract.ShortForms;
import dev.policygraph.ingest.extract.SpeechVerbs;
import dev.policygraph.ingest.extract.TaskFinder;
import dev.policygraph.ingest.extract.UrlDate;
import dev.policygraph.ingest.extract.VenueFinder;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.lexicon.HeadedPattern;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.script.Spun;
import dev.policygraph.ingest.segment.Segmenter;
import dev.policygraph.ingest.segment.Sentence;

/**
 * Text in, graph value out: clean, convert script, segment, extract. Touches no database. Thread-safe.
 */
public class ArticleExtractor {

    private static final Pattern SPEAKER = Pattern.compile("^(\\p{IsHan}{2,4}?)(?:"
            + SpeechVerbs.alternation(SpeechVerbs.Use.SPEAKER) + ")");
    private final InputGuard guard;
    private final Cleaner cleaner;
    private final Segmenter segmenter = new Segmenter();
    private final Organizations orgs = new Organizations();
    private final Dateline dateline = new Dateline();
    private final MeetingFinder meetings = new MeetingFinder(orgs);
    private final OfficialFinder officials = new OfficialFinder(orgs);
    private final DirectiveFinder directives = new DirectiveFinder(orgs);
    private final RelayFinder relays = new RelayFinder(orgs);
    private final InitiativeFinder initiatives = new InitiativeFinder();
    private final VenueFinder venues = new VenueFinder(orgs);
    private final TaskFinder tasks = new TaskFinder();
    private final Clock clock;

    public ArticleExtractor() {
        this(InputGuard.DEFAULT_MAX_BYTES, true);
    }

    /**
     * @param maxBytes largest accepted text in bytes of UTF-8
     * @param repair   false skips mojibake and pinyin repair (text known to be clean)
     */
    public ArticleExtractor(int maxBytes, boolean repair) {
        this(maxBytes, repair, Clock.systemUTC());
    }

    /** @param clock today's date bounds the publication times accepted */
    public ArticleExtractor(int maxBytes, boolean repair, Clock clock) {
        this.guard = new InputGuard(maxBytes);
        this.cleaner = new Cleaner(repair);
        this.clock = clock;
    }

    /**
     * @throws RejectedArticleException when the input cannot be an article at all
     */
    public ArticleGraph extract(ArticleInput input) {
        String raw = input.text();
        LocalDate today = LocalDate.now(clock);
        guard.checkRaw(raw);
        guard.checkSourceUrl(input.sourceUrl());
        guard.checkPublishedAt(input.publishedAt(), today);
        Script.Memo script = new Script.Memo();
        CleanResult cleaned = cleaner.clean(raw, script);
        guard.checkClean(cleaned.text());
        List<Warning> warnings = new ArrayList<>(cleaned.warnings());
        String clean = cleaned.text();
        String simplified = script.simplify(clean);
        // rules match on the simplified text with spun synonyms folded back (same length, same offsets)
        Doc doc = new Doc(clean, Spun.fold(simplified), segmenter.split(clean));

        Dateline.Found dl = dateline.find(doc);
        OffsetDateTime datelined = dl.publishedAt();
        if (datelined != null && !InputGuard.plausible(datelined, today)) {
            warnings.add(Warning.ofArticle("IMPLAUSIBLE_DATELINE", "the dateline's year " + datelined.getYear()
                    + " is outside " + InputGuard.EARLIEST.getYear() + "–" + today.getYear() + "; it was ignored"));
            datelined = null;
        }
        OffsetDateTime published = datelined != null ? datelined : input.publishedAt();
        if (published == null) {
            warnings.add(Warning.ofArticle("NO_PUBLICATION_DATE", "no dateline and no publication time given"));
        }
        LocalDate pubDate = published != null ? published.toLocalDate() : UrlDate.of(input.sourceUrl());
        boolean yearOnly = pubDate == null; // a stand-in found below knows the year, not the month
        if (pubDate == null) {
            pubDate = latestYearMentioned(simplified, today); // 总结2020年工作 … : the year the article is about
            String sessionsNamed = withShortSessionNames(simplified);
            LocalDate session = latestSessionNamed(sessionsNamed);
            if (session != null && (pubDate == null || session.isAfter(pubDate)) && !session.isAfter(today)) {
                // 传达学习二十届三中全会精神: held within the year after it, or in the session's own days (a report
                // studied the day after the congress opened, 10月17日…学习…向党的二十大作的报告, is 2022's, not 2023's);
                // 迎接党的二十大胜利召开: before it; 党的二十大召开之年: in its year
                pubDate = switch (sessionTime(sessionsNamed, session)) {
                    case AWAITED -> session;
                    case ITS_YEAR -> LocalDate.of(session.getYear(), 12, 31);
                    case AFTER -> session.plusYears(1).minusDays(SESSION_DAYS);
                };
            }
            Campaigns.Running campaign = Campaigns.in(simplified);
            if (campaign != null && !campaign.first().isAfter(today)
                    && (pubDate == null || pubDate.isBefore(campaign.first()))) {
                pubDate = campaign.latestDay(); // 党史学习教育动员大会, no year said: written while the campaign ran
            }
        }
        Integer pubYear = pubDate == null ? null : pubDate.getYear();

        LocalDate chronicled = chronicleMonth(simplified);
        List<MeetingFinder.Lead> leads = meetings.findAll(doc, chronicled != null ? chronicled : pubDate);
        if (yearOnly && pubDate != null) {
            LocalDate standIn = pubDate;
            leads = new ArrayList<>(leads.stream().map(l -> monthUnknown(doc, l, standIn)).toList());
        }
        // looked for only when a meeting lacks a date: most articles date every meeting they tell
        int digestOpening = pubDate == null || yearOnly || leads.stream().allMatch(l -> l.date() != null) ? -1
                : MeetingFinder.vagueDigestOpening(doc);
        if (digestOpening >= 0) {
            LocalDate publishedOn = pubDate;
            leads = new ArrayList<>(leads.stream().map(l -> datedByDigestOpening(l, digestOpening, publishedOn)).toList());
        }
        leads = new ArrayList<>(leads.stream().map(l -> new MeetingFinder.Lead(l.name(), l.form(),
                Campaigns.intoItsCampaign(Script.simplify(l.name()), l.date(), simplified), l.precision(), l.convener(),
                l.sentence(), l.evidence())).toList());
        MeetingFinder.Lead lead = leads.isEmpty() ? null : leads.get(0);
        OfficialFinder.Result people = officials.find(doc, convenerAt(leads, doc.sentences().size()));
        Map<String, OfficialRef> byKey = new LinkedHashMap<>();
        people.officials().forEach(o -> byKey.put(o.key(), o));

        InitiativeFinder.Result found = initiatives.find(doc);
        Map<String, InitiativeRef> initiativeByKey = new LinkedHashMap<>();
        found.initiatives().forEach(i -> initiativeByKey.put(i.key(), i));

        String[] speaker = {null};
        List<TaskItem> items = new ArrayList<>();
        for (TaskItem t : tasks.find(doc, ps -> speakerAt(doc, ps, byKey, speaker))) {
            items.add(withInitiatives(t, found.mentions()));
        }
        List<PartOf> partOf = new ArrayList<>(found.partOf());
        partOf.addAll(partsFromTasks(items, found.mentions(), partOf));
        partOf.addAll(initiatives.lexiconLinks(initiativeByKey, partOf));

        List<DirectiveRef> dirs = directives.find(doc);
        // each later meeting's part of the article keeps its own references (a digest's meetings relay the same one)
        int[] laterMeetingsFrom = leads.stream().mapToInt(MeetingFinder.Lead::sentence).distinct().sorted().skip(1).toArray();
        Integer relayYear = lead != null && lead.date() != null ? Integer.valueOf(lead.date().getYear()) : pubYear;
        List<RelayRef> rel = relays.find(doc, relayYear, laterMeetingsFrom);
        List<Venue> ven = venues.find(doc);

        List<MeetingItem> meetingItems = new ArrayList<>();
        if (leads.isEmpty()) {
            warnings.add(Warning.ofArticle("NO_MEETING", "no meeting (召开/举行 … 会议) found in the article"));
        }
        // What the article says after a meeting's lead, until the next meeting's, is about that meeting; meetings
        // named in one lead (召开A和B) share what follows it.
        for (MeetingFinder.Lead l : leads) {
            int from = l == lead ? 0 : l.sentence();
            int to = leads.stream().mapToInt(MeetingFinder.Lead::sentence).filter(x -> x > l.sentence()).min()
                    .orElse(Integer.MAX_VALUE);
            Integer year = l.date() != null ? Integer.valueOf(l.date().getYear()) : pubYear;
            if (l.date() == null) {
                warnings.add(Warning.ofArticle("MEETING_DATE_UNKNOWN", "the date of " + l.name() + " is not said"));
            }
            List<Participation> taking = onePerRole(within(people.participations(), Participation::evidence, from, to)
                    .stream().filter(p -> takesPartIn(byKey.get(p.officialKey()), l)).toList());
            OrganizationRef conv = convener(l, taking, byKey);
            String key = Keys.meetingKey(year, conv == null ? null : conv.key(), l.name(), l.date());
            meetingItems.add(new MeetingItem(l.name(), key, l.date(), l.precision(), l.form(), conv, taking,
                    within(dirs, DirectiveRef::evidence, from, to),
                    RelayFinder.seenFrom(onePerKey(notItself(within(rel, RelayRef::evidence, from, to), l.name())),
                            conv == null ? null : conv.key()),
                    within(items, TaskItem::evidence, from, to), within(ven, Venue::evidence, from, to),
                    l.evidence(), purposes(doc, l)));
        }

        meetingItems = countedRelays(meetingItems);
        meetingItems = attendedAndRelayed(doc, leads, meetingItems, byKey);

        Map<String, OrganizationRef> orgMap = new LinkedHashMap<>();
        // the conveners as resolved (海口局 written out), not as the leads wrote them
        meetingItems.stream().map(MeetingItem::convenedBy).filter(c -> c != null)
                .forEach(c -> orgMap.putIfAbsent(c.key(), c));
        // the officials' bodies, and each title's own (副市长、市公安局局长甲 of 市公安局)
        people.officials().stream().flatMap(o -> Stream.concat(Stream.of(o.organization()), o.bodies().stream()))
                .filter(o -> o != null).forEach(o -> orgMap.putIfAbsent(o.key(), o));
        for (DirectiveRef d : dirs) {
            for (String issuer : d.issuedBy()) {
                if (orgs.isCentral(Script.simplify(issuer))) {
                    OrganizationRef o = orgs.of(issuer);
                    orgMap.putIfAbsent(o.key(), o);
                }
            }
        }
        ven.forEach(v -> v.attendees().forEach(o -> orgMap.putIfAbsent(o.key(), o)));
        rel.stream().map(RelayRef::convenedBy).filter(o -> o != null).forEach(o -> orgMap.putIfAbsent(o.key(), o));

        List<String> documents = new ArrayList<>();
        HeadedPattern.Scan titles = DOCUMENT.scan(clean);
        Matcher dm = titles.matcher();
        while (titles.find()) {
            if (!documents.contains(dm.group(1))) {
                documents.add(dm.group(1));
            }
        }
        return new ArticleGraph(ContentHash.of(raw), published, dl.publisher(), input.sourceUrl(), raw, clean, simplified,
                List.copyOf(warnings), List.copyOf(meetingItems), List.copyOf(people.officials()),
                List.copyOf(orgMap.values()), List.copyOf(initiativeByKey.values()), List.copyOf(partOf),
                List.copyOf(documents));
    }

    /**
     * The body a title that names none (局长, 会长) belongs to, by sentence: the convener of the latest meeting told at or
     * before it (国务院召开…会议。会后,市应急管理局召开党组会议…局长甲主持: 市应急管理局's), else of the first one told.
     */
    private static IntFunction<OrganizationRef> convenerAt(List<MeetingFinder.Lead> leads, int sentences) {
        OrganizationRef[] at = new OrganizationRef[sentences];
        OrganizationRef current = leads.isEmpty() ? null : leads.get(0).convener();
        List<MeetingFinder.Lead> told = leads.stream().sorted(Comparator.comparingInt(MeetingFinder.Lead::sentence)).toList();
        int next = 0;
        for (int i = 0; i < sentences; i++) {
            for (; next < told.size() && told.get(next).sentence() <= i; next++) {
                if (told.get(next).convener() != null) {
                    current = told.get(next).convener();
                }
            }
            at[i] = current;
        }
        return i -> i >= 0 && i < at.length ? at[i] : null;
    }

    /** A lead that says the article's people only took part: at a branch venue, by watching, by joining in. */
    private static final Pattern ONLY_ATTENDED = Pattern.compile("分会场|收听收看|参加会议|参加了会议|列席会议");

    /**
     * A higher meeting the article's people only attended (国务院召开…电视电话会议,局长…在分会场参加会议) and which a
     * later meeting of the article relays (会后,局长主持召开党组会议,传达贯彻电视电话会议精神) is that meeting's
     * relay, not a meeting of the article; a relay that names it short (电视电话会议精神) takes its full name and key.
     * A meeting told after one that relays it is background too; who takes part in what follows its mention (the
     * closing 甲、乙出席会议) takes part in the meeting before it.
     */
    private static List<MeetingItem> attendedAndRelayed(Doc doc, List<MeetingFinder.Lead> leads, List<MeetingItem> items,
            Map<String, OfficialRef> byKey) {
        List<MeetingItem> out = new ArrayList<>(items);
        for (int i = items.size() - 2; i >= 0; i--) {
            MeetingItem m = items.get(i);
            String name = Keys.canonical(m.name());
            java.util.function.Predicate<RelayRef> names = r -> {
                String n = Keys.canonical(r.meetingName());
                return n.length() >= 4 && (name.contains(n) || n.contains(name));
            };
            List<MeetingItem> relayers = out.subList(out.indexOf(m) + 1, out.size()).stream()
                    .filter(o -> o.relays().stream().anyMatch(names)).toList();
            MeetingItem relayer = relayers.isEmpty() ? null : relayers.get(0);
            // a meeting several later ones relay is what a digest of its cascade reports (全国…会议召开。江苏…传达学习…)
            if (relayer == null || !ONLY_ATTENDED.matcher(doc.simp(doc.sentences().get(leads.get(i).sentence()))).find()
                    && (relayers.size() > 1 || !aboveItsRelayer(m, relayer))) {
                continue;
            }
            out.remove(m);
            out.replaceAll(o -> o.withRelays(o.relays().stream().map(r -> !names.test(r)
                    || Keys.canonical(r.meetingName()).length() >= name.length() ? r : relayOf(m, r)).toList()));
        }
        // 会议传达学习…动员大会精神 … 市委第一时间召开动员大会: told after a meeting that relays it, it is background
        List<MeetingItem> kept = new ArrayList<>();
        for (MeetingItem m : out) {
            String name = Keys.canonical(m.name());
            boolean relayedBefore = name.length() >= 4 && !Lexicon.words("meeting_forms").contains(name) // not 党组会议 alone
                    && kept.stream().flatMap(o -> o.relays().stream())
                    .map(r -> Keys.canonical(r.meetingName())).anyMatch(r -> r.length() >= 4 && r.contains(name));
            if (!relayedBefore) {
                kept.add(m);
            } else {
                // 省委及时召开经济工作会议,… (a relayed meeting told again): the report of the meeting before goes on
                MeetingItem before = kept.get(kept.size() - 1);
                List<Participation> joined = new ArrayList<>(before.participants());
                m.participants().stream()
                        .filter(p -> byKey.get(p.officialKey()) == null || !OfficialFinder.isNationalLeader(byKey.get(p.officialKey())))
                        .forEach(joined::add);
                kept.set(kept.size() - 1, new MeetingItem(before.name(), before.key(), before.date(),
                        before.datePrecision(), before.form(), before.convenedBy(), onePerRole(joined),
                        before.directives(), before.relays(), before.tasks(), before.venues(), before.evidence(),
                        before.purposes()));
            }
        }
        return kept;
    }

    /** The relay {@code r} read as pointing at meeting {@code m} of the article: its name, key, year and convener. */
    private static RelayRef relayOf(MeetingItem m, RelayRef r) {
        return new RelayRef(m.name(), m.key(), m.date() == null ? r.year() : Integer.valueOf(m.date().getYear()),
                m.convenedBy(), r.evidence());
    }

    /** 学习贯彻两次会议精神, 传达了上述会议精神: meetings the article told before, counted or pointed at, not named. */
    private static final Pattern COUNTED_MEETINGS = Pattern.compile("^(?:这|此)?(?:(?<count>[两二三四])(?:次|个)|上述|以上)"
            + "(?:重要)?会议$");

    /**
     * 省委全会24日召开,全省经济工作会议25日召开。28日,省贸促会举行党组中心组扩大会议,学习贯彻两次会议精神: the
     * meetings a later one relays by count (or as 上述) are the ones told just before it, held by no body of its own;
     * told without anyone taking part, they are background, not meetings of the article.
     */
    private static List<MeetingItem> countedRelays(List<MeetingItem> items) {
        List<MeetingItem> out = new ArrayList<>(items);
        for (MeetingItem relayer : items) {
            for (RelayRef r : relayer.relays()) {
                Matcher c = COUNTED_MEETINGS.matcher(Keys.canonical(r.meetingName()));
                if (!c.matches()) {
                    continue;
                }
                List<MeetingItem> before = new ArrayList<>();
                for (int i = out.indexOf(relayer) - 1; i >= 0; i--) {
                    MeetingItem m = out.get(i);
                    if (relayer.convenedBy() != null && m.convenedBy() != null
                            && m.convenedBy().key().equals(relayer.convenedBy().key())) {
                        break; // the body's own earlier meeting ends what it could be pointing back at
                    }
                    before.add(0, m);
                }
                int count = c.group("count") == null ? before.size() : MeetingDates.count(c.group("count"));
                if (before.isEmpty() || before.size() < count) {
                    continue;
                }
                List<MeetingItem> named = before.subList(before.size() - count, before.size());
                List<RelayRef> relays = new ArrayList<>();
                for (RelayRef o : relayer.relays()) {
                    if (o != r) {
                        relays.add(o);
                        continue;
                    }
                    named.forEach(m -> relays.add(relayOf(m, r)));
                }
                out.set(out.indexOf(relayer), relayer.withRelays(relays));
                named.stream().filter(m -> m.participants().isEmpty()).toList().forEach(out::remove);
                return out; // one such reference per article is all real reports make
            }
        }
        return out;
    }

    /**
     * 1月10日,全省…工作会议在济南召开。1月12日,市应急管理局召开党组会议,传达学习全省…会议精神: a meeting no body of
     * the article holds, whose scope is above the body that relays it, is told as what that body relays.
     */
    private static boolean aboveItsRelayer(MeetingItem m, MeetingItem relayer) {
        if (m.convenedBy() != null || relayer.convenedBy() == null) {
            return false;
        }
        Level relaying = relayer.convenedBy().level() != Level.UNKNOWN ? relayer.convenedBy().level()
                : Levels.ofOwnPlaceWord(relayer.convenedBy().name());
        return Scope.leading(Keys.withoutLeadingYear(Keys.canonical(m.name()))).filter(sc -> !sc.fits(relaying))
                .isPresent();
    }

    /** How long a session of {@code dated_sessions.txt} may run before the day it closed (a congress: a week). */
    private static final int SESSION_DAYS = 10;

    /**
     * 2020年, and a document number's year: 泽发〔2020〕6号, 国发[2019]3号; not a span's ends (规划纲要(2010-2020年): a
     * plan's horizon; 从2015年到2019年底: a period reviewed) nor a target (到2025年), none of them the text's own year.
     */
    private static final Pattern YEAR_MENTION = Pattern.compile("(?<![\\d\\-—–－~到])(?<!年至)((?:19|20)\\d{2}) ?年(?!代|[到至\\-—–－~](?:19|20)\\d{2})"
            + "|[〔\\[(【]((?:19|20)\\d{2})[〕\\])】] ?(?:第 ?)?\\d{1,4} ?号");

    /** 迎接党的二十大, 喜迎二十大, 即将召开的党的二十大, 以迎接宣传贯彻党的二十大为主线: written before the session it names. */
    private static final Pattern AWAITED = Pattern.compile("(?:迎接|喜迎|即将召开的)[^,。;]{0,8}$");
    /** 为党的二十大胜利召开营造良好氛围 (创造…环境), 二十大召开前夕, 二十大即将召开: the same, said after the name. */
    private static final Pattern AWAITED_AFTER = Pattern.compile("^”?(?:(?:胜利|顺利)?召开(?:营造|创造|提供|前夕|之前|前)|即将(?:胜利)?召开)");
    /** 党的二十大召开之年: written in the session's year, before or after it. */
    private static final Pattern ITS_YEAR = Pattern.compile("^”?(?:胜利)?召开之年");

    /** When the text stands to the latest session it names. */
    enum SessionTime { AWAITED, ITS_YEAR, AFTER }

    /**
     * Every mention of {@code latest}, the latest session the text names ({@link #latestSessionNamed}), is awaited
     * (以优异成绩迎接党的二十大胜利召开): the text was
     * written before it; awaited or told as the year's (二十大召开之年): in its year; any other mention: after it.
     */
    static SessionTime sessionTime(String simplified, LocalDate latest) {
        boolean itsYear = false;
        for (Map.Entry<String, String> e : Lexicon.pairs("dated_sessions").entrySet()) {
            if (!LocalDate.parse(e.getValue()).equals(latest)) {
                continue;
            }
            String key = e.getKey();
            for (int i = simplified.indexOf(key); i >= 0; i = simplified.indexOf(key, i + 1)) {
                String after = simplified.substring(i + key.length(), Math.min(simplified.length(), i + key.length() + 8));
                if (ITS_YEAR.matcher(after).find()) {
                    itsYear = true;
                } else if (!AWAITED.matcher(simplified.substring(Math.max(0, i - 14), i)).find()
                        && !AWAITED_AFTER.matcher(after).find()) {
                    return SessionTime.AFTER;
                }
            }
        }
        return latest == null ? SessionTime.AFTER : itsYear ? SessionTime.ITS_YEAR : SessionTime.AWAITED;
    }

    /** 第二十届中央委员会第三次全体会议, 中国共产党第二十次全国代表大会: a session's full name, as the lexicon's short one. */
    private static final Pattern FULL_SESSION_NAME = Pattern.compile("第([一二三四五六七八九十]{1,3})届中央委员会第([一二三四五六七八九])次全体会议"
            + "|中国共产党第([一二三四五六七八九十]{1,3})次全国代表大会");

    /** The text with every full session name written short (二十届三中全会, 二十大), for the dated-sessions lexicon. */
    static String withShortSessionNames(String simplified) {
        if (simplified.indexOf("中央委员会第") < 0 && simplified.indexOf("次全国代表大会") < 0) {
            return simplified;
        }
        return FULL_SESSION_NAME.matcher(simplified).replaceAll(m -> m.group(1) != null
                ? m.group(1) + "届" + m.group(2) + "中全会" : m.group(3) + "大");
    }

    /** The latest session ({@code lexicon/dated_sessions.txt}) the text names, as the day it closed; null if none. */
    static LocalDate latestSessionNamed(String simplified) {
        LocalDate latest = null;
        for (Map.Entry<String, String> e : Lexicon.pairs("dated_sessions").entrySet()) {
            if (namedOtherThanSince(simplified, e.getKey())) {
                LocalDate d = LocalDate.parse(e.getValue());
                if (latest == null || d.isAfter(latest)) {
                    latest = d;
                }
            }
        }
        return latest;
    }

    /** 党的十八大以来: a span since the session, which may be long; it says nothing of the text's own year. */
    private static final Pattern SINCE = Pattern.compile("^(?:胜利)?(?:召开)?以来");

    private static boolean namedOtherThanSince(String simplified, String session) {
        for (int i = simplified.indexOf(session); i >= 0; i = simplified.indexOf(session, i + 1)) {
            int after = i + session.length();
            if (!SINCE.matcher(simplified).region(after, Math.min(simplified.length(), after + 6)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 近日 in an article whose year only is known: the stand-in date's month would be made up (December of the year
     * the text mentions last), so the day is unknown; so is a day written without its month (28日,…举行…会议).
     */
    private static MeetingFinder.Lead monthUnknown(Doc doc, MeetingFinder.Lead l, LocalDate standIn) {
        boolean madeUpMonth = l.precision() == MeetingItem.DatePrecision.MONTH && standIn.withDayOfMonth(1).equals(l.date())
                || l.precision() == MeetingItem.DatePrecision.DAY && l.date().getMonthValue() == standIn.getMonthValue()
                        && !monthWritten(doc.simp(), l.date());
        if (!madeUpMonth) {
            return l;
        }
        return new MeetingFinder.Lead(l.name(), l.form(), null, MeetingItem.DatePrecision.UNKNOWN, l.convener(),
                l.sentence(), l.evidence());
    }

    private static final String[] MONTHS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    /** The text writes the day with its month somewhere (12月22日, 十二月二十二日 counts by its month only). */
    private static boolean monthWritten(String simplified, LocalDate day) {
        int month = day.getMonthValue();
        return Pattern.compile("(?<![\\d十])0?" + month + " ?月 ?0?" + day.getDayOfMonth() + " ?日|(?<![一二三四五六七八九十])"
                + MONTHS[month - 1] + "月[一二三四五六七八九十]").matcher(simplified).find();
    }

    /**
     * Without any publication date, the latest year the text mentions stands in for it (as the last day of that year),
     * so that 7月16日 gets a year: reports speak of the year they are written in and the one before.
     */
    static LocalDate latestYearMentioned(String text, LocalDate today) {
        LocalDate standIn = yearsStandIn(text, today);
        LocalDate told = latestDayTold(text, today);
        // 二十届中央纪委二次全会…和2022年12月31日发表的…: written after the last day it tells, so 1月11日 is 2023's
        return standIn != null && told != null && told.getYear() == standIn.getYear()
                && told.plusYears(1).minusDays(1).isAfter(standIn) ? told.plusYears(1).minusDays(1) : standIn;
    }

    /** A day written with its year (2022年12月31日), not one set for later or a deadline (将于…, 到…前, 自…起). */
    private static final Pattern DAY_TOLD = Pattern.compile("((?:19|20)\\d{2}) ?年 ?(1[0-2]|0?[1-9]) ?月 ?(3[01]|[12]\\d|0?[1-9]) ?日");
    private static final Pattern DAY_TOLD_NOT_PAST_BEFORE = Pattern.compile("(?:将|定|拟|预计)于?$|(?:到|至|截至|截止|自|从|于)$");
    private static final Pattern DAY_TOLD_NOT_PAST_AFTER = Pattern.compile("^(?:起|前|之前|以前|止|至|到|开始|召开|举行)");

    /** The latest past day the text writes out in full, or null. */
    private static LocalDate latestDayTold(String text, LocalDate today) {
        LocalDate latest = null;
        Matcher m = DAY_TOLD.matcher(text);
        while (m.find()) {
            if (DAY_TOLD_NOT_PAST_BEFORE.matcher(text).region(Math.max(0, m.start() - 3), m.start()).find()
                    || DAY_TOLD_NOT_PAST_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 4)).lookingAt()) {
                continue;
            }
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (!d.isAfter(today) && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            } catch (java.time.DateTimeException e) {
                // 2月30日: no day
            }
        }
        return latest;
    }

    /** Whether an article could be of {@code year}: not after today, not before the earliest we take. */
    private static boolean plausibleYear(int year, LocalDate today) {
        return year <= today.getYear() && year >= InputGuard.EARLIEST.getYear();
    }

    /** Adds {@code year} when it is {@link #plausibleYear plausible}. */
    private static void addPlausible(java.util.Set<Integer> years, int year, LocalDate today) {
        if (plausibleYear(year, today)) {
            years.add(year);
        }
    }

    /** The stand-in the years a text names give (the body of {@link #latestYearMentioned}). */
    private static LocalDate yearsStandIn(String text, LocalDate today) {
        java.util.Set<Integer> years = new java.util.HashSet<>();
        java.util.Set<Integer> toldOtherwise = new java.util.HashSet<>(); // years written other than as a set date
        LocalDate set = null; // 决定于2016年1月中旬召开: the earliest month a meeting is set for
        Matcher m = YEAR_MENTION.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            Matcher month = SET_MONTH.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 3));
            if (m.group(1) != null && month.lookingAt()
                    && SET_FOR.matcher(text).region(Math.max(0, m.start() - 24), m.start()).find()) {
                LocalDate end = LocalDate.of(y, Integer.parseInt(month.group(1)), 1).plusMonths(1).minusDays(1);
                set = set == null || end.isBefore(set) ? end : set;
            } else {
                toldOtherwise.add(y);
            }
            if (m.group(1) != null && m.start() > 0 && "自从".indexOf(text.charAt(m.start() - 1)) >= 0
                    && text.startsWith("以来", m.end())) {
                continue; // 自2013年以来: where a period began, not the year the article is about
            }
            if (m.group(1) != null && MeetingDates.reviewed(text, m.end())) {
                // 召开2023年度…述职评议会议: a year is reviewed after it ends, or in its own last weeks; keeping both
                // years lets the year-end rule below put a November or December meeting in the year reviewed
                addPlausible(years, y, today);
                y++;
            }
            addPlausible(years, y, today);
        }
        years.addAll(anniversaryYears(text, today));
        years.addAll(observanceYears(text, today));
        years.addAll(planYears(text, today));
        if (years.isEmpty()) {
            return null;
        }
        int latest = java.util.Collections.max(years);
        if (set != null && set.getYear() == latest && !toldOtherwise.contains(latest)) {
            return set; // the meeting that set it was held before it
        }
        // 总结2020年工作,部署2021年: a year-end report names the next year; its November and December are the year before
        if (years.contains(latest - 1)) {
            return LocalDate.of(latest, 10, 31);
        }
        // 研究部署明年工作 … 2021年经济工作: the only year written is the next one, unless told as the one at work
        // (在2009年取得很大成绩, 对照2014年工作要点做好扫尾)
        return text.contains("明年") && !toldAsCurrent(text, latest) ? LocalDate.of(latest - 1, 12, 31)
                : LocalDate.of(latest, 12, 31);
    }

    /** 决定于2016年1月…召开, 定于2024年3月, 决定…会议于2016年1月: a date set for a meeting to come. */
    private static final Pattern SET_FOR = Pattern.compile("(?:(?:将|定|拟)于|决定[^,。;]{0,20}?于)$");
    /** The set date's month, after its year. */
    private static final Pattern SET_MONTH = Pattern.compile("(1[0-2]|0?[1-9])月");

    /** 在2009年取得, 对照2014年…要点, 2014年以来: a year whose work is done or under way, not the next one. */
    private static final Pattern CURRENT_BEFORE = Pattern.compile("(?:在|对照|回顾|总结)$");
    private static final Pattern CURRENT_AFTER = Pattern.compile("^(?:以来|[^,。;]{0,12}?(?:取得|完成|实现)|全年)");

    private static boolean toldAsCurrent(String text, int year) {
        String y = year + "年";
        for (int i = text.indexOf(y); i >= 0; i = text.indexOf(y, i + 1)) {
            if (CURRENT_BEFORE.matcher(text).region(Math.max(0, i - 2), i).find()
                    || CURRENT_AFTER.matcher(text).region(i + y.length(), Math.min(text.length(), i + y.length() + 16)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A five-year plan's first year (“十四五”开局之年) or last (收官“十四五”, “十三五”收官之年, “十三五”圆满收官). */
    private static final Pattern PLAN_OPENS = Pattern.compile("十([一二三四五])五”?(?:规划)?(?:的)?(?:开局之年|开局|起步之年)");
    private static final Pattern PLAN_CLOSES = Pattern.compile("收官“?十([一二三四五])五|十([一二三四五])五”?(?:规划)?(?:的)?"
            + "(?:圆满|完美|胜利|顺利|全面|高质量)?(?:收官之年|收官|最后一年)");

    /** What plans a year still ahead: 统筹安排, 谋划, 部署 … “十五五”开局之年. */
    private static final Pattern PLANNED_AHEAD = Pattern.compile("(?:安排|谋划|部署|筹划|迎接|准备)[^,。;]{0,4}“?$");

    /**
     * The years a five-year plan's opening or closing names: the eleventh plan opened in 2006, each next one five years
     * later, and closes four years after it opens.
     */
    static java.util.Set<Integer> planYears(String text, LocalDate today) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (!text.contains("五")) {
            return out;
        }
        Matcher o = PLAN_OPENS.matcher(text);
        while (o.find()) {
            int opens = 2006 + 5 * (MeetingDates.count(o.group(1)) - 1);
            boolean ahead = PLANNED_AHEAD.matcher(text).region(Math.max(0, o.start() - 8), o.start()).find();
            out.add(ahead ? opens - 1 : opens); // 统筹安排“十五五”开局之年工作: planned in the year before it opens
        }
        Matcher c = PLAN_CLOSES.matcher(text);
        while (c.find()) {
            String n = c.group(1) != null ? c.group(1) : c.group(2);
            out.add(2006 + 5 * (MeetingDates.count(n) - 1) + 4);
        }
        out.removeIf(y -> !plausibleYear(y, today));
        return out;
    }

    private static final Pattern ANNIVERSARY = Pattern.compile("(?<event>"
            + Lexicon.alternation(new ArrayList<>(Lexicon.pairs("anniversaries").keySet()))
            + ")(?<count>\\d{1,3}|[一二三四五六七八九十百零两]{1,5}) ?周年");
    private static final Pattern NEXT_YEAR_IS = Pattern.compile("明年(?:是|将迎来|迎来)[^。;]{0,30}$");
    private static final Pattern AWAITING = Pattern.compile("迎接[^,。;]{0,4}$|向$");

    /**
     * The years that anniversaries named in the text fall in (今年是新中国成立75周年: 1949 + 75; 纪念辛亥革命110周年大会),
     * events in {@code lexicon/anniversaries.txt}; one said of next year (明年是…成立105周年) gives the year before it,
     * one awaited (迎接建党一百周年) none.
     */
    static java.util.Set<Integer> anniversaryYears(String text, LocalDate today) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        Matcher m = ANNIVERSARY.matcher(text);
        while (m.find()) {
            int n = MeetingDates.count(m.group("count"));
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            if (n <= 0 || AWAITING.matcher(before).find()) {
                continue;
            }
            int y = Integer.parseInt(Lexicon.pairs("anniversaries").get(m.group("event"))) + n
                    - (NEXT_YEAR_IS.matcher(before).find() ? 1 : 0);
            addPlausible(out, y, today);
        }
        return out;
    }

    private static final Pattern OBSERVANCE = Pattern.compile("第(?<count>\\d{1,3}|[一二三四五六七八九十百零两]{1,5})(?:个|次|届)"
            + "[^,。;第]{0,4}?(?<day>" + Lexicon.alternation(new ArrayList<>(Lexicon.pairs("observances").keySet())) + ")");

    /** The years of days kept and counted (第二十九个教师节: 1984 + 29), from {@code lexicon/observances.txt}. */
    static java.util.Set<Integer> observanceYears(String text, LocalDate today) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (text.indexOf('第') < 0) {
            return out;
        }
        Matcher m = OBSERVANCE.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(Lexicon.pairs("observances").get(m.group("day"))) + MeetingDates.count(m.group("count"));
            addPlausible(out, y, today);
        }
        return out;
    }

    /** An official's role at one meeting once, with the first sentence that says so. */
    private static List<Participation> onePerRole(List<Participation> parts) {
        Map<String, Participation> out = new LinkedHashMap<>();
        parts.forEach(p -> out.putIfAbsent(p.officialKey() + "|" + p.role(), p));
        return List.copyOf(out.values());
    }

    /**
     * An undated meeting told after a digest's opening that dates it as 近日 (近日,部分市…召开会议。甲局召开党组会议…):
     * the month of publication.
     */
    private static MeetingFinder.Lead datedByDigestOpening(MeetingFinder.Lead l, int opening, LocalDate published) {
        return l.date() != null || l.sentence() <= opening ? l
                : new MeetingFinder.Lead(l.name(), l.form(), published.withDayOfMonth(1), MeetingItem.DatePrecision.MONTH,
                        l.convener(), l.sentence(), l.evidence());
    }

    /** 全国…工作会议在北京召开。各地兴起学习贯彻全国…工作会议精神的热潮: a meeting does not relay itself. */
    private static List<RelayRef> notItself(List<RelayRef> refs, String meetingName) {
        String own = Keys.canonical(meetingName);
        return refs.stream().filter(r -> !Keys.canonical(r.meetingName()).equals(own)).toList();
    }

    /** The first reference of each key: a meeting whose part spans others' (the lead's, from the headline) relays each once. */
    private static List<RelayRef> onePerKey(List<RelayRef> refs) {
        Map<String, RelayRef> first = new LinkedHashMap<>();
        refs.forEach(r -> first.putIfAbsent(r.key(), r));
        return List.copyOf(first.values());
    }

    /** The items whose evidence lies in sentences [from, to). */
    private static <T> List<T> within(List<T> items, java.util.function.Function<T, Evidence> evidence, int from, int to) {
        return items.stream().filter(i -> {
            Evidence e = evidence.apply(i);
            return e == null || e.sentence() >= from && e.sentence() < to;
        }).toList();
    }

    /**
     * The body that held a meeting: the one the lead names, else the body of its chair's title (会后,吴文庆局长主持
     * 召开党组会议, where an earlier sentence made him 太湖局局长). A bare 党委 or 党组 names no body.
     */
    private static OrganizationRef convener(MeetingFinder.Lead meeting, List<Participation> taking,
            Map<String, OfficialRef> byKey) {
        OrganizationRef named = meeting.convener();
        OrganizationRef chairs = taking.stream().filter(p -> p.role() == Role.CHAIRED).map(p -> byKey.get(p.officialKey()))
                .filter(o -> o != null && o.organization() != null && !bodyOfALaterTitle(o)).map(OfficialRef::organization)
                .findFirst().orElse(null);
        String namedSimp = named == null ? null : Script.simplify(named.name());
        if (named == null || Lexicon.words("party_bodies").contains(namedSimp)) {
            return chairs;
        }
        // 海口局, 厅党组, 部党组: the article's own body, written out elsewhere in it (its chair's, else any)
        var known = new ArrayList<OrganizationRef>();
        if (chairs != null) {
            known.add(chairs);
        }
        byKey.values().stream().map(OfficialRef::organization).filter(o -> o != null).forEach(known::add);
        return ShortForms.writtenOut(namedSimp, known).orElse(named);
    }

    /**
     * Whether an official's body is named by a title after the first only (副市长、市公安局局长: 市公安局): the body of
     * another post than the one the official is first called by, so not a sign of whose meeting they chair.
     */
    private static boolean bodyOfALaterTitle(OfficialRef o) {
        String body = Keys.canonical(o.organization().name());
        List<String> t = o.titles();
        return !t.isEmpty() && !Keys.canonical(t.get(0)).contains(body)
                && t.stream().skip(1).anyMatch(x -> Keys.canonical(x).contains(body));
    }

    private static final Pattern CENTRAL_MEETING = Pattern.compile("中央|中共|中国共产党|国务院|全国人民代表大会|全国人大|全国政协"
            + "|中国人民政治协商会议全国|第?十[一二三四五六七八九十]*届全国");

    /**
     * A national leader (习近平总书记) takes part only in a central meeting: in a bureau's report, 总书记出席并讲话 is
     * said of the higher meeting whose spirit is relayed.
     */
    private static boolean takesPartIn(OfficialRef official, MeetingFinder.Lead meeting) {
        if (official == null || !OfficialFinder.isNationalLeader(official)) {
            return true;
        }
        String name = Script.simplify(meeting.name());
        return meeting.convener() != null && (meeting.convener().level() == Level.CENTRAL
                || CENTRAL_MEETING.matcher(Script.simplify(meeting.convener().name())).lookingAt()) // 十三届全国人大常委会
                || CENTRAL_MEETING.matcher(name).lookingAt();
    }

    private static final Pattern PURPOSE = Pattern.compile("^(?:总结|部署|研究|分析|回顾|听取|审议|安排|推进)\\p{IsHan}{2,30}$");

    /** Clauses of the lead sentence after the meeting name that say what it was for (总结…, 部署…). */
    private static List<String> purposes(Doc doc, MeetingFinder.Lead lead) {
        Sentence s = doc.sentences().get(lead.sentence());
        List<String> out = new ArrayList<>();
        int p = lead.evidence().end();
        for (int i = p; i <= s.end(); i++) {
            if (i == s.end() || ",;。".indexOf(doc.simp().charAt(i)) >= 0) {
                if (i > p && PURPOSE.matcher(doc.simp().substring(p, i)).matches()) {
                    out.add(doc.written(p, i));
                }
                p = i + 1;
            }
        }
        return List.copyOf(out);
    }

    private static final HeadedPattern DOCUMENT = HeadedPattern.compile("(?=[《])《([^《》\\n]{1,80})》");

    /** The official whose bare name opens the paragraph (马某要求); else the previous paragraph's speaker. */
    private static String speakerAt(Doc doc, int ps, Map<String, OfficialRef> byKey, String[] last) {
        Sentence s = doc.sentenceAt(ps);
        Matcher m = SPEAKER.matcher(doc.simp(s));
        if (m.find()) {
            for (int len = m.group(1).length(); len >= 2; len--) {
                OfficialRef o = OfficialFinder.known(byKey, m.group(1).substring(0, len));
                if (o != null) {
                    last[0] = o.key();
                    break;
                }
            }
        }
        return last[0];
    }

    private static TaskItem withInitiatives(TaskItem t, List<InitiativeFinder.Mention> mentions) {
        List<String> keys = new ArrayList<>();
        for (InitiativeFinder.Mention m : mentions) {
            if (m.start() >= t.evidence().start() && m.end() <= t.evidence().end() && !keys.contains(m.key())) {
                keys.add(m.key());
            }
        }
        return new TaskItem(t.kind(), t.n(), t.focus(), t.goal(), t.text(), t.actions(), t.setByKey(),
                List.copyOf(keys), t.evidence());
    }

    /**
     * A task whose focus names one quoted initiative and whose actions name several others makes them its parts
     * (要以加快实施“两进一出”工程为重点 … 加快实施“快递进村”“快递进厂”“快递出海”工程).
     */
    private static List<PartOf> partsFromTasks(List<TaskItem> items, List<InitiativeFinder.Mention> mentions,
            List<PartOf> existing) {
        List<PartOf> out = new ArrayList<>();
        for (TaskItem t : items) {
            if (t.focus() == null) {
                continue;
            }
            int fs = t.evidence().start() + t.text().indexOf(t.focus());
            int fe = fs + t.focus().length();
            List<InitiativeFinder.Mention> inFocus = mentions.stream()
                    .filter(m -> m.quoted() && m.start() >= fs && m.end() <= fe).toList();
            List<InitiativeFinder.Mention> inRest = mentions.stream()
                    .filter(m -> m.quoted() && m.start() >= fe && m.end() <= t.evidence().end()).toList();
            if (inFocus.size() != 1 || inRest.size() < 2) {
                continue;
            }
            String parent = inFocus.get(0).key();
            for (InitiativeFinder.Mention c : inRest) {
                boolean dup = existing.stream().anyMatch(p -> p.childKey().equals(c.key()) && p.parentKey().equals(parent))
                        || out.stream().anyMatch(p -> p.childKey().equals(c.key()));
                if (!dup && !c.key().equals(parent)) {
                    out.add(new PartOf(c.key(), parent, t.evidence()));
                }
            }
        }
        return out;
    }

    /** A chronicle's title line: 2019年1月大事记, 2023年5月工作动态. */
    private static final Pattern CHRONICLE = Pattern.compile("^\\s*(\\d{4})年(\\d{1,2})月份?(?:大事记|工作动态|要闻|动态|纪事|记事)");

    /**
     * The last day of the month a chronicle's title names, or null: its entries (1月2日,…召开) are of that month's
     * year, whenever the page was published (a year's chronicle is often posted the year after).
     */
    private static LocalDate chronicleMonth(String simplified) {
        Matcher c = CHRONICLE.matcher(simplified);
        if (!c.lookingAt()) {
            return null;
        }
        int month = Integer.parseInt(c.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        LocalDate first = LocalDate.of(Integer.parseInt(c.group(1)), month, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }
}
