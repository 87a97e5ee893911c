package dev.policygraph.ingest.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import dev.policygraph.ingest.Warning;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.script.Han;

/**
 * Repairs GBK text that was decoded one byte out of step (落實“六?!比蝿?wù) → 落實“六保”任務).
 *
 * <p>A garbled run starts at a {@code ?} (the lost lead byte) right after a Han character or quote. Its chars are
 * re-encoded as GBK (half-width {@code !,;:()} as their full-width forms, which a later normaliser had folded), and
 * the bytes are read again one byte over. The run ends at an ASCII letter-like char (0x40–0x7E, a GBK trail byte
 * that the misaligned decoder left alone), at a second {@code ?} (a lost trail byte) or at other ASCII.
 * Unknown bytes make characters ambiguous: each is chosen among all GBK characters that fit the known byte by the
 * words it forms with its neighbours (lexicon {@code mojibake_words}, then HanLP's core dictionary) and reported
 * as {@code MOJIBAKE_GUESSED}. When the run ends in a letter, two lost bytes (one whole character) are also tried.
 * Repaired characters are what GBK gives (the article's own script when the source was traditional).
 */
public final class MojibakeRepairer {

    private static final Charset GBK = Charset.forName("GBK");
    private static final int MAX_RUN = 60;
    private static final String FOLDED = "!,;:()?";

    private final List<String> words = Lexicon.words("mojibake_words");

    public MappedText repair(MappedText in, List<Warning> warnings) {
        String t = in.text();
        if (t.indexOf('?') < 0) {
            return in;
        }
        MappedText.Builder b = in.rewrite();
        int last = 0;
        boolean changed = false;
        for (int q = t.indexOf('?'); q >= 0 && q < t.length(); q = t.indexOf('?', q + 1)) {
            if (q == 0 || q < last || !isHanOrQuote(t.charAt(q - 1))) {
                continue;
            }
            Repair r = tryRepair(t, q);
            if (r == null) {
                continue;
            }
            b.copy(last, q);
            for (int k = 0; k < r.text.length(); k++) {
                b.emit(r.text.charAt(k), Math.min(q + k, r.end - 1));
            }
            last = r.end;
            changed = true;
            int rs = in.rawOffset(q);
            int re = in.rawOffset(r.end);
            warnings.add(new Warning("MOJIBAKE_REPAIRED", "GBK mojibake '" + t.substring(q - 1, r.end) + "' read as '"
                    + t.charAt(q - 1) + r.text + "'", rs, re));
            for (String g : r.guesses) {
                warnings.add(new Warning("MOJIBAKE_GUESSED", g, rs, re));
            }
            q = r.end - 1;
        }
        if (!changed) {
            return in;
        }
        b.copy(last, t.length());
        return b.build();
    }

    private record Repair(String text, int end, List<String> guesses) {
    }

    private enum End { TRAIL, LOST, NONE }

    private Repair tryRepair(String t, int q) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int j = q + 1;
        End end = End.NONE;
        int trail = -1;
        CharsetEncoder enc = GBK.newEncoder();
        while (j < t.length() && j - q < MAX_RUN) {
            char ch = t.charAt(j);
            if (ch == '?') {
                end = End.LOST;
                j++;
                break;
            }
            if (ch >= 0x40 && ch <= 0x7E) {
                end = End.TRAIL;
                trail = ch;
                j++;
                break;
            }
            char c = FOLDED.indexOf(ch) >= 0 ? (char) (ch + 0xFEE0) : ch;
            if (c < 0x80 || !enc.canEncode(c)) {
                break;
            }
            byte[] e = String.valueOf(c).getBytes(GBK);
            if (e.length != 2) {
                break;
            }
            bytes.writeBytes(e);
            j++;
        }
        byte[] bs = bytes.toByteArray();
        if (bs.length < 2) {
            return null;
        }
        String left = Script.simplify(t.substring(Math.max(0, q - 3), q));
        Hypothesis best = solve(template(bs, -1, end == End.TRAIL ? trail : -1), left);
        // a misaligned pair that was not valid GBK is dropped by decoders: try one lost pair at each boundary
        // only where the plain reading leaves a character that forms no word (a drop replaces that one char)
        String plainWindow = best == null ? null : left + Script.simplify(best.text);
        for (int m = 1; m <= bs.length / 2; m++) {
            if (plainWindow != null && m < best.text.length()
                    && score(plainWindow, left.length() + m, 1) > 0) {
                continue;
            }
            Hypothesis h = solve(template(bs, m, end == End.TRAIL ? trail : -1), left);
            if (h != null && (best == null || h.score > best.score)) {
                best = h;
            }
        }
        if (best == null) {
            return null;
        }
        String seen = Script.simplify(t.substring(q + 1, j));
        if (scoreAll(left + Script.simplify(best.text)) <= scoreAll(left + seen)) {
            return null; // no better than what is there: leave the text as it is
        }
        return new Repair(best.text, j, best.guesses);
    }

    private record Hypothesis(String text, int score, List<String> guesses) {
    }

    /**
     * Byte template of the original: lost lead, the re-encoded bytes (with two unknown bytes inserted at garbled
     * char boundary {@code drop}, or none when drop < 0), then the trail byte or unknown. -1 marks unknown bytes.
     */
    private static int[] template(byte[] bs, int drop, int trail) {
        int n = bs.length + 2 + (drop > 0 ? 2 : 0);
        int[] tp = new int[n];
        int k = 0;
        tp[k++] = -1;
        for (int i = 0; i < bs.length; i++) {
            if (drop > 0 && i == 2 * drop) {
                tp[k++] = -2;
                tp[k++] = -3;
            }
            tp[k++] = bs[i] & 0xFF;
        }
        if (drop > 0 && 2 * drop == bs.length) {
            tp[k++] = -2;
            tp[k++] = -3;
        }
        tp[k] = trail;
        return tp;
    }

    /** Decodes the template pairwise, choosing unknown characters by the words they form; null if impossible. */
    private Hypothesis solve(int[] tp, String left) {
        int chars = tp.length / 2;
        String[] out = new String[chars];
        List<Integer> open = new ArrayList<>();
        for (int c = 0; c < chars; c++) {
            int a = tp[2 * c];
            int b = tp[2 * c + 1];
            if (a >= 0 && b >= 0) {
                out[c] = decode((byte) a, (byte) b);
                if (out[c] == null) {
                    return null;
                }
            } else {
                open.add(c);
            }
        }
        List<String> guesses = new ArrayList<>();
        int penalty = 0;
        for (int idx = 0; idx < open.size(); idx++) {
            int c = open.get(idx);
            int a = tp[2 * c];
            int b = tp[2 * c + 1];
            if (b == -2) {
                // the dropped pair spans chars c and c+1: (a, U1) (U2, next) with (U1, U2) not valid GBK
                int next = tp[2 * c + 3];
                if (next < 0) {
                    return null;
                }
                String[] pair = bestPair(a, next, left, out, c);
                if (pair == null) {
                    return null;
                }
                out[c] = pair[0];
                out[c + 1] = pair[1];
                guesses.add("'" + pair[0] + pair[1] + "' chosen for a lost pair of bytes after "
                        + hex((byte) a) + " and before " + hex((byte) next));
                penalty += 3;
                idx++;
                continue;
            }
            List<String> cands = a < 0 ? candidates(-1, b) : candidates(a, -1);
            String prefix = left + simplified(out, 0, c);
            String suffix = simplified(out, c + 1, chars);
            String bestC = null;
            int bestS = -1;
            for (String cand : cands) {
                int sc = score(prefix + simple(cand) + suffix, prefix.length(), 1) * 4 + (isCommon(cand) ? 1 : 0);
                if (sc > bestS) {
                    bestS = sc;
                    bestC = cand;
                }
            }
            if (bestC == null) {
                return null;
            }
            out[c] = bestC;
            guesses.add("'" + bestC + "' chosen among " + cands.size() + " GBK characters with "
                    + (a < 0 ? "trail byte " + hex((byte) b) : "lead byte " + hex((byte) a)));
        }
        String text = String.join("", out);
        return new Hypothesis(text, scoreAll(left + Script.simplify(text)) - penalty, guesses);
    }

    private static String simplified(String[] out, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to && i < out.length; i++) {
            if (out[i] == null) {
                break;
            }
            sb.append(out[i]);
        }
        return Script.simplify(sb.toString());
    }

    private String[] bestPair(int lead, int trail, String left, String[] out, int c) {
        String prefix = left + simplified(out, 0, c);
        String suffix = simplified(out, c + 2, out.length);
        String[] best = null;
        int bestS = 0;
        // score each half alone first: only halves that form a word with their neighbour are worth pairing
        boolean[] aWord = new boolean[256];
        boolean[] bWord = new boolean[256];
        for (int u = 0x81; u <= 0xFE; u++) {
            String a = decode((byte) lead, (byte) u);
            aWord[u] = a != null && score(prefix + simple(a), prefix.length(), 1) > 0;
            String b = decode((byte) u, (byte) trail);
            bWord[u] = b != null && score(simple(b) + suffix, 0, 1) > 0;
        }
        for (int u1 = 0x81; u1 <= 0xFE; u1++) {
            String a = decode((byte) lead, (byte) u1);
            if (a == null) {
                continue;
            }
            String sa = simple(a);
            for (int u2 = 0x81; u2 <= 0xFE; u2++) {
                if (!aWord[u1] && !bWord[u2]) {
                    continue;
                }
                if (decode((byte) u1, (byte) u2) != null) {
                    continue; // a valid pair would not have been dropped
                }
                String b = decode((byte) u2, (byte) trail);
                if (b == null) {
                    continue;
                }
                String window = prefix + sa + simple(b) + suffix;
                int sc = score(window, prefix.length(), 2) * 4 + (isCommon(a) ? 1 : 0) + (isCommon(b) ? 1 : 0);
                if (sc > bestS) {
                    bestS = sc;
                    best = new String[] {a, b};
                }
            }
        }
        return best;
    }

    private static String hex(byte b) {
        return String.format("0x%02X", b & 0xFF);
    }

    /** Candidates with a fixed lead (trail unknown, lead >= 0) or fixed trail (lead unknown). */
    private static List<String> candidates(int lead, int trail) {
        List<String> out = new ArrayList<>();
        if (lead >= 0) {
            for (int tr = 0x40; tr <= 0xFE; tr++) {
                if (tr != 0x7F) {
                    String d = decode((byte) lead, (byte) tr);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
        } else {
            for (int ld = 0x81; ld <= 0xFE; ld++) {
                String d = decode((byte) ld, (byte) trail);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** Known words of window covering [pos, pos+len): lexicon words weigh 10, dictionary words 1. */
    private int score(String window, int pos, int len) {
        int s = 0;
        for (String w : words) {
            int i = window.indexOf(w);
            while (i >= 0) {
                if (i < pos + len && i + w.length() > pos) {
                    s += 10;
                }
                i = window.indexOf(w, i + 1);
            }
        }
        for (int a = Math.max(0, pos - 3); a <= pos + len - 1; a++) {
            for (int e = Math.max(a + 2, pos + 1); e <= Math.min(window.length(), a + 4); e++) {
                if (a < pos + len && e > pos && CoreDictionary.contains(window.substring(a, e))) {
                    s += 1;
                }
            }
        }
        return s;
    }

    private int scoreAll(String window) {
        return score(window, 0, window.length());
    }

    /** GB2312 level 1 and 2 Han characters: the common ones. */
    private static boolean isCommon(String c) {
        byte[] b = c.getBytes(GBK);
        int lead = b.length == 2 ? b[0] & 0xFF : 0;
        int tr = b.length == 2 ? b[1] & 0xFF : 0;
        return lead >= 0xB0 && lead <= 0xF7 && tr >= 0xA1;
    }

    /** Every two-byte GBK sequence decoded once: index lead*256+trail, null when not text. */
    private static final String[] TABLE = buildTable();
    private static final java.util.Map<String, String> SIMPLE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] buildTable() {
        String[] table = new String[65536];
        CharsetDecoder dec = GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                try {
                    CharBuffer cb = dec.reset().decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
                    char ch = cb.length() == 1 ? cb.charAt(0) : '\uFFFD';
                    if (ch != '\uFFFD' && (ch < '\uE000' || ch > '\uF8FF')) { // user-defined area: not text
                        table[lead * 256 + trail] = cb.toString();
                    }
                } catch (CharacterCodingException e) {
                    // not a character
                }
            }
        }
        return table;
    }

    private static String decode(byte lead, byte trail) {
        return TABLE[(lead & 0xFF) * 256 + (trail & 0xFF)];
    }

    private static String simple(String decoded) {
        return SIMPLE.computeIfAbsent(decoded, Script::simplify);
    }

    private static boolean isHanOrQuote(char c) {
        return Han.is(c) || c == '“' || c == '‘' || c == '《';
    }
}
