package dev.policygraph.ingest;

/**
 * A reference to a higher meeting whose spirit this meeting relays (傳達學習 / 通報貫徹 X會議精神).
 * Linking to the meeting node happens at persistence time (it may not be ingested yet).
 *
 * @param meetingName as written, e.g. 全省交通運輸工作電視電話會議
 * @param key         canonical key of the referenced meeting, built like {@link MeetingItem#key()}, as the relaying
 *                    meeting's body means it: on the convener below, or on the body's place for a name starting
 *                    with 全省, 全区 or 全市 ({@code ShortForms.relayTarget})
 * @param year        the year the reference implies, null when unknown
 * @param convenedBy  the referenced meeting's convener as the text writes it (省局, 国家邮政局), else null
 * @param convenerKey the convener's key as the relaying body reads it (省局 in a 泉州 article: 福建省邮政管理局), else null
 */
public record RelayRef(String meetingName, String key, Integer year, OrganizationRef convenedBy, String convenerKey,
        Evidence evidence) {

    /** A reference as written, not yet read against the relaying meeting's body: its convener is the one written. */
    public RelayRef(String meetingName, String key, Integer year, OrganizationRef convenedBy, Evidence evidence) {
        this(meetingName, key, year, convenedBy, convenedBy == null ? null : convenedBy.key(), evidence);
    }
}
