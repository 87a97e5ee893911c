package dev.policygraph.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Warning;
import dev.policygraph.ingest.lexicon.Lexicon;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.script.Han;

/**
 * Cuts page chrome around the body, line by line: navigation (首页 > 新闻) and marker lines before the body;
 * from the first chrome marker line after the body (相关阅读, 责任编辑, 版权所有 …) to the end; and headline list
 * lines ({@code - headline}) anywhere, unless the line is as long as a body's. The dateline stays: it is part of
 * the article.
 */
public final class ChromeCutter {

    private static final Pattern NAV = Pattern.compile("^(首页|当前位置|您的位置|位置)?.{0,12}\\s*[>›»/]\\s*.{0,40}$");
    private static final Pattern BULLET = Pattern.compile("\\s*[-•·*]\\s+");
    private static final Pattern LIST_LINE = Pattern.compile("^" + BULLET.pattern() + "\\S.*$");
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final int BODY_LINE_HAN = 30;

    private final List<String> markers = Lexicon.words("chrome_markers");

    public MappedText cut(MappedText in, Script.Memo script, List<Warning> warnings) {
        String t = in.text();
        String simp = script.simplify(t);
        MappedText.Builder b = in.rewrite();
        boolean bodySeen = false;
        boolean changed = false;
        int pos = 0;
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            int lineEnd = nl < 0 ? t.length() : nl + 1;
            String line = t.substring(pos, nl < 0 ? t.length() : nl);
            String key = WS.matcher(simp.substring(pos, nl < 0 ? t.length() : nl)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            boolean marker = !key.isEmpty() && startsWithMarker(key);
            if (marker && bodySeen) {
                warnings.add(new Warning("CHROME_CUT", "page chrome from '" + line.strip() + "' to the end",
                        in.rawOffset(pos), in.rawOffset(t.length())));
                changed = true;
                pos = t.length();
                break;
            }
            // a page that lays out its paragraphs as list items (  •   2017年…召开。…): a body line is no headline list
            boolean chromeLine = marker || LIST_LINE.matcher(line).matches() && !bodyLine(key)
                    || (!bodySeen && !key.isEmpty() && hanCount(key) < BODY_LINE_HAN && NAV.matcher(key).matches()
                            && !key.contains(":") && !Character.isDigit(key.charAt(0)));
            if (chromeLine) {
                warnings.add(new Warning("CHROME_CUT", "page chrome line '" + line.strip() + "'",
                        in.rawOffset(pos), in.rawOffset(lineEnd)));
                changed = true;
            } else {
                Matcher bullet = BULLET.matcher(line);
                if (bullet.lookingAt()) {
                    changed = true; // the bullet of a paragraph laid out as a list item: no part of its first sentence
                }
                b.copy(pos + (bullet.lookingAt() ? bullet.end() : 0), lineEnd);
                if (bodyLine(key)) {
                    bodySeen = true;
                }
            }
            pos = lineEnd;
        }
        return changed ? b.build() : in;
    }

    /** A headline as long as a body line, with no sentence that ends in it. */
    private static final int HEADLINE_HAN = 60;
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?!?]");

    /**
     * A line of the body: long, and a sentence ends in it unless it is longer than a headline (a long headline
     * before the page's 浏览次数 / 字号 lines is not yet the body).
     */
    private static boolean bodyLine(String key) {
        int han = hanCount(key);
        return han >= BODY_LINE_HAN && (han >= HEADLINE_HAN || SENTENCE_END.matcher(key).find());
    }

    private boolean startsWithMarker(String key) {
        for (String m : markers) {
            if (key.startsWith(m) && (key.length() < m.length() + 40 || m.endsWith(":"))) {
                return true;
            }
        }
        return false;
    }

    static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Han.is(c)) {
                n++;
            }
        }
        return n;
    }
}
