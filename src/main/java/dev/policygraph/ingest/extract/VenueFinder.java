package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.Venue;

/**
 * Who took part where: {@code 局机关各司室、直属单位负责同志在主会场,各省(区、市)邮政管理局负责同志在各分会场参加会议}.
 * Attendees are split on 、 outside parentheses; the trailing 负责同志 etc. is dropped.
 */
public final class VenueFinder {

    private static final Pattern VENUE = Pattern.compile(
            "(?<=^|[,;。:])(?<who>[^,;。:]{2,80}?)在(?<venue>(?:各)?(?:主|分)会场|[\\p{IsHan}]{0,8}会场)");
    private static final Pattern PEOPLE = Pattern.compile("(?:主要|有关)?(?:负责同志|负责人|同志|人员|干部职工|干部)(?:等)?$");
    private final Organizations orgs;

    public VenueFinder(Organizations orgs) {
        this.orgs = orgs;
    }

    public List<Venue> find(Doc doc) {
        List<Venue> out = new ArrayList<>();
        for (var s : doc.sentences()) {
            String st = doc.simp(s);
            if (!st.contains("会场")) {
                continue;
            }
            Matcher m = VENUE.matcher(st);
            while (m.find()) {
                String who = m.group("who");
                Matcher p = PEOPLE.matcher(who);
                int whoEnd = p.find() ? p.start() : who.length();
                List<OrganizationRef> att = new ArrayList<>();
                int depth = 0;
                int from = 0;
                for (int i = 0; i <= whoEnd; i++) {
                    char c = i < whoEnd ? who.charAt(i) : '、';
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    if (c == '、' && depth == 0) {
                        if (i > from) {
                            int a = s.start() + m.start("who") + from;
                            att.add(orgs.of(doc.written(a, s.start() + m.start("who") + i)));
                        }
                        from = i + 1;
                    }
                }
                int vs = s.start() + m.start("venue");
                out.add(new Venue(doc.written(vs, s.start() + m.end("venue")), List.copyOf(att),
                        doc.evidence(s.start() + m.start(), s.start() + m.end())));
            }
        }
        return out;
    }
}
