package dev.policygraph.ingest.clean;

import java.util.ArrayList;
import java.util.List;

import dev.policygraph.ingest.Warning;
import dev.policygraph.ingest.script.Script;

/**
 * Raw text to clean text, keeping the map to raw offsets. Order matters: mojibake first (its damage reaches into
 * the pinyin that follows), then pinyin, spam, chrome (markers may carry pinyin), punctuation last.
 */
public final class Cleaner {

    private final MojibakeRepairer mojibake = new MojibakeRepairer();
    private final PinyinStripper pinyin = new PinyinStripper();
    private final SpamCutter spam = new SpamCutter();
    private final ChromeCutter chrome = new ChromeCutter();
    private final PunctuationNormalizer punctuation = new PunctuationNormalizer();
    private final boolean repair;

    /** @param repair false skips mojibake and pinyin repair (for text known to be clean) */
    public Cleaner(boolean repair) {
        this.repair = repair;
    }

    public Cleaner() {
        this(true);
    }

    public CleanResult clean(String raw) {
        return clean(raw, new Script.Memo());
    }

    /** @param script the article's conversions: the extractor converts the clean text through it too */
    public CleanResult clean(String raw, Script.Memo script) {
        List<Warning> warnings = new ArrayList<>();
        MappedText t = MappedText.identity(raw);
        if (repair) {
            t = mojibake.repair(t, warnings);
            t = pinyin.strip(t, warnings);
        }
        t = spam.cut(t, script, warnings);
        t = chrome.cut(t, script, warnings);
        t = punctuation.normalize(t);
        return new CleanResult(t, warnings);
    }
}
