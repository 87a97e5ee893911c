package dev.policygraph.ingest.script;

import java.util.regex.Pattern;

import dev.policygraph.ingest.lexicon.Lexicon;

/**
 * Canonical identity keys, shared by extraction, persistence and search: the same body, person, initiative or
 * meeting written in either script, with full- or half-width punctuation or stray spaces, gets the same key.
 */
public final class Keys {

    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}　“”‘’《》「」【】]+");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年度?");
    private static final Pattern PARENS = Pattern.compile("[(（][^)）]*[)）]");

    private Keys() {
    }

    /** The name without a leading year (2020年, 2020年度): the year is the key's own part. */
    public static String withoutLeadingYear(String name) {
        return LEADING_YEAR.matcher(name).replaceFirst("");
    }

    /** Simplified script, no whitespace, no punctuation (incl. quotes and brackets), ASCII lower-cased. */
    public static String canonical(String text) {
        if (text == null) {
            return null;
        }
        String s = Script.simplify(text.strip());
        s = toHalfWidth(s);
        if (plain(s)) {
            return s.toLowerCase(java.util.Locale.ROOT); // most names: nothing NOISE could match, so skip the regex
        }
        return NOISE.matcher(s).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    /** Only Han characters and ASCII letters and digits: none of them whitespace or punctuation. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Han.is(c) && !(c < 0x80 && Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Key of a meeting, used for {@code MeetingItem.key} and {@code RelayRef.key} alike, so the cascade linker can
     * match a relay against the meeting it names. The rule:
     * <ol>
     * <li>{@code core} = {@link #canonical} of the name, then strip a leading year ({@code 2020年}, {@code 2020年度}),
     * then a leading convener name (the convener's canonical key, if the name starts with it), then parentheticals,
     * then the longest meeting form suffix from {@code lexicon/meeting_forms.txt} (电视电话会议, 会议, 座谈会 …) — so
     * then a trailing 工作 (so 工作会议 and 工作电视电话会议 agree) — so "全国交通运输工作电视电话会议" and
     * "全國交通運輸工作會議" share the core "全国交通运输";</li>
     * <li>key = {@code year + "|" + convenerKey + "|" + core}; an unknown year is {@code ?}, an unknown convener is
     * the empty string (the linker then matches on year and core only);</li>
     * <li>when the core is empty (generic names such as 党组会议), the core becomes the canonical form word plus
     * {@code @} and the ISO date when known ({@code 党组会议@2021-03-05}), so two generic meetings do not merge.</li>
     * </ol>
     */
    public static String meetingKey(Integer year, String convenerKey, String name, java.time.LocalDate date) {
        String c = canonical(PARENS.matcher(name == null ? "" : name).replaceAll(""));
        c = LEADING_YEAR.matcher(c).replaceFirst("");
        String conv = convenerKey == null ? "" : convenerKey;
        if (!conv.isEmpty() && c.startsWith(conv)) {
            c = c.substring(conv.length());
            c = LEADING_YEAR.matcher(c).replaceFirst("");
        }
        String form = "";
        for (String f : Lexicon.longestFirst("meeting_forms")) {
            String fk = canonical(f);
            if (c.endsWith(fk)) {
                form = fk;
                c = c.substring(0, c.length() - fk.length());
                break;
            }
        }
        if (c.endsWith("工作") && c.length() > 2) {
            c = c.substring(0, c.length() - 2); // 工作会议 vs 工作电视电话会议: the form absorbs 工作 either way
        }
        if (c.isEmpty()) {
            c = (form.isEmpty() ? "会议" : form) + (date == null ? "" : "@" + date);
        }
        return (year == null ? "?" : year.toString()) + "|" + conv + "|" + c;
    }

    /** Key of an official: simplified name plus "|" plus the organisation key, or just the name when unknown. */
    public static String officialKey(String name, String organizationKey) {
        String n = canonical(name);
        return organizationKey == null || organizationKey.isEmpty() ? n : n + "|" + organizationKey;
    }

    /** Full-width ASCII variants (！ to ～) and the ideographic space to their half-width forms; same length. */
    public static String toHalfWidth(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char out = ch >= '\uFF01' && ch <= '\uFF5E' ? (char) (ch - 0xFEE0) : ch == '\u3000' ? ' ' : ch;
            if (out != ch && sb == null) {
                sb = new StringBuilder(s);
            }
            if (sb != null) {
                sb.setCharAt(i, out);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
