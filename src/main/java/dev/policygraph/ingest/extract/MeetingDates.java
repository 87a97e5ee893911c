package dev.policygraph.ingest.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Dates written without a year take it from the publication date. */
public final class MeetingDates {

    /** Days a report may precede the meeting it reports before we say the meeting was in the year before. */
    private static final int FUTURE_TOLERANCE_DAYS = 1;

    private MeetingDates() {
    }

    /**
     * After 2023年: 度 and, within the clause, what looks back on a year once it is over (述职, 考核, 表彰, the year's
     * democratic life meeting, held in the weeks after it).
     */
    private static final Pattern REVIEWED = Pattern.compile("度[^,。;]{0,40}?(?:述职|述责|述廉|考核|考评|评议|总结|表彰|民主生活会|组织生活会)");
    /** Before 2022年度: 表彰了…, the year's best honoured once it is over. */
    private static final Pattern HONOURED_BEFORE = Pattern.compile("表彰了?$");

    /**
     * Whether the year written just before {@code at} (2023年|度…述职评议会议) is one being reviewed: the review is
     * held after that year ends, so the text's own year is the one after it.
     */
    public static boolean reviewed(String text, int at) {
        if (text.startsWith("度", at) && HONOURED_BEFORE.matcher(text).region(Math.max(0, at - 9), Math.max(0, at - 5)).find()) {
            return true;
        }
        return REVIEWED.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * The day of {@code month}/{@code day} nearest before the publication: the publication's year, or the year
     * before when that would put the meeting after the publication (published 1 January about 30 December).
     * Null when there is no year and no publication date, or the day does not exist.
     */
    public static LocalDate resolve(Integer year, int month, int day, LocalDate published) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            if (published == null) {
                return null;
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            if (d.isAfter(published.plusDays(FUTURE_TOLERANCE_DAYS))) {
                d = LocalDate.of(published.getYear() - 1, month, day);
            }
            return d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** {@code 28日}: that day of the publication's month, or of the month before when it would be after publication. */
    public static LocalDate resolveDay(int day, LocalDate published) {
        try {
            LocalDate d = published.withDayOfMonth(Math.min(day, published.lengthOfMonth()));
            if (d.getDayOfMonth() != day) {
                return null;
            }
            if (d.isAfter(published.plusDays(FUTURE_TOLERANCE_DAYS))) {
                LocalDate prev = published.minusMonths(1);
                return day <= prev.lengthOfMonth() ? prev.withDayOfMonth(day) : null;
            }
            return d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** How long before publication a run of digits read as month and day may lie (729日 in a report of 31 July). */
    private static final int RUN_REACH_DAYS = 31;

    /**
     * {@code 729日}: month and day run together (a lost 月). Read so only when one split gives a real date (7月29日;
     * 111日 could be 1月11日 or 11月1日) and it lies within {@value #RUN_REACH_DAYS} days before publication; else null.
     */
    public static LocalDate resolveRun(String digits, LocalDate published) {
        if (published == null || digits.length() < 3 || digits.length() > 4) {
            return null;
        }
        LocalDate found = null;
        for (int cut = 1; cut <= 2; cut++) {
            String day = digits.substring(cut);
            if (day.length() != 2 || digits.charAt(0) == '0') {
                continue;
            }
            LocalDate d = resolve(null, Integer.parseInt(digits.substring(0, cut)), Integer.parseInt(day), published);
            if (d != null && !d.isBefore(published.minusDays(RUN_REACH_DAYS))) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /** The first day of each lunar year, {@code lexicon/spring_festivals.txt}. */
    private static final java.util.Map<Integer, LocalDate> SPRING_FESTIVALS = springFestivals();

    private static java.util.Map<Integer, LocalDate> springFestivals() {
        java.util.Map<Integer, LocalDate> out = new java.util.HashMap<>();
        dev.policygraph.ingest.lexicon.Lexicon.pairs("spring_festivals")
                .forEach((y, d) -> out.put(Integer.valueOf(y), LocalDate.parse(d)));
        return java.util.Map.copyOf(out);
    }

    /**
     * 正月初七 (the {@code day}th of the first lunar month) in the lunar year that puts it nearest before the
     * publication; null when the publication or that year's spring festival is not known.
     */
    public static LocalDate resolveLunar(int day, LocalDate published) {
        if (published == null || day < 1 || day > 30) {
            return null;
        }
        for (int year = published.getYear(); year >= published.getYear() - 1; year--) {
            LocalDate first = SPRING_FESTIVALS.get(year);
            if (first == null) {
                return null;
            }
            LocalDate d = first.plusDays(day - 1L);
            if (!d.isAfter(published.plusDays(FUTURE_TOLERANCE_DAYS))) {
                return d;
            }
        }
        return null;
    }

    /** 七, 十五, 二十五, 一百, 一百零五, 110: a count written in digits or in Chinese numerals up to 999; -1 if neither. */
    public static int count(String written) {
        if (written.matches("\\d{1,3}")) {
            return Integer.parseInt(written);
        }
        String digits = "零一二三四五六七八九";
        int total = 0;
        int pending = 0;
        for (char c : written.toCharArray()) {
            int d = digits.indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                pending = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (pending == 0 && c == '十' ? 1 : pending) * unit;
                pending = 0;
            } else if (c == '廿') {
                total += 20;
            } else {
                return -1;
            }
        }
        return written.isEmpty() ? -1 : total + pending;
    }
}
