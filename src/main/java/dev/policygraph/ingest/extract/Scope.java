package dev.policygraph.ingest.extract;

import java.util.Optional;

import dev.policygraph.ingest.Level;

/** A scope word in a meeting's name (全省工作会议: the meeting of the whole province), and the levels it fits. */
public enum Scope {
    NATION("全国"), PROVINCE("全省"), REGION("全区"), CITY("全市"), COUNTY("全县");

    final String word;

    Scope(String word) {
        this.word = word;
    }

    /** The scope words as a regex alternation, in the order above. */
    public static String alternation() {
        return java.util.Arrays.stream(values()).map(s -> s.word).collect(java.util.stream.Collectors.joining("|"));
    }

    /** The first scope word the folded name contains, in the order above. */
    public static Optional<Scope> in(String folded) {
        for (Scope s : values()) {
            if (folded.contains(s.word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The scope word the folded name starts with. */
    public static Optional<Scope> leading(String folded) {
        for (Scope s : values()) {
            if (folded.startsWith(s.word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether a body at this level could hold a meeting of this scope; true when the level is unknown. */
    public boolean fits(Level level) {
        if (level == null || level == Level.UNKNOWN) {
            return true;
        }
        return switch (this) {
            case NATION -> level == Level.CENTRAL || level == Level.MINISTRY;
            case PROVINCE, REGION -> level == Level.PROVINCIAL;
            case CITY -> level == Level.MUNICIPAL || level == Level.PROVINCIAL;
            case COUNTY -> level == Level.COUNTY;
        };
    }

    /** Whether the relaying body's own place resolves it (全省, 全区, 全市; 全国 needs none, 全县 is not resolved). */
    public boolean namesOwnPlace() {
        return this == PROVINCE || this == REGION || this == CITY;
    }
}
