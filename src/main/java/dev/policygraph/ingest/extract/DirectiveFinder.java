package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.DirectiveRef;
import dev.policygraph.ingest.lexicon.HeadedPattern;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Keys;

/**
 * Directives a meeting implements (the upward link): {@code 深入学习贯彻 <X>}, {@code 认真贯彻落实 <X>} where X
 * ends like a directive (精神, 决策部署 …), and the guiding thought {@code 以<X>为指导} (listed after the others).
 * X may list several (A精神和B精神): each item is a directive. X naming a meeting's spirit (…会议精神) is a
 * directive only after an implementing verb (深入学习贯彻, 认真贯彻落实); after 传达学习 / 学习贯彻 it is a relay
 * ({@link RelayFinder}). A document title (《…》) is a directive too. The issuer is a leader named before
 * 总书记/同志/主席/总理, or the central bodies listed before the directive (党中央、国务院决策部署).
 */
public final class DirectiveFinder {

    private static final HeadedPattern GUIDING = HeadedPattern.compile(
            "(?=[以])以(?<x>[^,。;:!?以]{4,40}?)为(?:指导|指引|根本遵循)");
    private static final Pattern REJECT_START = Pattern.compile("^(到|好|在|于|会议精神|本次|此次|这次|上述|提出)");
    /** An implementing verb (深入学习贯彻, 认真贯彻落实 …), as opposed to passing a meeting on (传达学习, 学习贯彻). */
    public static final Pattern INTENSIFIED = Pattern.compile("深入|认真|全面|坚决");
    private final Pattern listSep;
    private final Pattern meetingSpirit;
    private final HeadedPattern verbs;
    private final List<String> ends = Lexicon.longestFirst("directive_ends");
    private final Pattern leader;
    private final Organizations orgs;

    public DirectiveFinder(Organizations orgs) {
        this.orgs = orgs;
        verbs = HeadedPattern.compile("(?<verb>" + Lexicon.alternation("directive_verbs") + ")(?<x>[^,。;:!?]+)");
        listSep = Pattern.compile("(?<=精神|决策部署|重要指示批示|重要指示|重要讲话|重要论述)(?:和|、|以及|及)");
        meetingSpirit = Pattern.compile("(?:" + Lexicon.alternation("meeting_forms") + ")(?:的)?精神$");
        String surnames = String.join("", Lexicon.words("surnames").stream().filter(s -> s.length() == 1).toList());
        leader = Pattern.compile("^(?<p>[" + surnames + "]\\p{IsHan}{1,2}?)(?:总书记|同志|主席|总理)");
    }

    public List<DirectiveRef> find(Doc doc) {
        Map<String, DirectiveRef> main = new LinkedHashMap<>();
        Map<String, DirectiveRef> guiding = new LinkedHashMap<>();
        String simp = doc.simp();
        HeadedPattern.Scan found = verbs.scan(simp);
        Matcher m = found.matcher();
        while (found.find()) {
            // 深入学习贯彻A精神和B精神: a list of directives, one item per spirit
            boolean intensified = INTENSIFIED.matcher(m.group("verb")).lookingAt();
            int xs = m.start("x");
            Matcher sep = listSep.matcher(m.group("x"));
            int p = 0;
            while (true) {
                boolean more = sep.find();
                int ie = more ? sep.start() : m.group("x").length();
                String x = m.group("x").substring(p, ie);
                boolean meetingSpirit = meetingSpirit(x);
                // a meeting's spirit is a directive when implemented (深入学习贯彻), a relay when passed on (传达学习)
                if (!REJECT_START.matcher(x).find() && (!meetingSpirit || intensified)
                        && endsLikeDirective(x) != null) {
                    add(main, doc, m.start("verb"), m.end("verb"), xs + p, xs + ie);
                }
                if (!more) {
                    break;
                }
                p = sep.end();
            }
        }
        HeadedPattern.Scan guides = GUIDING.scan(simp);
        Matcher g = guides.matcher();
        while (guides.find()) {
            int xs = g.start("x");
            int xe = g.end("x");
            add(guiding, doc, g.start(), g.start() + 1, xs, xe, doc.written(g.start(), g.start() + 1) + "…"
                    + doc.written(xe, g.end()));
        }
        List<DirectiveRef> out = new ArrayList<>(main.values());
        guiding.values().stream().filter(d -> !main.containsKey(d.key())).forEach(out::add);
        return out;
    }

    private void add(Map<String, DirectiveRef> into, Doc doc, int vs, int ve, int xs, int xe) {
        add(into, doc, vs, ve, xs, xe, doc.written(vs, ve));
    }

    private void add(Map<String, DirectiveRef> into, Doc doc, int vs, int ve, int xs, int xe, String verb) {
        String text = doc.written(xs, xe);
        String key = Keys.canonical(text);
        if (into.containsKey(key)) {
            return;
        }
        into.put(key, new DirectiveRef(text, key, issuers(doc, xs, xe), verb, doc.evidence(vs, xe)));
    }

    /** X ends in the spirit of a meeting (…工作会议精神, …电视电话会议的精神). */
    private boolean meetingSpirit(String x) {
        return meetingSpirit.matcher(x).find();
    }

    private String endsLikeDirective(String x) {
        if (x.length() > 2 && x.startsWith("《") && x.endsWith("》")) {
            return "》"; // a document title: 深入贯彻落实《关于…的意见》
        }
        for (String e : ends) {
            if (x.endsWith(e)) {
                return e;
            }
        }
        return null;
    }

    private List<String> issuers(Doc doc, int xs, int xe) {
        String x = doc.simp().substring(xs, xe);
        Matcher l = leader.matcher(x);
        if (l.find()) {
            return List.of(doc.written(xs + l.start("p"), xs + l.end("p")));
        }
        List<String> out = new ArrayList<>();
        int p = 0;
        while (p < x.length()) {
            int best = 0;
            for (String c : Lexicon.longestFirst("central_bodies")) {
                if (x.startsWith(c, p)) {
                    best = c.length();
                    break;
                }
            }
            if (best == 0) {
                break;
            }
            out.add(doc.written(xs + p, xs + p + best));
            p += best;
            if (p < x.length() && (x.charAt(p) == '、' || x.charAt(p) == '和')) {
                p++;
            }
        }
        return List.copyOf(out);
    }
}
