package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Keys;

/**
 * References to a higher meeting whose spirit is relayed: {@code 传达学习 <X会议>精神}, also {@code 传达了}. After
 * an implementing verb ({@code 深入学习贯彻}, {@code 认真贯彻落实}) the meeting's spirit is a directive, not a relay;
 * in a list ({@code A精神和B会议精神}) the meeting is the last item. X may start with the
 * convener and a year ({@code 国家邮政局2020年…会议}); the key is built by {@link Keys#meetingKey} like a meeting's.
 */
public final class RelayFinder {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度?");
    private static final Pattern INTENSIFIER = Pattern.compile("(?:深入|认真|全面|坚决)$");
    private static final Pattern LIST = Pattern.compile("精神(?:和|、|以及|及)");
    private static final Pattern GENERIC = Pattern.compile("^(本次|此次|这次|上述|该|会议|学习|贯彻|落实)");
    private final Pattern relay;
    private final Organizations orgs;

    public RelayFinder(Organizations orgs) {
        this.orgs = orgs;
        relay = Pattern.compile("(?<verb>" + Lexicon.alternation("relay_verbs") + ")(?:了)?(?<x>[^,。;:!?、“”]{2,60}?(?:"
                + Lexicon.alternation("meeting_forms") + "))(?:的)?精神");
    }

    public List<RelayRef> find(Doc doc, Integer publicationYear) {
        Map<String, RelayRef> out = new LinkedHashMap<>();
        Matcher m = relay.matcher(doc.simp().contains("精神") ? doc.simp() : "");
        while (m.find()) {
            String x = m.group("x");
            int xs = m.start("x");
            // 深入学习贯彻…会议精神 implements a directive (DirectiveFinder), it does not pass a meeting on
            if (m.start() > 0 && INTENSIFIER.matcher(doc.simp().substring(Math.max(0, m.start() - 2), m.start())).find()) {
                continue;
            }
            // 学习贯彻A精神和B会议精神: the meeting is the last item of the list
            Matcher list = LIST.matcher(x);
            int cut = 0;
            while (list.find()) {
                cut = list.end();
            }
            x = x.substring(cut);
            xs += cut;
            if (GENERIC.matcher(x).find() || x.length() < 4) {
                continue;
            }
            Integer year = publicationYear;
            OrganizationRef conv = null;
            int nameStart = xs;
            Matcher y = YEAR.matcher(x);
            if (y.find()) {
                year = Integer.valueOf(y.group(1));
                String before = x.substring(0, y.start());
                if (before.length() >= 2 && orgs.looksLikeBody(before)) {
                    conv = orgs.of(doc.written(xs, xs + y.start()));
                    nameStart = xs + y.start();
                } else if (before.isEmpty()) {
                    nameStart = xs;
                }
            }
            String name = doc.written(nameStart, m.end("x"));
            String key = Keys.meetingKey(year, conv == null ? null : conv.key(), name, null);
            out.putIfAbsent(key, new RelayRef(name, key, year, conv, doc.evidence(m.start(), m.end())));
        }
        return new ArrayList<>(out.values());
    }
}
