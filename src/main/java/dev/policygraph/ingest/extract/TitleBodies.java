package dev.policygraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.script.Han;
import dev.policygraph.ingest.script.Keys;

/**
 * Whose body a title names: the one it writes ({@code 省公安厅厅长}), else the convener's when the title can be of it
 * ({@code 局长} of a bureau's meeting), else none ({@code 青海省副省长}: a government the article does not name).
 */
final class TitleBodies {

    private final Organizations orgs;
    private final Titles titles;

    TitleBodies(Organizations orgs, Titles titles) {
        this.orgs = orgs;
        this.titles = titles;
    }

    /** The body written right before a name (国家邮政局马军胜局长), or null; it starts after the last 的 or 以及. */
    String bodyBefore(String st, int nameStart) {
        int from = nameStart;
        while (from > 0 && Han.is(st.charAt(from - 1)) && nameStart - from < 20) {
            from--;
        }
        // …工作的意见以及市委甲书记, …的重要讲话和省法院乙院长, 领学了省局乙局长所作的报告: a body never runs back
        // across 的, 了 or 以及
        String run = st.substring(from, nameStart);
        from += Math.max(Math.max(run.lastIndexOf('的'), run.lastIndexOf('了')) + 1,
                run.lastIndexOf("以及") < 0 ? 0 : run.lastIndexOf("以及") + 2);
        for (int i = from; i < nameStart - 1; i++) {
            String cand = st.substring(i, nameStart);
            if (orgs.looksLikeBody(cand) && !cand.startsWith("召开") && !cand.startsWith("会议")) {
                return cand;
            }
        }
        return null;
    }

    /**
     * The body of an official's titles: the first that one of them gives (副省长、省公安厅厅长: not the 公安厅's by
     * the first, the 公安厅 by the second).
     */
    OrganizationRef orgOf(List<String> titleList, OrganizationRef convener) {
        for (String t : titleList) {
            OrganizationRef o = orgOf(Keys.canonical(t), t, convener);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /**
     * Each title's own body: the one it names, else the title before it's or the official's when the title can be
     * of it (省文化和旅游厅党组书记、厅长、省文物局局长; 副市长、市公安局党委书记、局长: none named for 副市长).
     */
    List<OrganizationRef> bodiesOf(OfficialRef o) {
        List<OrganizationRef> out = new ArrayList<>();
        OrganizationRef before = null;
        for (String t : o.titles()) {
            OrganizationRef body = orgOf(Keys.canonical(t), t, before != null ? before : o.organization());
            out.add(body);
            before = body != null ? body : before;
        }
        return out;
    }

    /** 局党组书记 → the convener when it ends in 局; 国家邮政局党组书记 → 国家邮政局; no prefix → the convener. */
    OrganizationRef orgOf(String firstTitle, String written, OrganizationRef convener) {
        String prefix = firstTitle;
        for (String t : titles.words()) {
            if (prefix.endsWith(t)) {
                prefix = prefix.substring(0, prefix.length() - t.length());
                break;
            }
        }
        prefix = Levels.withoutPartyBody(prefix);
        if (prefix.isEmpty()) {
            return headsConvener(firstTitle, convener) ? convener : null;
        }
        if (prefix.length() <= 2) {
            String unit = prefix.substring(prefix.length() - 1);
            return convener != null && Levels.withoutPartyBody(Keys.canonical(convener.name())).endsWith(unit) ? convener
                    : null; // 厅党组书记 of 省自然资源厅党组
        }
        if (orgs.looksLikeBody(prefix)) {
            return orgs.of(written.substring(0, prefix.length()));
        }
        // 青海省副省长: a place's government, which the article does not name; not the convener's
        return PLACE.matcher(prefix).matches() ? null : convener;
    }

    /** A place written before a title: 青海省, 福州市, 闽侯县, 新疆维吾尔自治区. */
    private static final Pattern PLACE = Pattern.compile("\\p{IsHan}{1,8}(?:省|市|县|区|自治州|州|盟|旗)");

    /** The head of a unit by its last character: 局长, 副厅长, 院长, 会长, 省长, 县长. */
    private static final Pattern UNIT_HEAD = Pattern.compile("(?:常务)?副?(?<unit>[局厅部院会省市县区镇乡社行])长");

    /** The unit characters that name a place, whose head heads its government (县长: 县政府, 省长: 福建省人民政府). */
    private static final String PLACES = "省市县区镇乡";

    /**
     * Whether a title that names no body can be the convener's: a unit's head (局长, 会长, 县长) only of a body of
     * that unit (…局, …会, …县(人民)政府), so that a 省长 named in a 贸促会's report is not the 贸促会's.
     */
    static boolean headsConvener(String title, OrganizationRef convener) {
        if (convener == null) {
            return false;
        }
        Matcher h = UNIT_HEAD.matcher(title);
        if (!h.matches()) {
            return true;
        }
        String unit = h.group("unit");
        String body = Levels.withoutPartyBody(Keys.canonical(convener.name()));
        if (PLACES.contains(unit)) { // 板浦镇 itself, or its government
            String government = body.endsWith("人民政府") ? body.substring(0, body.length() - 4)
                    : body.endsWith("政府") ? body.substring(0, body.length() - 2) : body;
            return government.endsWith(unit);
        }
        return body.endsWith(unit);
    }
}
