package dev.policygraph.ingest;

/**
 * A reference to a higher meeting whose spirit this meeting relays (傳達學習 / 通報貫徹 X會議精神).
 * Linking to the meeting node happens at persistence time (it may not be ingested yet).
 *
 * @param meetingName as written, e.g. 全省交通運輸工作電視電話會議
 * @param key         canonical key of the referenced meeting, built like {@link MeetingItem#key()}
 * @param year        the year the reference implies, null when unknown
 * @param convenedBy  the referenced meeting's convener when the text names or implies it, else null
 */
public record RelayRef(String meetingName, String key, Integer year, OrganizationRef convenedBy, Evidence evidence) {
}
