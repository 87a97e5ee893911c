package dev.policygraph.ingest;

/** What an official did at a meeting. */
public enum Role {
    /** 出席 */
    ATTENDED,
    /** 主持 */
    CHAIRED,
    /** 講話 */
    SPOKE
}
