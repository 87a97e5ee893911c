package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.TaskItem;
import dev.policygraph.ingest.TaskItem.Kind;
import dev.policygraph.ingest.lexicon.HeadedPattern;
import dev.policygraph.ingest.segment.Sentence;

/**
 * Numbered items of a speech, per paragraph:
 * <ul>
 * <li>tasks {@code 要以<focus>为重点,<goal>。<actions>;要以…} (TASK);</li>
 * <li>{@code 一是…二是…} (or {@code 一要…二要…}) — ACHIEVEMENT when the items do not start with 要, else TASK (REQUIREMENT when the
 * paragraph speaks of 要求);</li>
 * <li>{@code 提出N点要求:要…;要…} (REQUIREMENT): headline up to the first comma, the rest are actions; skipped
 * when the paragraph's demands are numbered (一是要…) or focused (要以…为重点), which already yields them;</li>
 * <li>{@code 马某强调,要…,要…} (REQUIREMENT, one per 要 clause, running to the next 要 clause; headline up to the
 * first 。 or ;) when the paragraph has no other items.</li>
 * </ul>
 * The setter is the official whose bare name opens the paragraph's speech (马某要求), resolved by the caller.
 */
public final class TaskFinder {

    private static final Pattern FOCUS = Pattern.compile("要?以(?<focus>[^,。;:]{2,40}?)为重点,(?<goal>[^,。;]+)");
    private static final HeadedPattern ORDINAL = HeadedPattern.compile(
            "(?=[一二三四五六七八九十])(?<=^|[,。;:])([一二三四五六七八九十]{1,2})(?:是(?<yao>要)?|(?<short>要))");
    private static final Pattern DEMANDS = Pattern.compile("提出(?:了)?(?:[一二两三四五六七八九十\\d]{1,2})点(?:具体|工作)?(?:要求|意见)[:,]");
    private static final Pattern UNNUMBERED = Pattern.compile("^\\p{IsHan}{2,6}?(?:"
            + SpeechVerbs.alternation(SpeechVerbs.Use.DEMANDS) + ")[,:]");
    private static final Pattern ACTION_SPLIT = Pattern.compile("[,;。]");

    /** Tasks found in a paragraph, with the paragraph's first offset (the caller finds the setter). */
    public List<TaskItem> find(Doc doc, Function<Integer, String> setterAt) {
        List<TaskItem> out = new ArrayList<>();
        int[] counters = new int[Kind.values().length];
        int para = -1;
        int ps = 0;
        for (int i = 0; i <= doc.sentences().size(); i++) {
            Sentence s = i < doc.sentences().size() ? doc.sentences().get(i) : null;
            if (s == null || s.paragraph() != para) {
                if (para >= 0) {
                    int pe = doc.sentences().get(i - 1).end();
                    paragraph(doc, ps, pe, setterAt.apply(ps), counters, out);
                }
                if (s != null) {
                    para = s.paragraph();
                    ps = s.start();
                }
            }
        }
        return out;
    }

    private void paragraph(Doc doc, int ps, int pe, String setter, int[] counters, List<TaskItem> out) {
        String simp = doc.simp().substring(ps, pe);
        // 要以…为重点
        Matcher f = FOCUS.matcher(simp.contains("为重点") ? simp : "");
        List<int[]> starts = new ArrayList<>();
        while (f.find()) {
            starts.add(new int[] {f.start(), f.start("focus"), f.end("focus"), f.start("goal"), f.end("goal")});
        }
        for (int k = 0; k < starts.size(); k++) {
            int[] st = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : simp.length();
            out.add(item(doc, Kind.TASK, ++counters[Kind.TASK.ordinal()], ps, st[0], end, st[1], st[2], st[3], st[4],
                    setter));
        }
        // 一是…二是…
        HeadedPattern.Scan ordinals = ORDINAL.scan(simp.contains("是") || simp.contains("要") ? simp : "");
        Matcher o = ordinals.matcher();
        List<int[]> ords = new ArrayList<>();
        boolean yao = false;
        while (ordinals.find()) {
            if (ords.isEmpty() && !o.group(1).equals("一")) {
                continue;
            }
            ords.add(new int[] {o.start(), o.end()});
            yao |= o.group("yao") != null || o.group("short") != null; // 一是要… or 一要…
        }
        if (ords.size() >= 2 && starts.isEmpty()) {
            Kind kind = !yao ? Kind.ACHIEVEMENT : simp.contains("要求") ? Kind.REQUIREMENT : Kind.TASK;
            for (int k = 0; k < ords.size(); k++) {
                int bodyStart = ords.get(k)[1];
                int end = k + 1 < ords.size() ? ords.get(k + 1)[0] : simp.length();
                int head = firstOf(simp, bodyStart, end, "。;");
                out.add(item(doc, kind, ++counters[kind.ordinal()], ps, ords.get(k)[0], end, -1, -1, bodyStart, head,
                        setter));
            }
        }
        int before = out.size();
        // 提出三点要求:要…;要… — only when the demands are not already numbered (一是…) or focused (以…为重点)
        Matcher d = DEMANDS.matcher(simp.contains("点") && starts.isEmpty() && ords.size() < 2 ? simp : "");
        if (d.find()) {
            int p = d.end();
            while (p < simp.length()) {
                int end = firstOf(simp, p, simp.length(), ";");
                end = end < simp.length() ? end : simp.length();
                int head = firstOf(simp, p, end, ",。");
                if (head > p) {
                    out.add(item(doc, Kind.REQUIREMENT, ++counters[Kind.REQUIREMENT.ordinal()], ps, p, end, -1, -1, p,
                            head, setter));
                }
                p = end + 1;
            }
        }
        // 马某强调,要…,要…: unnumbered demands of a speech, only when nothing else was found in the paragraph
        Matcher u = UNNUMBERED.matcher(simp);
        if (out.size() == before && starts.isEmpty() && ords.size() < 2 && u.lookingAt()) {
            List<int[]> clauses = new ArrayList<>();
            int cs = u.end();
            for (int i = u.end(); i <= simp.length(); i++) {
                if (i == simp.length() || ",;。".indexOf(simp.charAt(i)) >= 0) {
                    if (i > cs && simp.startsWith("要", cs)) {
                        clauses.add(new int[] {cs, i});
                    }
                    cs = i + 1;
                }
            }
            if (clauses.size() >= 2) {
                // a demand runs to the next 要 clause; its headline to the first 。/; (要以甲为抓手,做好乙。措施;要…)
                for (int k = 0; k < clauses.size(); k++) {
                    int[] c = clauses.get(k);
                    int end = k + 1 < clauses.size() ? clauses.get(k + 1)[0] : simp.length();
                    int head = firstOf(simp, c[0], end, "。;");
                    while (head > c[0] && ",;。".indexOf(simp.charAt(head - 1)) >= 0) {
                        head--;
                    }
                    out.add(item(doc, Kind.REQUIREMENT, ++counters[Kind.REQUIREMENT.ordinal()], ps, c[0], end, -1, -1,
                            c[0], head, setter));
                }
            }
        }
    }

    private static int firstOf(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }

    /** Offsets relative to the paragraph start ps; focus offsets -1 when absent. */
    private static TaskItem item(Doc doc, Kind kind, int n, int ps, int start, int end, int fs, int fe, int gs, int ge,
            String setter) {
        String simp = doc.simp();
        int e = end;
        while (e > start && ";,。 ".indexOf(simp.charAt(ps + e - 1)) >= 0) {
            e--;
        }
        String focus = fs < 0 ? null : doc.written(ps + fs, ps + fe);
        String goal = doc.written(ps + gs, ps + ge);
        List<String> actions = new ArrayList<>();
        int a = ge;
        while (a < e && ",;。".indexOf(simp.charAt(ps + a)) >= 0) {
            a++;
        }
        if (a < e) {
            for (String part : ACTION_SPLIT.split(doc.written(ps + a, ps + e))) {
                if (!part.isBlank()) {
                    actions.add(part.strip());
                }
            }
        }
        return new TaskItem(kind, n, focus, goal, doc.written(ps + start, ps + e), List.copyOf(actions), setter,
                List.of(), doc.evidence(ps + start, ps + e));
    }
}
