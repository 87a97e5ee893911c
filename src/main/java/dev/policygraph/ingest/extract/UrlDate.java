package dev.policygraph.ingest.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day a web address carries ({@code /2022/11/16/}, {@code /2020-12-14/}, {@code t20240118_},
 * {@code /202403/t20240307}, {@code content/2016/08/29/}, {@code /art/2025/3/24/}, a two-digit year's {@code /210604/}, a year's folder and a day's {@code /2021/DOHCPIMH_0702/}): what a crawler knows when the page has no dateline.
 */
public final class UrlDate {

    /**
     * A day after a separator ends where the digits do: /201601/302469.html and /2010-04/1661.html are a month's
     * folder and a page number, not the 30th or the 16th; a date run into a time (20251231181222) may go on.
     */
    private static final Pattern DAY = Pattern.compile("(?<![\\d])(19\\d\\d|20\\d\\d)[-/_]?(0[1-9]|1[0-2])"
            + "(?:[-/_](0[1-9]|[12]\\d|3[01])(?![\\d])|(0[1-9]|[12]\\d|3[01]))");
    /** Folders of a year, a month and a day written without leading zeros: /art/2025/3/24/, /2017/2/27/. */
    private static final Pattern UNPADDED_DAY = Pattern.compile("/(19\\d\\d|20\\d\\d)/(1[0-2]|[1-9])/(3[01]|[12]\\d|[1-9])/");
    private static final Pattern MONTH = Pattern.compile("(?<![\\d])(19\\d\\d|20\\d\\d)[-/_]?(0[1-9]|1[0-2])(?![\\d])");
    /** A year's folder, then one that ends in the month and day: /html/czzl/2021/DOHCPIMH_0702/. */
    private static final Pattern YEAR_THEN_DAY = Pattern.compile("/(19\\d\\d|20\\d\\d)/[A-Za-z0-9]*_(0[1-9]|1[0-2])"
            + "(0[1-9]|[12]\\d|3[01])/");

    /** Folders of a year and a month written with 年 and 月's initials: /cwhy/2014n/6y/ (the month's last day). */
    private static final Pattern PINYIN_MONTH = Pattern.compile("/(19\\d\\d|20\\d\\d)n/(1[0-2]|0?[1-9])y/");

    /** A folder of a two-digit year, month and day: /a/dllgdxdsxxjy/210604/880946.shtml (not /200602/, a month's). */
    private static final Pattern SHORT_DAY = Pattern.compile("/(\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");

    private UrlDate() {
    }

    /** The day in the address, or null. Only a month in it gives its last day (the page is from that month). */
    public static LocalDate of(String url) {
        if (url == null || !url.startsWith("http")) {
            return null;
        }
        String path = url.replaceFirst("^https?://[^/]+", "");
        Matcher d = DAY.matcher(path);
        if (d.find()) {
            String day = d.group(3) != null ? d.group(3) : d.group(4);
            return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(day));
        }
        Matcher u = UNPADDED_DAY.matcher(path);
        if (u.find()) {
            return LocalDate.of(Integer.parseInt(u.group(1)), Integer.parseInt(u.group(2)), Integer.parseInt(u.group(3)));
        }
        Matcher m = MONTH.matcher(path);
        if (m.find()) {
            return lastDayOf(m.group(1), m.group(2));
        }
        Matcher y = YEAR_THEN_DAY.matcher(path);
        if (y.find()) {
            return LocalDate.of(Integer.parseInt(y.group(1)), Integer.parseInt(y.group(2)), Integer.parseInt(y.group(3)));
        }
        Matcher p = PINYIN_MONTH.matcher(path);
        if (p.find()) {
            return lastDayOf(p.group(1), p.group(2));
        }
        Matcher s = SHORT_DAY.matcher(path);
        if (s.find()) {
            return LocalDate.of(2000 + Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2)), Integer.parseInt(s.group(3)));
        }
        return null;
    }

    /** A month's folder dates the page to that month: its last day. */
    private static LocalDate lastDayOf(String year, String month) {
        LocalDate first = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }
}
