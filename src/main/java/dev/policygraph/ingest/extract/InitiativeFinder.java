package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.InitiativeRef;
import dev.policygraph.ingest.PartOf;
import dev.policygraph.ingest.lexicon.HeadedPattern;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.script.Han;

/**
 * Named programmes: quoted names (“快递进村”) unless they are slogans (四个意识), with a following 规划 merged
 * into the name (“十三五”规划 → 十三五规划); and known programmes from {@code lexicon/initiatives.txt} found
 * without quotes. Aliases map to one key (快递进农村 → 快递进村).
 */
public final class InitiativeFinder {

    /** One place an initiative is named; tasks pick up the initiatives mentioned inside them. */
    public record Mention(String key, int start, int end, boolean quoted) {
    }

    /** Everything found: deduplicated initiatives, all mentions, part-of links from parentheses and the lexicon. */
    public record Result(List<InitiativeRef> initiatives, List<Mention> mentions, List<PartOf> partOf) {
    }

    private static final HeadedPattern QUOTED = HeadedPattern.compile("(?=[“])“([^“”,。;:!?]{1,12})”");
    private static final Pattern CHILD_LIST = Pattern.compile("^\\(([^()]{2,60})\\)");
    private final Set<String> slogans = Set.copyOf(Lexicon.words("slogans"));
    private final Map<String, String> programmeWords = Lexicon.pairs("programme_words");
    private final Map<String, String> alias = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final List<String> known = new ArrayList<>();

    public InitiativeFinder() {
        for (Map.Entry<String, String> e : Lexicon.pairs("initiatives").entrySet()) {
            String full = e.getKey() + (e.getValue().isEmpty() ? "" : "=" + e.getValue());
            int gt = full.indexOf('>');
            String head = gt < 0 ? full : full.substring(0, gt);
            String name = head.split("=")[0].trim();
            String rest = head.contains("=") ? head.substring(head.indexOf('=') + 1) : "";
            if (gt >= 0) {
                parent.put(name, full.substring(gt + 1).trim());
            }
            known.add(name);
            alias.put(name, name);
            for (String a : rest.split("\\|")) {
                if (!a.isBlank()) {
                    alias.put(a.trim(), name);
                    known.add(a.trim());
                }
            }
        }
        known.sort((a, b) -> b.length() - a.length());
    }

    /** Canonical key of an initiative name after alias resolution. */
    public String key(String name) {
        String k = Keys.canonical(name);
        return alias.getOrDefault(k, k);
    }

    public Result find(Doc doc) {
        String simp = doc.simp();
        Map<String, InitiativeRef> refs = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<PartOf> links = new ArrayList<>();
        boolean[] covered = new boolean[simp.length() + 1];
        HeadedPattern.Scan quotes = QUOTED.scan(simp);
        Matcher q = quotes.matcher();
        while (quotes.find()) {
            String inner = q.group(1);
            // a quote without Han names a programme only as a code before a programme word (“9792”工程)
            if (slogans.contains(inner) || !Han.any(inner)
                    && programmeWordAt(simp, q.end()) == null) {
                continue;
            }
            int end = q.end();
            String written = doc.written(q.start(1), q.end(1));
            String word = programmeWordAt(simp, end);
            if (word != null && "merge".equals(programmeWords.get(word))) {
                written = written + doc.written(end, end + word.length());
                end += word.length();
            }
            String key = key(written);
            refs.putIfAbsent(key, new InitiativeRef(written, key, doc.evidence(q.start(), end)));
            mentions.add(new Mention(key, q.start(), end, true));
            for (int i = q.start(); i < end; i++) {
                covered[i] = true;
            }
            // “两进一出”工程(快递进厂、快递进村、快递出海): the parenthesis lists the parts
            int after = word == null ? end : end + word.length();
            Matcher c = CHILD_LIST.matcher(simp).region(Math.min(after, simp.length()), simp.length());
            if (c.find()) {
                int cs = c.start(1);
                for (String child : c.group(1).split("、")) {
                    String ck = key(child);
                    int at = simp.indexOf(child, cs);
                    refs.putIfAbsent(ck, new InitiativeRef(doc.written(at, at + child.length()), ck,
                            doc.evidence(at, at + child.length())));
                    mentions.add(new Mention(ck, at, at + child.length(), false));
                    links.add(new PartOf(ck, key, doc.evidence(q.start(), after + c.end())));
                }
            }
        }
        for (String k : known) {
            for (int i = simp.indexOf(k); i >= 0; i = simp.indexOf(k, i + 1)) {
                if (covered[i]) {
                    continue;
                }
                String key = alias.getOrDefault(k, k);
                refs.putIfAbsent(key, new InitiativeRef(doc.written(i, i + k.length()), key, doc.evidence(i, i + k.length())));
                mentions.add(new Mention(key, i, i + k.length(), false));
                for (int j = i; j < i + k.length(); j++) {
                    covered[j] = true;
                }
            }
        }
        mentions.sort((a, b) -> a.start() - b.start());
        return new Result(new ArrayList<>(refs.values()), mentions, links);
    }

    /** Lexicon part-of links for initiatives both present, unless already linked. */
    public List<PartOf> lexiconLinks(Map<String, InitiativeRef> present, List<PartOf> existing) {
        List<PartOf> out = new ArrayList<>();
        for (Map.Entry<String, String> e : parent.entrySet()) {
            InitiativeRef child = present.get(e.getKey());
            if (child != null && present.containsKey(e.getValue()) && existing.stream()
                    .noneMatch(p -> p.childKey().equals(e.getKey()) && p.parentKey().equals(e.getValue()))) {
                out.add(new PartOf(e.getKey(), e.getValue(), child.evidence()));
            }
        }
        return out;
    }

    private String programmeWordAt(String simp, int i) {
        String best = null;
        for (String w : programmeWords.keySet()) {
            if (simp.startsWith(w, i) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }
}
