package dev.policygraph.ingest.clean;

/**
 * Text produced by a cleaning step with, for every char, its offset in the raw text ({@code toRaw[i]}); the extra
 * last entry maps the end. Steps compose, so offsets always point into the text as received.
 */
public record MappedText(String text, int[] toRaw) {

    /** The raw text itself: the identity map. */
    public static MappedText identity(String raw) {
        int[] map = new int[raw.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new MappedText(raw, map);
    }

    public int rawOffset(int i) {
        return toRaw[Math.max(0, Math.min(i, toRaw.length - 1))];
    }

    /** Builds the next text from this one, mapping every emitted char back to raw through this map. */
    public Builder rewrite() {
        return new Builder(this);
    }

    public static final class Builder {
        private final MappedText source;
        private final StringBuilder sb;
        private int[] map;
        private int n;

        Builder(MappedText source) {
            this.source = source;
            this.sb = new StringBuilder(source.text.length());
            this.map = new int[source.text.length() + 16];
        }

        /** Copies source chars [from, to): in bulk, as the cutters keep most lines whole. */
        public Builder copy(int from, int to) {
            if (to <= from) {
                return this;
            }
            if (n + (to - from) >= map.length) {
                map = java.util.Arrays.copyOf(map, Math.max(map.length * 2, n + (to - from) + 1));
            }
            sb.append(source.text, from, to);
            System.arraycopy(source.toRaw, from, map, n, to - from);
            n += to - from;
            return this;
        }

        /** Emits {@code ch} standing for the source char at {@code sourceIndex}. */
        public Builder emit(char ch, int sourceIndex) {
            if (n + 1 >= map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2);
            }
            sb.append(ch);
            map[n++] = source.toRaw[sourceIndex];
            return this;
        }

        public MappedText build() {
            map[n] = source.toRaw[source.text.length()];
            return new MappedText(sb.toString(), java.util.Arrays.copyOf(map, n + 1));
        }
    }
}
