package dev.policygraph.ingest.extract;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication line at the top of an article: {@code 發布時間:2023-03-02 10:15:00 某某日報},
 * {@code 2021年03月05日 10:20 来源:XX}. Times are China time (+08:00).
 */
public final class Dateline {

    /** What the dateline says; either part may be null. */
    public record Found(OffsetDateTime publishedAt, String publisher) {
    }

    /** A date and time; not a span of months in a title (2014年1-5月份 is no day). */
    private static final Pattern DATETIME = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?![\\d月])\\s*日?(?:\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern SOURCE = Pattern.compile("(?:来源|稿源|发布单位|发布机构)\\s*:\\s*([^\\s:]+)");
    private static final Pattern PUBLISHER_AFTER = Pattern.compile("^\\s*([\\p{IsHan}A-Za-z]{2,30})");
    private static final int HEAD_CHARS = 400;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    public Found find(Doc doc) {
        Found page = pageLine(doc);
        OffsetDateTime printed = edition(doc.simp());
        if (printed != null && (page.publishedAt() == null || printed.isBefore(page.publishedAt()))) {
            return new Found(printed, page.publisher()); // a repost: the page's date is later than the paper's
        }
        return page;
    }

    /**
     * A newspaper's edition line, 《 人民日报 》( 2023年10月26日 04 版): the day the article was printed, which a page
     * reposting it later does not change.
     */
    private static final Pattern EDITION = Pattern.compile("《[^》\\n]{2,16}》\\s*\\(\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*第?\\s*\\d{1,3}\\s*版\\s*\\)");

    private static OffsetDateTime edition(String simp) {
        if (simp.indexOf('版') < 0) {
            return null;
        }
        Matcher e = EDITION.matcher(simp);
        if (!e.find()) {
            return null;
        }
        Matcher d = DATETIME.matcher(e.group(1));
        return d.find() ? toTime(d) : null;
    }

    private Found pageLine(Doc doc) {
        String simp = doc.simp();
        int limit = Math.min(simp.length(), HEAD_CHARS);
        int pos = 0;
        while (pos < limit) {
            int nl = simp.indexOf('\n', pos);
            int end = nl < 0 ? simp.length() : nl;
            String line = simp.substring(pos, end);
            Matcher dayFirst = DAY_FIRST.matcher(line);
            if (dayFirst.matches()) {
                OffsetDateTime at = dayFirstTime(dayFirst);
                if (at != null) {
                    return new Found(at, null);
                }
            }
            Matcher d = DATETIME.matcher(line);
            boolean datelineLike = line.length() < 100 || line.contains("时间") || line.contains("来源");
            if (datelineLike && d.find() && !siteHeader(line, d) && !inASentence(line, d)) {
                OffsetDateTime at = toTime(d);
                String publisher = null;
                Matcher s = SOURCE.matcher(line);
                if (s.find()) {
                    publisher = doc.written(pos + s.start(1), pos + s.end(1));
                } else {
                    Matcher p = PUBLISHER_AFTER.matcher(line.substring(d.end()));
                    if (p.find() && !p.group(1).startsWith("作者") && !p.group(1).startsWith("浏览")) {
                        int st = pos + d.end() + p.start(1);
                        publisher = doc.written(st, pos + d.end() + p.end(1));
                    }
                }
                if (at != null) {
                    return new Found(at, publisher);
                }
            }
            Matcher s = SOURCE.matcher(line);
            if (s.find() && line.length() < 100) {
                return new Found(closing(simp), doc.written(pos + s.start(1), pos + s.end(1)));
            }
            pos = end + 1;
        }
        return new Found(closing(simp), null);
    }

    /** 会议传达了…在2022年12月31日发表的…: a day a sentence tells, after a word that joins it to the sentence. */
    private static final Pattern SENTENCE_BEFORE = Pattern.compile("[在从自至到和与及、的]$");

    private static boolean inASentence(String line, Matcher date) {
        return SENTENCE_BEFORE.matcher(line).region(0, date.start()).find();
    }

    /** 今天是 2024年10月23日, 2018年1月5日| 联系热线:…: the site's header tells the day it was read or a phone number. */
    private static final Pattern SITE_HEADER_BEFORE = Pattern.compile("(?:今天是|今天|今日是|今日)\\s*:?\\s*$");
    private static final Pattern SITE_HEADER_AFTER = Pattern.compile("^[^。,]{0,12}?(?:热线|电话)");

    private static boolean siteHeader(String line, Matcher date) {
        return Regions.find(SITE_HEADER_BEFORE, line, 0, date.start())
                || Regions.find(SITE_HEADER_AFTER, line, date.end(), line.length());
    }

    /** A closing line that is only a date (and time), perhaps bracketed or labelled: (2023年7月31日), 发布日期:2023-07-31 10:25. */
    private static final Pattern CLOSING = Pattern.compile("^[\\s(\\[【]*(?:(?:发布|发稿|编辑)?(?:时间|日期)\\s*:?\\s*)?"
            + "(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?)(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?[\\s)\\]】]*$");
    /**
     * A closing source line that ends with its date: (供稿:县农业局 2024年5月21日), 来源:某镇人民政府 2024-05-11. The
     * label comes first and the date closes the line, so a sentence of the body never reads as one.
     */
    private static final Pattern SOURCE_CLOSING = Pattern.compile("^[\\s(\\[【]*(?:来源|供稿|稿源|信息来源|发布单位|撰稿|通讯员|"
            + "作者|编辑|责任编辑)\\s*:[^。,;]{0,40}?\\s(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?)"
            + "[\\s)\\]】]*$");
    private static final int CLOSING_LINES = 3;

    /**
     * The date of one of the text's last lines when that line is nothing but a date, or a source line closed by one
     * (an editor's line may follow it); null otherwise.
     */
    private static OffsetDateTime closing(String simp) {
        String t = simp.strip();
        int end = t.length();
        for (int i = 0; i < CLOSING_LINES && end > 0; i++) {
            int nl = t.lastIndexOf('\n', end - 1);
            String line = t.substring(nl + 1, end).strip();
            end = Math.max(nl, 0);
            if (line.isEmpty()) {
                i--;
                continue;
            }
            Matcher c = CLOSING.matcher(line);
            if (!c.matches()) {
                c = SOURCE_CLOSING.matcher(line);
            }
            if (c.matches()) {
                Matcher d = DATETIME.matcher(c.group(1));
                return d.find() ? toTime(d) : null;
            }
            if (line.length() > 40) {
                return null; // a body paragraph: the closing lines are over
            }
        }
        return null;
    }

    /**
     * A line that is only a day-first date and a time, as some reposting sites print it under the title
     * (15.12.2016 14:04): day, month, year. The time makes it a dateline, not a number in the text.
     */
    private static final Pattern DAY_FIRST = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s+(\\d{1,2}):(\\d{2})\\s*$");

    private static OffsetDateTime dayFirstTime(Matcher d) {
        try {
            return OffsetDateTime.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(1)), Integer.parseInt(d.group(4)), Integer.parseInt(d.group(5)), 0, 0, CHINA);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static OffsetDateTime toTime(Matcher d) {
        try {
            int h = d.group(4) == null ? 0 : Integer.parseInt(d.group(4));
            int mi = d.group(5) == null ? 0 : Integer.parseInt(d.group(5));
            int s = d.group(6) == null ? 0 : Integer.parseInt(d.group(6));
            return OffsetDateTime.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(3)), h, mi, s, 0, CHINA);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
