package dev.policygraph.ingest.clean;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Warning;

/**
 * Removes pinyin annotations such as 學(xué)習(xí): a Han character followed by one pinyin syllable in parentheses.
 * Also removes damaged annotations that lost their "(" next to mojibake (務wù)), but only when tone-marked.
 * Real parentheses ((區、市), (app)) survive: the content must have the shape of a single pinyin syllable.
 */
public final class PinyinStripper {

    private static final String LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    private static final Pattern ANNOTATION = Pattern.compile(
            "(?<=[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}?])(\\()?([" + LETTERS + "]{1,6})( )?\\)"
            + "(?: (?=[\\x{3400}-\\x{9FFF}]))?"); // 會(hui) 議: a blank set after the annotation goes with it
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern TONE = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]");
    private static final Pattern SYLLABLE = Pattern.compile(
            "(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)|m|n|ng|hm|hng");

    public MappedText strip(MappedText in, List<Warning> warnings) {
        String t = in.text();
        Matcher m = ANNOTATION.matcher(t);
        MappedText.Builder b = in.rewrite();
        int last = 0;
        int count = 0;
        int damaged = 0;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            String syl = m.group(2);
            boolean hasParen = m.group(1) != null;
            boolean toned = TONE.matcher(syl).find();
            // 會(huì )議: some pages set a blank before the closing parenthesis; only with the opening one
            if (!isSyllable(syl) || (!hasParen && !toned) || (!hasParen && m.group(3) != null)) {
                continue;
            }
            b.copy(last, m.start());
            last = m.end();
            count++;
            if (!hasParen) {
                damaged++;
            }
            if (firstStart < 0) {
                firstStart = in.rawOffset(m.start());
                firstEnd = in.rawOffset(m.end());
            }
        }
        if (count == 0) {
            return in;
        }
        b.copy(last, t.length());
        warnings.add(new Warning("PINYIN_STRIPPED", count + " pinyin annotations removed" + (damaged > 0
                ? " (" + damaged + " damaged, without their opening parenthesis)" : "") + "; offsets are the first one",
                firstStart, firstEnd));
        return b.build();
    }

    /** One syllable of pinyin after removing tone marks (ü written as v). */
    static boolean isSyllable(String s) {
        String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.replace('ü', 'v');
        if (s.indexOf('ü') >= 0 || s.indexOf('ǖ') >= 0 || s.indexOf('ǘ') >= 0 || s.indexOf('ǚ') >= 0 || s.indexOf('ǜ') >= 0) {
            plain = plain.replace('u', 'v');
        }
        return SYLLABLE.matcher(plain).matches();
    }
}
