package dev.policygraph.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.script.Script;

/** Builds {@link OrganizationRef}s and infers their administrative level from lexicons. */
public final class Organizations {

    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)|（[^）]*）");
    private static final Pattern PROVINCE_WORD = Pattern.compile("^[\\p{IsHan}]{2,3}(省|自治区).*");
    private static final Pattern COUNTY_IN = Pattern.compile(".*?[\\p{IsHan}]+(县|区)(?!域).*");
    private static final Pattern CITY_IN = Pattern.compile(".*?[\\p{IsHan}]+(市|州|盟).*");
    private static final Pattern MINISTRY_WORD = Pattern.compile("^[\\p{IsHan}]{2,8}(部|总局|署)$");
    private static final Pattern COUNTY_START = Pattern.compile("^[\\p{IsHan}]{1,6}(县|区)(?!域).*");
    private static final Pattern CITY_START = Pattern.compile("^[\\p{IsHan}]{1,6}市.*");
    private final List<String> central = Lexicon.words("central_bodies");
    private final List<String> provinces = Lexicon.words("provinces");
    private final List<String> suffixes = Lexicon.longestFirst("org_suffixes");
    private final List<String> partyBodies = Lexicon.longestFirst("party_bodies");

    /** A body as written; its key drops a trailing party body (党组, 党委, 机关党委: the party group of a bureau is the bureau). */
    public OrganizationRef of(String written) {
        String w = written.strip();
        String simp = Script.simplify(w);
        String body = partyBodies.stream().filter(sub -> simp.endsWith(sub) && simp.length() > sub.length())
                .findFirst().map(sub -> w.substring(0, w.length() - sub.length())).orElse(w);
        return new OrganizationRef(w, Keys.canonical(body), level(Script.simplify(body)));
    }

    /** True when the simplified text ends like the name of a body (局, 部, 委员会 …). */
    public boolean looksLikeBody(String simp) {
        if (central.contains(simp)) {
            return true;
        }
        for (String s : suffixes) {
            if (simp.endsWith(s) && simp.length() > s.length()) {
                return true;
            }
        }
        return false;
    }

    public boolean isCentral(String simp) {
        return central.contains(simp);
    }

    public Level level(String simp) {
        String s = PARENS.matcher(simp).replaceAll("").replace("设区市", "市");
        if (central.contains(s) || s.startsWith("中共中央") || s.startsWith("党中央") || s.startsWith("国务院")) {
            return Level.CENTRAL;
        }
        String rest = null;
        for (String p : provinces) {
            if (s.startsWith(p)) {
                rest = s.substring(p.length());
                break;
            }
        }
        if (rest == null && (s.startsWith("各省") || PROVINCE_WORD.matcher(s).matches())) {
            rest = s.substring(s.indexOf(s.startsWith("各省") ? "省" : s.contains("自治区") ? "自治区" : "省") + 1);
        }
        if (rest != null) {
            rest = rest.replaceFirst("^(省|市|自治区|维吾尔自治区|壮族自治区|回族自治区)", "");
            if (COUNTY_IN.matcher(rest).matches() && !rest.contains("自治区")) {
                return Level.COUNTY;
            }
            if (CITY_IN.matcher(rest).matches()) {
                return Level.MUNICIPAL;
            }
            return Level.PROVINCIAL;
        }
        if (s.startsWith("国家") || s.startsWith("中国") || MINISTRY_WORD.matcher(s).matches()) {
            return Level.MINISTRY;
        }
        if (COUNTY_START.matcher(s).matches()) {
            return Level.COUNTY;
        }
        if (CITY_START.matcher(s).matches()) {
            return Level.MUNICIPAL;
        }
        return Level.UNKNOWN;
    }
}
