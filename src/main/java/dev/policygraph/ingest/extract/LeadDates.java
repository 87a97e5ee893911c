package dev.policygraph.ingest.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.MeetingItem.DatePrecision;
import dev.policygraph.ingest.script.Keys;

/**
 * The date a meeting's lead sentence gives: a day written in digits or Chinese numerals, nearest before the name
 * (a range by its first day, not another event's day), else a lunar holiday, a day of last month, a day alone (the
 * month of publication), a part of a month, today or yesterday, 日前/近日 (the month of publication); and the year a
 * meeting's own name carries. {@link MeetingDates} resolves what these read against the publication date.
 */
final class LeadDates {

    private LeadDates() {
    }

    /** A date and how much of it is known. */
    record Dated(LocalDate date, DatePrecision precision) {
    }

    /**
     * A day of a month; 日 may be dropped before the time of day (6月16上午) and in a range written with it once, after
     * the last day (11月19-20日: the first day).
     */
    static final Pattern DATE = Pattern.compile("(?:(\\d{4}|(?<!\\d)1[0-2]\\d) ?年 ?)?(\\d{1,2}) ?月 ?(\\d{1,2}) ?(?:日|号|(?=上午|下午)"
            + "|(?=(?:至|到|-|—|－|~)\\d{1,2}[日号]))");

    /** 二〇二四年三月五日, 三月五日: a date in Chinese numerals. */
    private static final Pattern CHINESE_DATE = Pattern.compile("(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,2})月"
            + "([一二三四五六七八九十]{1,3})日");

    /** 2月份, 今年2月 opening a lead: the month only. */
    private static final Pattern MONTH_ONLY = Pattern.compile("^(?:今年|(\\d{4}) ?年 ?)?(\\d{1,2}) ?月份?,");

    /** 昨天, 前天: a day before the publication; 昨 also after the body that met (市政协昨天召开, 常委会昨召开). */
    private static final Pattern DAYS_BEFORE = Pattern.compile("昨天|昨日|昨晚|昨(?=[上下]午|召开|举行|在)|(?<!\\p{IsHan})前天|^前天");

    /** 上月28日: a day of the month before publication. */
    private static final Pattern LAST_MONTH_DAY = Pattern.compile("上(?:个)?月(\\d{1,2})[日号]");

    static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月年])(\\d{1,2}) ?日(?:上午|下午|晚|晚上|早上)?");

    /** 11月上旬, 2023年3月底: a part of a month, no day. */
    private static final Pattern MONTH_PART = Pattern.compile("(?:(\\d{4}) ?年 ?)?(?<![\\d-])(\\d{1,2}) ?月(?:上旬|中旬|下旬|初|底|末)");

    /** 729日: month and day run together, read by {@link MeetingDates#resolveRun}. */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d月年./-])(\\d{3,4})日");

    /** 农历正月初七, 大年初七, 正月十五, 元宵节: a day of the first lunar month, read by {@link MeetingDates#resolveLunar}. */
    private static final Pattern LUNAR = Pattern.compile("正月(?:初(?<first>[一二三四五六七八九十])|(?<later>十[一二三四五六七八九]|二十|"
            + "廿[一二三四五六七八九]|二十[一二三四五六七八九]|三十))|大年初(?<newyear>[一二三四五六七八九十])|(?<lantern>元宵节)");

    private static final Pattern VAGUE = Pattern.compile("日前|近日|近期|前不久|前些天|近来|最近");

    /** Whether the text says only that it was lately (日前, 近日 …). */
    static boolean vague(String st) {
        return VAGUE.matcher(st).find();
    }

    private static final Pattern TODAY = Pattern.compile("今天|今日");

    /**
     * 今(20)日, 昨(19)日: today or yesterday with the day written in, as Taiwan's reports write it (group 1 the day);
     * a time between a body or a name and its verb too ({@link Conveners}, {@link PersonNames}, {@link MeetingFinder}).
     */
    static final String DAY_WRITTEN_IN = "[今昨]\\((\\d{1,2})\\)日";
    private static final Pattern TODAY_NUMBERED = Pattern.compile(DAY_WRITTEN_IN);

    /** 2023年第25次党组会议; a name that opens on its year without 年, 2023世界粤商大会. */
    private static final Pattern NAME_YEAR = Pattern.compile("(\\d{4}|(?<!\\d)1[0-2]\\d)年(?!度)|^((?:19|20)\\d{2})(?=\\p{IsHan})");

    /** The first year of the Republic of China's calendar, as Taiwanese texts count years (114年 is 2025). */
    private static final int ROC_EPOCH = 1911;

    /** A year as written: four digits, or three of the Republic of China's calendar (103年第2次主管工作会报, 114年4月25日). */
    static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 3 ? y + ROC_EPOCH : y;
    }

    /** The year a meeting's name carries (2023年第25次党组会议), or null. */
    static Integer yearIn(String name) {
        String k = Keys.canonical(name);
        Matcher y = NAME_YEAR.matcher(k);
        if (y.find()) {
            return year(y.group(1) != null ? y.group(1) : y.group(2));
        }
        // 2023年度…述职评议会议: a year is reviewed after it ends
        Matcher r = REVIEWED_YEAR.matcher(k);
        return r.find() && MeetingDates.reviewed(k, r.end()) ? Integer.valueOf(r.group(1)) + 1 : null;
    }

    private static final Pattern REVIEWED_YEAR = Pattern.compile("(\\d{4})年(?=度)");

    /**
     * What a date after it belongs to: a document issued (印发, 下发), another meeting described (召开的), a meeting
     * whose spirit is relayed (传达学习7月1日全市…会议精神).
     */
    private static final Pattern OTHER_EVENT_DATE = Pattern.compile("(?:上午|下午|晚上?)?(?:(?:印发|下发|出台|发布|公布|签发|作出|"
            + "批示|发出)|(?:召开|举行|开幕|闭幕)的|[^,。;]{2,40}?精神"
            // 根据2023年12月26日总行安全生产委员会(扩大)会议要求,…召开…: the day of the meeting whose demands are followed
            + "|[^,。;]{2,40}?会议?(?:的)?(?:有关)?(?:要求|部署))");

    /** After a wire dateline's date: 电 or 讯, then soon the meeting's own day (电/浙江在线讯,26日至27日). */
    private static final Pattern WIRE_THEN_DAYS = Pattern.compile("[电讯][^。]{0,12}?(?<![\\d月年])\\d{1,2}日");

    private static final Pattern RANGE_JOIN = Pattern.compile("(?:上午|下午|晚)?(?:至|到|—|-|－|~)");

    /** 二〇二四: a year written digit by digit in Chinese numerals. */
    private static Integer chineseYear(String digits) {
        int y = 0;
        for (char c : digits.toCharArray()) {
            y = y * 10 + (c == '〇' ? 0 : MeetingDates.count(String.valueOf(c)));
        }
        return y;
    }

    /** A page's label before a date: 时间:, 发布日期:, 编辑于. */
    private static final Pattern PAGE_LABEL = Pattern.compile("(?:(?<!北京)时间|日期|发布于|更新于|编辑于|创建于)\\s*:?\\s*$");

    /** A date in the clause before the name, else anywhere in the sentence; day-only dates take the month published. */
    static Dated date(String st, int clauseStart, int nameStart, int nameEnd, LocalDate published,
            Integer nameYear) {
        if (nameYear != null && (published == null || Math.abs(published.getYear() - nameYear) > 1)) {
            published = LocalDate.of(nameYear, 12, 31); // the name's year wins over an unknown or distant one
        }
        String before = st.substring(0, nameStart);
        for (String scope : new String[] {before, st}) {
            Matcher d = DATE.matcher(scope);
            // the date nearest before the name: a dateline (成都4月18日讯) may come first
            boolean found = false;
            java.util.regex.MatchResult previous = null;
            java.util.regex.MatchResult chosen = null;
            while (d.find()) {
                if (OTHER_EVENT_DATE.matcher(scope).region(d.end(), scope.length()).lookingAt()) {
                    continue; // 学习省厅5月10日印发的通知, 传达5月10日召开的…会议: that event's day, not this meeting's
                }
                if (Regions.find(PAGE_LABEL, scope, Math.max(0, d.start() - 8), d.start())) {
                    continue; // 内蒙古:召开…警示教育大会 时间:2022年02月22日 来源:…: the page's day, not the meeting's
                }
                if (WIRE_THEN_DAYS.matcher(scope).region(d.end(), scope.length()).lookingAt()) {
                    continue; // 北京7月28日电/…讯,26日至27日,…举行: the wire's day; the meeting's days follow it
                }
                if ((scope.startsWith("讯", d.end()) || scope.startsWith("电", d.end())) && VAGUE.matcher(st).find()) {
                    continue; // 2024年2月4日讯…会近日召开: the day it was reported; the meeting was some days before
                }
                found = true;
                // 2月28日至3月1日: a range is dated by its first day
                chosen = previous != null && Regions.matches(RANGE_JOIN, scope, previous.end(), d.start())
                        ? previous : d.toMatchResult();
                if (scope != before || d.end() == scope.length() || !Regions.find(DATE, scope, d.end(), scope.length())) {
                    break;
                }
                previous = d.toMatchResult();
            }
            if (found) {
                Integer y = chosen.group(1) == null ? null : year(chosen.group(1));
                LocalDate date = MeetingDates.resolve(y, Integer.parseInt(chosen.group(2)),
                        Integer.parseInt(chosen.group(3)), published);
                if (date != null) {
                    return new Dated(date, DatePrecision.DAY);
                }
            }
        }
        for (String scope : new String[] {before, st}) {
            Matcher d = CHINESE_DATE.matcher(scope);
            if (d.find()) {
                Integer y = d.group(1) == null ? null : chineseYear(d.group(1));
                LocalDate date = MeetingDates.resolve(y, MeetingDates.count(d.group(2)), MeetingDates.count(d.group(3)),
                        published);
                if (date != null) {
                    return new Dated(date, DatePrecision.DAY);
                }
            }
        }
        for (String scope : new String[] {before, st}) {
            Matcher d = LUNAR.matcher(scope);
            if (d.find() && published != null) {
                String day = d.group("first") != null ? d.group("first") : d.group("later") != null ? d.group("later")
                        : d.group("newyear") != null ? d.group("newyear") : "十五";
                LocalDate date = MeetingDates.resolveLunar(MeetingDates.count(day), published);
                if (date != null) {
                    return new Dated(date, DatePrecision.DAY);
                }
            }
        }
        Matcher lastMonth = LAST_MONTH_DAY.matcher(before);
        if (published != null && lastMonth.find()) {
            LocalDate month = published.minusMonths(1);
            int day = Integer.parseInt(lastMonth.group(1));
            if (day >= 1 && day <= month.lengthOfMonth()) {
                return new Dated(month.withDayOfMonth(day), DatePrecision.DAY); // 上月28日: the month before publication
            }
        }
        for (String scope : new String[] {before, st}) {
            Matcher d = DAY_ONLY.matcher(TODAY_NUMBERED.matcher(scope).replaceAll("$1日"));
            if (d.find() && published != null) {
                LocalDate date = MeetingDates.resolveDay(Integer.parseInt(d.group(1)), published);
                if (date != null) {
                    return new Dated(date, DatePrecision.DAY);
                }
            }
        }
        for (String scope : new String[] {before, st}) {
            Matcher d = DIGIT_RUN.matcher(scope);
            LocalDate date = d.find() ? MeetingDates.resolveRun(d.group(1), published) : null;
            if (date != null) {
                return new Dated(date, DatePrecision.DAY);
            }
        }
        for (String scope : new String[] {before, st}) {
            Matcher d = MONTH_PART.matcher(scope);
            if (d.find()) {
                Integer y = d.group(1) == null ? null : Integer.valueOf(d.group(1));
                LocalDate date = MeetingDates.resolve(y, Integer.parseInt(d.group(2)), 1, published);
                if (date != null) {
                    return new Dated(date, DatePrecision.MONTH);
                }
            }
        }
        if (published != null && TODAY.matcher(before).find()) {
            return new Dated(published, DatePrecision.DAY);
        }
        Matcher ago = DAYS_BEFORE.matcher(before);
        if (published != null && ago.find()) {
            return new Dated(published.minusDays(ago.group().equals("前天") ? 2 : 1), DatePrecision.DAY);
        }
        Matcher month = MONTH_ONLY.matcher(before.strip());
        if (month.lookingAt()) {
            Integer y = month.group(1) == null ? null : Integer.valueOf(month.group(1));
            LocalDate date = MeetingDates.resolve(y, Integer.parseInt(month.group(2)), 1, published);
            if (date != null) {
                return new Dated(date, DatePrecision.MONTH);
            }
        }
        // 日前…召开, …会议近日召开: up to the end of the name's clause; not …调度会,对近期安全生产工作进行了部署
        int clauseEnd = nameEnd;
        while (clauseEnd < st.length() && ",。;".indexOf(st.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        if (published != null && VAGUE.matcher(st).region(0, clauseEnd).find()) {
            return new Dated(published.withDayOfMonth(1), DatePrecision.MONTH);
        }
        return new Dated(null, DatePrecision.UNKNOWN);
    }
}
