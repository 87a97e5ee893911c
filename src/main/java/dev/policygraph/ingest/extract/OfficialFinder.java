package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import dev.policygraph.ingest.Evidence;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.Participation;
import dev.policygraph.ingest.Role;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.segment.Sentence;

/**
 * Officials and their roles. Titles come before names and may be lists joined by 、
 * ({@code 局党组成员、副局长王芳、周涛、陈明}: three people, each with both titles). A name must start with a
 * known surname and be followed by 、, punctuation, a role or speech verb. A name without a title counts only
 * when a role verb (主持, 出席) follows and HanLP also tags it as a person name.
 */
public final class OfficialFinder {

    /** Officials in order of first mention, and their roles at the reported meeting. */
    public record Result(List<OfficialRef> officials, List<Participation> participations) {
    }

    private static final Pattern CUT_PREFIX = Pattern.compile(".*(?:会议|召开|出席|主持|参加|的|有|和|及|与|由|在|是|了)");
    private static final int MAX_TITLE_PREFIX = 14;
    private final Pattern untitled;
    private final Set<String> surnames = Set.copyOf(Lexicon.words("surnames"));
    private final Map<String, String> roles = Lexicon.pairs("role_verbs");
    private final List<String> followers = new ArrayList<>();
    private final List<String> titles = Lexicon.longestFirst("titles");
    private final Organizations orgs;

    public OfficialFinder(Organizations orgs) {
        this.orgs = orgs;
        untitled = Pattern.compile("(?<=^|[,。;:、])(?<name>\\p{IsHan}{2,3}?)(?=主持|出席)");
        followers.addAll(roles.keySet());
        followers.addAll(Lexicon.words("speech_verbs"));
        followers.addAll(List.of("同志", "等", "一行", "带队", "率", "代表", "并"));
    }

    public Result find(Doc doc, OrganizationRef convener) {
        Map<String, OfficialRef> byKey = new LinkedHashMap<>();
        List<Participation> parts = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            String st = doc.simp(s);
            int from = 0;
            // Officials listed one title group after another (副局长甲,二级巡视员乙出席会议) share the verb at the end.
            List<int[]> waiting = new ArrayList<>();
            List<OfficialRef> waitingOfficials = new ArrayList<>();
            int waitingUntil = -1;
            for (int e : titleEnds(st)) {
                if (e < from) {
                    continue;
                }
                List<int[]> names = new ArrayList<>();
                int p = e;
                int[] n = name(st, p);
                while (n != null) {
                    names.add(n);
                    p = n[1];
                    n = p < st.length() && st.charAt(p) == '、' ? name(st, p + 1) : null;
                }
                if (names.isEmpty()) {
                    continue;
                }
                int tStart = titlesStart(st, e);
                Matcher cut = CUT_PREFIX.matcher(st.substring(tStart, e));
                if (cut.lookingAt() && cut.end() < e - tStart) {
                    tStart += cut.end();
                }
                List<String> titleList = splitTitles(doc, s.start() + tStart, s.start() + e);
                OrganizationRef org = orgOf(Keys.canonical(titleList.get(0)), titleList.get(0), convener);
                int clauseEnd = clauseEnd(st, p);
                List<Role> rs = rolesIn(st.substring(p, clauseEnd));
                if (tStart != waitingUntil) {
                    waiting.clear();
                    waitingOfficials.clear();
                }
                for (int i = 0; i < waiting.size() && !rs.isEmpty(); i++) {
                    for (Role r : rs) {
                        parts.add(new Participation(waitingOfficials.get(i).key(), r,
                                doc.evidence(s.start() + waiting.get(i)[0], s.start() + clauseEnd)));
                    }
                }
                if (!rs.isEmpty()) {
                    waiting.clear();
                    waitingOfficials.clear();
                }
                for (int[] nm : names) {
                    String written = doc.written(s.start() + nm[0], s.start() + nm[1]);
                    Evidence ev = doc.evidence(s.start() + tStart, s.start() + nm[1]);
                    OfficialRef o = add(byKey, written, titleList, org, ev);
                    for (Role r : rs) {
                        parts.add(new Participation(o.key(), r, doc.evidence(s.start() + nm[0], s.start() + clauseEnd)));
                    }
                    if (rs.isEmpty() && clauseEnd == p && p < st.length() && st.charAt(p) == ',') {
                        waiting.add(nm);
                        waitingOfficials.add(o);
                    }
                }
                waitingUntil = rs.isEmpty() && clauseEnd == p ? p + 1 : -1;
                from = p;
            }
            untitledIn(doc, s, st, byKey, parts);
        }
        return new Result(List.copyOf(byKey.values()), dedupe(parts));
    }

    private void untitledIn(Doc doc, Sentence s, String st, Map<String, OfficialRef> byKey, List<Participation> parts) {
        Matcher u = untitled.matcher(st);
        while (u.find()) {
            String simpName = u.group("name");
            if (!surnames.contains(simpName.substring(0, 1)) || known(byKey, simpName) != null) {
                continue;
            }
            boolean hanlpSaysName = false;
            Segment seg = HanLP.newSegment().enableNameRecognize(true);
            for (Term term : seg.seg(st)) {
                if (term.nature != null && term.nature.startsWith("nr") && term.word.equals(simpName)) {
                    hanlpSaysName = true;
                }
            }
            if (!hanlpSaysName) {
                continue;
            }
            String written = doc.written(s.start() + u.start("name"), s.start() + u.end("name"));
            OfficialRef o = add(byKey, written, List.of(), null, doc.evidence(s.start() + u.start(), s.start() + u.end()));
            int ce = clauseEnd(st, u.end());
            for (Role r : rolesIn(st.substring(u.end(), ce))) {
                parts.add(new Participation(o.key(), r, doc.evidence(s.start() + u.start(), s.start() + ce)));
            }
        }
    }

    /** The official already introduced under this simplified name, or null. */
    public static OfficialRef known(Map<String, OfficialRef> byKey, String simpName) {
        for (OfficialRef o : byKey.values()) {
            if (o.simplifiedName().equals(simpName)) {
                return o;
            }
        }
        return null;
    }

    private OfficialRef add(Map<String, OfficialRef> byKey, String written, List<String> titleList,
            OrganizationRef org, Evidence ev) {
        String key = Keys.officialKey(written, org == null ? null : org.key());
        OfficialRef old = byKey.get(key);
        if (old != null) {
            List<String> merged = new ArrayList<>(old.titles());
            titleList.stream().filter(t -> !merged.contains(t)).forEach(merged::add);
            OfficialRef o = new OfficialRef(old.name(), key, old.simplifiedName(), List.copyOf(merged), old.organization(), old.evidence());
            byKey.put(key, o);
            return o;
        }
        OfficialRef o = new OfficialRef(written, key, Keys.canonical(written), List.copyOf(titleList), org, ev);
        byKey.put(key, o);
        return o;
    }

    /** Sorted offsets right after a title word followed by a Han character (where a name may start). */
    private List<Integer> titleEnds(String st) {
        java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
        for (String t : titles) {
            for (int i = st.indexOf(t); i >= 0; i = st.indexOf(t, i + 1)) {
                int e = i + t.length();
                if (e < st.length() && isHan(st.charAt(e))) {
                    ends.add(e);
                }
            }
        }
        return new ArrayList<>(ends);
    }

    /**
     * Start of the 、-joined title list ending at {@code e}: each item ends with a title word and may carry up to
     * {@value #MAX_TITLE_PREFIX} Han characters before it (局党组书记, 浙江省生态环境厅党组书记).
     */
    private int titlesStart(String st, int e) {
        int pos = e;
        int start = e;
        while (true) {
            String t = titleEndingAt(st, pos);
            if (t == null) {
                return start;
            }
            int k = pos - t.length();
            int limit = Math.max(0, k - MAX_TITLE_PREFIX);
            while (k > limit && isHan(st.charAt(k - 1))) {
                k--;
            }
            start = k;
            if (k > 0 && st.charAt(k - 1) == '、' && titleEndingAt(st, k - 1) != null) {
                pos = k - 1;
            } else {
                return start;
            }
        }
    }

    private String titleEndingAt(String st, int pos) {
        for (String t : titles) {
            if (pos - t.length() >= 0 && st.startsWith(t, pos - t.length())) {
                return t;
            }
        }
        return null;
    }

    private static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }

    private List<String> splitTitles(Doc doc, int start, int end) {
        List<String> out = new ArrayList<>();
        int p = start;
        for (int i = start; i <= end; i++) {
            if (i == end || doc.simp().charAt(i) == '、') {
                if (i > p) {
                    out.add(doc.written(p, i));
                }
                p = i + 1;
            }
        }
        return out;
    }

    /** 局党组书记 → the convener when it ends in 局; 国家邮政局党组书记 → 国家邮政局; no prefix → the convener. */
    private OrganizationRef orgOf(String firstTitle, String written, OrganizationRef convener) {
        String prefix = firstTitle;
        for (String t : titles) {
            if (prefix.endsWith(t)) {
                prefix = prefix.substring(0, prefix.length() - t.length());
                break;
            }
        }
        prefix = prefix.replaceFirst("(党组|党委|纪检监察组)$", "");
        if (prefix.isEmpty()) {
            return convener;
        }
        if (prefix.length() <= 2) {
            String unit = prefix.substring(prefix.length() - 1);
            return convener != null && Keys.canonical(convener.name()).endsWith(unit) ? convener : null;
        }
        if (orgs.looksLikeBody(prefix)) {
            return orgs.of(written.substring(0, prefix.length()));
        }
        return convener;
    }

    /** [start, end) of a name at p, or null. Tries 3, 2 then 4 chars; compound surnames need 3 or 4. */
    private int[] name(String st, int p) {
        for (int len : new int[] {3, 2, 4}) {
            int e = p + len;
            if (e > st.length()) {
                continue;
            }
            String cand = st.substring(p, e);
            if (!cand.chars().allMatch(c -> c >= 0x3400 && c <= 0x9FFF)) {
                continue;
            }
            boolean compound = surnames.contains(cand.substring(0, 2));
            if (!(surnames.contains(cand.substring(0, 1)) || compound) || (len == 4 && !compound)) {
                continue;
            }
            if (follows(st, e)) {
                return new int[] {p, e};
            }
        }
        return null;
    }

    private boolean follows(String st, int i) {
        if (i >= st.length()) {
            return true;
        }
        if ("、,。;:!?(".indexOf(st.charAt(i)) >= 0) {
            return true;
        }
        for (String f : followers) {
            if (st.startsWith(f, i)) {
                return true;
            }
        }
        return false;
    }

    private static int clauseEnd(String st, int p) {
        for (int i = p; i < st.length(); i++) {
            if (",;。:!?".indexOf(st.charAt(i)) >= 0) {
                return i;
            }
        }
        return st.length();
    }

    private List<Role> rolesIn(String clause) {
        List<Role> out = new ArrayList<>();
        for (Map.Entry<String, String> e : roles.entrySet()) {
            Role r = Role.valueOf(e.getValue());
            if (clause.contains(e.getKey()) && !out.contains(r)) {
                out.add(r);
            }
        }
        out.sort(null);
        return out;
    }

    private static List<Participation> dedupe(List<Participation> parts) {
        Map<String, Participation> m = new LinkedHashMap<>();
        for (Participation p : parts) {
            m.putIfAbsent(p.officialKey() + "|" + p.role(), p);
        }
        return List.copyOf(m.values());
    }
}
