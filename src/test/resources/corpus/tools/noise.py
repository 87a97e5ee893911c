"""Noise helpers used to build the corpus (run by gen.py).

Mojibake is the seed's kind: the GBK bytes of a span are read one byte out of step.
We take span.encode('gbk')[1:] and decode it pair by pair the way the seed's decoder did:
  * a valid GBK pair  -> that character
  * a pair in the GBK user-defined area -> dropped (seed: AFD0 vanished)
  * an invalid pair (lead byte + ASCII) -> one '?' that eats both bytes (seed: D5 '(' -> '?')
  * an ASCII byte     -> itself
The lost first character is shown as '?'. Afterwards the whole text has fullwidth ASCII forms
(FF01-FF5E) folded to halfwidth, as in the seed (！ -> !). Checked against the seed's three spans.
Pinyin annotation puts '(pinyin)' after selected characters, as in 學(xué)習(xí).
"""

PINYIN = {
    '学': 'xué', '習': 'xí', '学': 'xué', '學': 'xué', '习': 'xí', '贯': 'guàn', '貫': 'guàn', '彻': 'chè', '徹': 'chè',
    '务': 'wù', '務': 'wù', '发': 'fā', '發': 'fā', '关': 'guān', '關': 'guān', '结': 'jié', '結': 'jié',
    '议': 'yì', '議': 'yì', '讲': 'jiǎng', '講': 'jiǎng', '话': 'huà', '話': 'huà', '设': 'shè', '設': 'shè',
    '长': 'zhǎng', '長': 'zhǎng', '组': 'zǔ', '組': 'zǔ', '邮': 'yóu', '郵': 'yóu', '递': 'dì', '遞': 'dì',
    '实': 'shí', '實': 'shí', '导': 'dǎo', '導': 'dǎo', '传': 'chuán', '傳': 'chuán', '达': 'dá', '達': 'dá',
    '总': 'zǒng', '總': 'zǒng', '记': 'jì', '記': 'jì', '员': 'yuán', '員': 'yuán', '体': 'tǐ', '體': 'tǐ',
}

def pinyin(text, chars=None):
    out = []
    for c in text:
        out.append(c)
        if c in PINYIN and (chars is None or c in chars):
            out.append('(' + PINYIN[c] + ')')
    return ''.join(out)

def _valid(pair):
    try:
        ch = pair.decode('gbk')
    except UnicodeDecodeError:
        return None
    return ch

def _user_defined(a, b):
    return (0xAA <= a <= 0xAF or 0xF8 <= a <= 0xFE) and 0xA1 <= b <= 0xFE or 0xA1 <= a <= 0xA7 and 0x40 <= b <= 0xA0

def garble(span):
    b = span.encode('gbk')[1:]
    out, i = ['?'], 0
    while i < len(b):
        x = b[i]
        if x < 0x80:
            out.append(chr(x)); i += 1; continue
        if i + 1 >= len(b):
            out.append('?'); i += 1; continue
        y = b[i + 1]
        if _user_defined(x, y):
            i += 2; continue
        ch = _valid(bytes([x, y]))
        out.append(ch if ch and ch != '\ufffd' else '?')
        i += 2
    return ''.join(out)

def halfwidth(text):
    return ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text)

def mojibake(text, span):
    """Replace the first occurrence of span in text by its garbled form."""
    i = text.index(span)
    return text[:i] + garble(span) + text[i + len(span):]

if __name__ == '__main__':
    for span, seen in [('保”任務(', '?!比蝿?'), ('海”工程，強化行業', '?!惫こ蹋瑥娀袠I'), ('省（區', '?。▍^')]:
        got = halfwidth(garble(span))
        print(got == seen, got, seen)
