package dev.policygraph.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting an article reports.
 *
 * @param name       as written, e.g. 2023年全省交通運輸工作電視電話會議
 * @param key        identity across articles: year, convener key and the normalised simplified name
 * @param date       the meeting day; when only the month is known (日前, 近日) the first of the month with
 *                   {@code datePrecision} MONTH; null when nothing is known
 * @param form       e.g. 電視電話會議, 黨組會議, 局長辦公會; null if not said
 * @param directives what it implements (upward links)
 * @param relays     higher meetings whose spirit it relays
 * @param tasks      tasks, requirements and achievements, in order
 * @param purposes   what the lead says the meeting was for, as written (总结上半年工作, 部署下半年重点任务); added
 *                   by the extractor, last component so existing positional uses only gain one argument
 */
public record MeetingItem(String name, String key, LocalDate date, DatePrecision datePrecision, String form,
        OrganizationRef convenedBy, List<Participation> participants, List<DirectiveRef> directives,
        List<RelayRef> relays, List<TaskItem> tasks, List<Venue> venues, Evidence evidence,
        List<String> purposes) {

    public enum DatePrecision { DAY, MONTH, YEAR, UNKNOWN }

    /** The same meeting relaying {@code relays} instead. */
    public MeetingItem withRelays(List<RelayRef> relays) {
        return new MeetingItem(name, key, date, datePrecision, form, convenedBy, participants, directives,
                List.copyOf(relays), tasks, venues, evidence, purposes);
    }
}
