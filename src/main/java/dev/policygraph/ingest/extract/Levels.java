package dev.policygraph.ingest.extract;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.script.Script;

/**
 * Administrative level of a body from its name, and the body directly above it where the hierarchy is clear.
 * Pure; the tables are {@code lexicon/central_bodies.txt}, {@code provinces.txt}, {@code city_provinces.txt} and
 * {@code national_counterparts.txt}, {@code provincial_functions.txt}.
 */
public final class Levels {

    private static final Pattern PROVINCE_KIND = Pattern.compile("^(省|市|自治区|维吾尔自治区|壮族自治区|回族自治区)");
    private static final Pattern MINISTRY_NAME = Pattern.compile("^[^省市县区]{2,10}部$");
    /** After a municipality's name: 浦东新区…, 密云县… */
    private static final Pattern DISTRICT_IN = Pattern.compile("^[^局厅]{1,5}?(区|县).+$");
    private static final Pattern CITY_DISTRICT = Pattern.compile("^[^市]{1,8}市[^局厅]{1,5}?(区|县).+$");
    private static final Pattern COUNTY_BODY = Pattern.compile("^[^省市局]{1,6}县.+$");

    /** A body above another, and why we think so. */
    public record Parent(String key, Level level, double confidence, String basis) {
    }

    private static final Pattern PROVINCE = Pattern.compile("^(.+?)(省|自治区)(.+)$");
    private static final Pattern CITY = Pattern.compile("^([^市]{1,8}?)市(.+)$");
    private static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("北京", "天津", "上海", "重庆");

    private Levels() {
    }

    /**
     * A body's level from its name, in either script: the name as written first (parentheses dropped: 各省(区、市)
     * is 各省), then its key.
     */
    public static Level infer(String name) {
        if (name == null) {
            return Level.UNKNOWN;
        }
        Level written = fromWritten(Script.simplify(name.strip()));
        return written != Level.UNKNOWN ? written : fromKey(name);
    }

    /**
     * The level a name's opening place word gives (市应急管理局, 县水利局: a body named from its own city or county, with
     * no place name), else UNKNOWN. Not part of {@link #infer}: such a name says its level only to a reader who knows
     * where the text was written.
     */
    public static Level ofOwnPlaceWord(String name) {
        String s = Script.simplify(name);
        return s.startsWith("省") ? Level.PROVINCIAL : s.startsWith("市") ? Level.MUNICIPAL
                : s.startsWith("县") || s.startsWith("区") ? Level.COUNTY : Level.UNKNOWN;
    }

    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)|（[^）]*）");
    private static final Pattern PROVINCE_WORD = Pattern.compile("^[\\p{IsHan}]{2,3}(省|自治区).*");
    private static final Pattern COUNTY_IN = Pattern.compile(".*?[\\p{IsHan}]+(县|区)(?!域).*");
    private static final Pattern CITY_IN = Pattern.compile(".*?[\\p{IsHan}]+(市|州|盟).*");
    private static final Pattern MINISTRY_WORD = Pattern.compile("^[\\p{IsHan}]{2,8}(部|总局|署)$");
    private static final Pattern COUNTY_START = Pattern.compile("^[\\p{IsHan}]{1,6}(县|区)(?!域).*");
    private static final Pattern CITY_START = Pattern.compile("^[\\p{IsHan}]{1,6}市.*");

    /** The level the name as written gives (simplified script), or UNKNOWN. */
    private static Level fromWritten(String simp) {
        String s = PARENS.matcher(simp).replaceAll("").replace("设区市", "市");
        if (Lexicon.words("central_bodies").contains(s) || s.startsWith("中共中央") || s.startsWith("党中央")
                || s.startsWith("国务院")) {
            return Level.CENTRAL;
        }
        String rest = null;
        for (String p : Lexicon.words("provinces")) {
            if (s.startsWith(p)) {
                rest = s.substring(p.length());
                break;
            }
        }
        if (rest == null && (s.startsWith("各省") || PROVINCE_WORD.matcher(s).matches())) {
            rest = s.substring(s.indexOf(s.startsWith("各省") ? "省" : s.contains("自治区") ? "自治区" : "省") + 1);
        }
        if (rest != null) {
            rest = PROVINCE_KIND.matcher(rest).replaceFirst("");
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

    /** The level the key gives, or UNKNOWN. */
    private static Level fromKey(String name) {
        String k = Keys.canonical(name);
        if (k == null || k.isEmpty()) {
            return Level.UNKNOWN;
        }
        for (String c : Lexicon.longestFirst("central_bodies")) {
            if (k.startsWith(c)) {
                return Level.CENTRAL;
            }
        }
        if (k.startsWith("国家") || MINISTRY_NAME.matcher(k).matches()) {
            return Level.MINISTRY;
        }
        for (String m : MUNICIPALITIES) {
            if (k.startsWith(m + "市") || k.startsWith(m) && !k.startsWith(m + "市")) {
                String rest = k.startsWith(m + "市") ? k.substring(m.length() + 1) : k.substring(m.length());
                return DISTRICT_IN.matcher(rest).matches() ? Level.COUNTY : Level.PROVINCIAL;
            }
        }
        if (CITY_DISTRICT.matcher(k).matches() || COUNTY_BODY.matcher(k).matches()) {
            return Level.COUNTY;
        }
        if (CITY.matcher(k).matches() && !k.startsWith("市场") || cityOf(k).isPresent()) {
            return Level.MUNICIPAL;
        }
        if (PROVINCE.matcher(k).matches() || provinceOf(k).isPresent()) {
            return Level.PROVINCIAL;
        }
        return Level.UNKNOWN;
    }

    /** The body directly above, inferred from the name: 福建省邮政管理局 → 国家邮政局, 泉州市邮政管理局 → 福建省邮政管理局. */
    public static Optional<Parent> parentOf(String name) {
        String k = Keys.canonical(name);
        if (k == null || k.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> party = partyBody(k);
        if (party.isPresent()) {
            String body = k.substring(0, k.length() - party.get().length());
            return Optional.of(new Parent(body, infer(body), 0.95, "sub-body: " + party.get() + " of " + body));
        }
        Level level = infer(k);
        String function = functionOf(k);
        if (function == null) {
            return Optional.empty();
        }
        if (level == Level.PROVINCIAL) {
            String national = counterparts().get(function);
            return national == null ? Optional.empty()
                    : Optional.of(new Parent(national, Level.MINISTRY, 0.95,
                            "provincial " + function + " → " + national + " (national_counterparts)"));
        }
        if (level == Level.MUNICIPAL) {
            return cityOf(k).flatMap(city -> provinceOfCity(city)).map(province -> {
                String provincial = Lexicon.pairs("provincial_functions").getOrDefault(function, function);
                String parent = provincialName(province) + provincial;
                return new Parent(parent, Level.PROVINCIAL, 0.9, "city " + cityOf(k).get() + " is in " + province
                        + " (city_provinces)" + (provincial.equals(function) ? ""
                                : "; " + function + " → " + provincial + " (provincial_functions)"));
            });
        }
        return Optional.empty();
    }

    /**
     * The party body a key ends in ({@code lexicon/party_bodies.txt}: 机关党委, 党组, 党委), when a body's name of at
     * least three characters is left before it.
     */
    public static Optional<String> partyBody(String key) {
        return partyBodyEnding(key, 3);
    }

    /** The party body ({@code party_bodies.txt}, longest first) a name ends in, with at least {@code minLeft} characters before it. */
    public static Optional<String> partyBodyEnding(String name, int minLeft) {
        return Lexicon.longestFirst("party_bodies").stream()
                .filter(sub -> name.endsWith(sub) && name.length() - sub.length() >= minLeft).findFirst();
    }

    /** A name without the party body it ends in, however little is left (局党组 → 局, 厅机关党委 → 厅). */
    public static String withoutPartyBody(String name) {
        return partyBodyEnding(name, 0).map(sub -> name.substring(0, name.length() - sub.length())).orElse(name);
    }

    /** The body a key names: itself, or the body whose party body it is (四川省邮政管理局党组 → 四川省邮政管理局). */
    public static String bodyOf(String key) {
        return partyBody(key).map(sub -> key.substring(0, key.length() - sub.length())).orElse(key);
    }

    /** The body's function: its name after the place (福建省邮政管理局 → 邮政管理局), or null. */
    public static String functionOf(String k) {
        Matcher m = PROVINCE.matcher(k);
        if (m.matches() && !m.group(3).contains("市")) {
            return m.group(3);
        }
        for (String mu : MUNICIPALITIES) {
            if (k.startsWith(mu + "市")) {
                return k.substring(mu.length() + 1);
            }
        }
        Matcher c = CITY.matcher(k);
        if (c.matches()) {
            return c.group(2);
        }
        Optional<String> province = provinceOf(k);
        if (province.isPresent()) {
            String rest = k.substring(province.get().length());
            return rest.isEmpty() ? null : rest;
        }
        return null;
    }

    /** The province a name starts with (福建 / 福建省), from the provinces lexicon. */
    public static Optional<String> provinceOf(String k) {
        return Lexicon.longestFirst("provinces").stream().filter(k::startsWith).findFirst();
    }

    /** The lexicon city a name starts with (泉州 / 泉州市). */
    public static Optional<String> cityOf(String k) {
        return cities().keySet().stream().filter(k::startsWith)
                .max(java.util.Comparator.comparingInt(String::length));
    }

    public static Optional<String> provinceOfCity(String city) {
        return Optional.ofNullable(cities().get(city));
    }

    /** 福建 → 福建省; 北京 → 北京市; 广西 → 广西壮族自治区 would need a table, so autonomous regions keep their short name. */
    public static String provincialName(String province) {
        if (MUNICIPALITIES.contains(province)) {
            return province + "市";
        }
        return switch (province) {
            case "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "台湾" -> province;
            default -> province + "省";
        };
    }

    public static Map<String, String> cities() {
        return Lexicon.pairs("city_provinces");
    }

    public static Map<String, String> counterparts() {
        return Lexicon.pairs("national_counterparts");
    }
}
