package dev.policygraph.ingest.script;

/** Han characters as the rules count them: CJK Unified Ideographs and Extension A (U+3400–U+9FFF). */
public final class Han {

    private Han() {
    }

    public static boolean is(int c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }

    /** True when every character of the text is Han (and it is not empty). */
    public static boolean all(CharSequence text) {
        return !text.isEmpty() && text.chars().allMatch(Han::is);
    }

    /** True when the text holds at least one Han character. */
    public static boolean any(CharSequence text) {
        return text.chars().anyMatch(Han::is);
    }
}
