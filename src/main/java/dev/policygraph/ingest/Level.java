package dev.policygraph.ingest;

/** Administrative level of a body, top down. The cascade flows from lower ordinal to higher. */
public enum Level {
    /** 黨中央, 國務院 */
    CENTRAL,
    /** a ministry or national bureau, e.g. 國家郵政局 */
    MINISTRY,
    /** 省、自治區、直轄市 */
    PROVINCIAL,
    /** 市 */
    MUNICIPAL,
    /** 縣、區 */
    COUNTY,
    UNKNOWN
}
