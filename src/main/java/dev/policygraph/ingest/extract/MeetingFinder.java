package dev.policygraph.ingest.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Evidence;
import dev.policygraph.ingest.MeetingItem.DatePrecision;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.segment.Sentence;

/**
 * The meeting an article reports, from its lead: {@code <date>,<convener>召开<name ending in a form>}.
 * The convener is what stands between the clause start (after a date) and 召开; the form is the longest
 * {@code meeting_forms} entry the name ends with.
 */
public final class MeetingFinder {

    /** The lead facts of a meeting. */
    public record Lead(String name, String form, LocalDate date, DatePrecision precision, OrganizationRef convener,
            int sentence, Evidence evidence) {
    }

    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern VAGUE = Pattern.compile("日前|近日|近期|前不久|前些天");
    private static final Pattern LEAD_NOISE = Pattern.compile(
            "^(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:上午|下午|晚上|晚)?|日前|近日|近期|前不久|今天|昨天|[,\\s])+");
    private final Pattern meeting;
    private final Organizations orgs;

    public MeetingFinder(Organizations orgs) {
        this.orgs = orgs;
        meeting = Pattern.compile("(?:组织召开|主持召开|召开|举行|举办)(?<name>[^,。;:!?“”\\n]{0,60}?(?:"
                + Lexicon.alternation("meeting_forms") + "))");
    }

    public Lead find(Doc doc, LocalDate published) {
        for (Sentence s : doc.sentences()) {
            String st = doc.simp(s);
            Matcher m = meeting.matcher(st);
            if (!m.find()) {
                continue;
            }
            int nameStart = s.start() + m.start("name");
            int nameEnd = s.start() + m.end("name");
            String name = doc.written(nameStart, nameEnd);
            String nameSimp = st.substring(m.start("name"), m.end("name"));
            String form = formOf(doc, nameStart, nameSimp);
            // convener: from the clause start to the verb, minus a leading date
            int clauseStart = Math.max(st.lastIndexOf(',', m.start()), Math.max(st.lastIndexOf(':', m.start()),
                    st.lastIndexOf(';', m.start()))) + 1;
            String before = st.substring(clauseStart, m.start());
            Matcher noise = LEAD_NOISE.matcher(before);
            int convStart = noise.find() ? noise.end() : 0;
            String conv = before.substring(convStart);
            OrganizationRef convener = null;
            if (conv.length() >= 2 && orgs.looksLikeBody(conv)) {
                convener = orgs.of(doc.written(s.start() + clauseStart + convStart, s.start() + m.start()));
            } else {
                convener = convenerInName(doc, nameStart, nameSimp);
            }
            // date: in the sentence before the verb, else vague words
            LocalDate date = null;
            DatePrecision precision = DatePrecision.UNKNOWN;
            Matcher d = DATE.matcher(st.substring(0, m.start()));
            if (d.find()) {
                Integer y = d.group(1) == null ? null : Integer.valueOf(d.group(1));
                date = MeetingDates.resolve(y, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)), published);
                precision = date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
            } else if (VAGUE.matcher(st.substring(0, m.start())).find() && published != null) {
                date = published.withDayOfMonth(1);
                precision = DatePrecision.MONTH;
            }
            return new Lead(name, form, date, precision, convener, s.index(),
                    doc.evidence(s.start() + m.start(), nameEnd));
        }
        return null;
    }

    private static String formOf(Doc doc, int nameStart, String nameSimp) {
        for (String f : Lexicon.longestFirst("meeting_forms")) {
            if (nameSimp.endsWith(f)) {
                int st = nameStart + nameSimp.length() - f.length();
                return doc.written(st, nameStart + nameSimp.length());
            }
        }
        return null;
    }

    /** 召开国家邮政局党组会议: the body named at the start of the meeting name. */
    private OrganizationRef convenerInName(Doc doc, int nameStart, String nameSimp) {
        String n = nameSimp.replaceFirst("^\\d{4}年度?", "");
        int offset = nameSimp.length() - n.length();
        for (int len = Math.min(20, n.length() - 2); len >= 3; len--) {
            String cand = n.substring(0, len);
            if (orgs.looksLikeBody(cand) && !cand.endsWith("会") && (cand.endsWith("局") || cand.endsWith("厅")
                    || cand.endsWith("部") || cand.endsWith("委") || cand.endsWith("政府") || cand.endsWith("委员会"))) {
                return orgs.of(doc.written(nameStart + offset, nameStart + offset + len));
            }
        }
        return null;
    }

    static String simplified(String s) {
        return Script.simplify(s);
    }
}
