package dev.policygraph.ingest.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.lexicon.Lexicon;

/**
 * Study campaigns (集中教育: 党史学习教育, “不忘初心、牢记使命”主题教育) an article is written in: a reader dates an
 * undated report of 党史学习教育动员大会 to 2021 because the campaign ran then. Campaigns and their months are in
 * {@code lexicon/campaigns.txt}.
 */
public final class Campaigns {

    private static final Map<String, String> MONTHS = Lexicon.pairs("campaigns");
    private static final Pattern NAMED = Pattern.compile(Lexicon.alternation(new ArrayList<>(MONTHS.keySet())));
    /** 巩固拓展主题教育成果, 深化党史学习教育: a campaign looked back on from after it. */
    private static final Pattern LOOKED_BACK_BEFORE = Pattern.compile("(?:巩固|拓展|深化|延续|运用|常态化)[^,。;]{0,4}$");
    private static final Pattern LOOKED_BACK_AFTER = Pattern.compile("^[^,。;]{0,2}(?:成果|常态化|以来的)");
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’]");

    private Campaigns() {
    }

    /**
     * The campaign an article is written in: its first day, and the latest day an undated day of the article can
     * be (the year's end, or the campaign's last day when it runs into the next year: a January day after a campaign
     * of June to January is that January's, a September day after one of March to July is still its year's).
     */
    public record Running(LocalDate first, LocalDate latestDay) {
    }

    /** The latest campaign the simplified text is written in, or null. */
    public static Running in(String simplified) {
        String text = QUOTES.matcher(simplified).replaceAll("");
        Running latest = null;
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            if (LOOKED_BACK_BEFORE.matcher(text).region(Math.max(0, m.start() - 8), m.start()).find()
                    || LOOKED_BACK_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 6)).lookingAt()) {
                continue;
            }
            String[] range = MONTHS.get(m.group()).split("\\.\\.");
            LocalDate first = YearMonth.parse(range[0]).atDay(1);
            LocalDate last = YearMonth.parse(range[1]).atEndOfMonth();
            LocalDate yearEnd = LocalDate.of(first.getYear(), 12, 31);
            Running r = new Running(first, last.isAfter(yearEnd) ? last : yearEnd);
            latest = latest == null || r.first().isAfter(latest.first()) ? r : latest;
        }
        return latest;
    }

    /**
     * A meeting named for a campaign (党史学习教育动员大会) but dated after it by a later page's address, with its year
     * nowhere written: a repost, so the day is the one in the campaign's months. Otherwise the date as given.
     */
    public static LocalDate intoItsCampaign(String nameSimp, LocalDate date, String simplified) {
        if (date == null || simplified.contains(date.getYear() + "年")) {
            return date;
        }
        Matcher m = NAMED.matcher(QUOTES.matcher(nameSimp).replaceAll(""));
        if (!m.find()) {
            return date;
        }
        String[] range = MONTHS.get(m.group()).split("\\.\\.");
        YearMonth first = YearMonth.parse(range[0]);
        YearMonth last = YearMonth.parse(range[1]);
        if (!date.isAfter(last.atEndOfMonth())) {
            return date;
        }
        int year = date.getMonthValue() >= first.getMonthValue() ? first.getYear() : first.getYear() + 1;
        LocalDate moved = date.withYear(year);
        return moved.isAfter(last.atEndOfMonth()) ? date : moved;
    }
}
