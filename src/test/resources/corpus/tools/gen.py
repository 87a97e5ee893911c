"""Generates the corpus articles (.txt) and gold files (.gold.json) from articles.py.

Run from the repository root:  python3 src/test/resources/corpus/tools/gen.py
Needs the HanLP jar in ~/.m2 (simplified -> traditional for script 't', via HanLP.convertToTraditionalChinese).
Noise (see noise.py): fullwidth ASCII folded to halfwidth everywhere (as in the seed); optional SEO spam,
pinyin annotations after selected characters, one-byte-misaligned GBK mojibake spans; page chrome before/after.
Gold strings are checked to occur in the article's clean text (before pinyin/mojibake/spam).
"""
import glob, json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from noise import pinyin, garble, halfwidth
from articles import ARTICLES

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..'))
JAVA = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/java'
CONV = os.path.join(os.path.dirname(__file__), 'Conv.java')

def to_trad(strings):
    jar = glob.glob(os.path.expanduser('~/.m2/repository/com/hankcs/hanlp/*/hanlp-*.jar'))[0]
    src = '\u0001'.join(strings)
    with open('/tmp/pg_conv_in.txt', 'w', encoding='utf-8') as f:
        f.write(src)
    out = subprocess.run([JAVA, '-cp', jar, CONV, 't', '/tmp/pg_conv_in.txt'], capture_output=True, text=True, check=True).stdout
    out = out.replace('「', '“').replace('」', '”').replace('『', '‘').replace('』', '’').replace('爲', '為')
    parts = out.split('\u0001')
    assert len(parts) == len(strings)
    return parts

def collect(g):
    """All display strings of a gold (simplified) to convert."""
    out = []
    def add(s):
        if isinstance(s, str): out.append(s)
        elif isinstance(s, list):
            for x in s: add(x)
    m = g.get('meeting')
    if m: add([m['name'], m['convenedBy']])
    for o in g.get('officials', []) + g.get('mustNotAttend', []) + g.get('officialsShould', []):
        add([o['name'], o.get('organization')] + o['titles'])
    for d in g.get('directives', []) + g.get('directivesIssued', []):
        add([d['text'], d.get('issuedBy')])
    t = g.get('tasks')
    if t:
        add(t['setBy'])
        for x in t['tasks']:
            add([x['focus'], x['goal']] + x['initiatives'])
    add(g['initiatives'].get('must', []) + g['initiatives'].get('should', []))
    for p in g['initiatives'].get('partOf', []): add(p)
    for r in g.get('relays', []) + g.get('relaysShould', []):
        add([r['meetingName'], r.get('convenedBy')])
    return [halfwidth(s) for s in out]

def published(dateline):
    m = re.search(r'(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})', dateline)
    return f'{m.group(1)}T{m.group(2)}+08:00'

def publisher(dateline):
    m = re.search(r'来源:(\S+)', dateline)
    if m: return m.group(1)
    m = re.search(r'\d{2}:\d{2}:\d{2} (.+)$', dateline)
    return m.group(1).strip()

def build(a, conv):
    c = lambda s: None if s is None else conv.get(halfwidth(s), halfwidth(s))
    simp = lambda s: None if s is None else halfwidth(s)
    g = a['gold']
    def named(s):
        return {'name': c(s), 'simplified': simp(s)} if s is not None else None
    dateline = halfwidth(a['dateline'])
    pub = publisher(dateline)
    out = {'about': g['about'],
           'article': {'publishedAt': published(dateline), 'publisher': {'name': pub}, 'script': {'s': 'simplified', 't': 'traditional'}[a['script']]}}
    if a.get('post'):
        out['article']['bodyEndsBefore'] = halfwidth(a['post']).strip().splitlines()[0]
    if a.get('pre'):
        out['article']['bodyStartsAt'] = dateline
    m = g['meeting']
    if m is None:
        out['meeting'] = None
    else:
        mm = {'name': c(m['name']), 'simplified': simp(m['name']), 'date': m['date'], 'convenedBy': c(m['convenedBy']),
              'convenedBySimplified': simp(m['convenedBy']), 'form': m['form']}
        if 'dateNote' in m: mm['dateNote'] = m['dateNote']
        out['meeting'] = {'must': mm}
    def off(o):
        r = {'name': c(o['name']), 'simplified': simp(o['name']), 'titles': [c(t) for t in o['titles']],
             'organization': c(o.get('organization')), 'roles': o.get('roles', [])}
        if 'why' in o: r['why'] = o['why']
        return r
    out['officials'] = {'must': [off(o) for o in g['officials']], 'mustNotAttend': [off(o) for o in g.get('mustNotAttend', [])]}
    if g.get('officialsShould'): out['officials']['should'] = [off(o) for o in g['officialsShould']]
    if g.get('rolesNote'): out['officials']['note'] = g['rolesNote']
    def dire(d):
        r = {'text': c(d['text']), 'simplified': simp(d['text']), 'issuedBy': c(d.get('issuedBy'))}
        if 'sourceArticle' in d: r['sourceArticle'] = d['sourceArticle']
        return r
    if g.get('directivesShouldOnly'):
        out['directivesImplemented'] = {'must': [], 'should': [dire(d) for d in g['directives']]}
    else:
        out['directivesImplemented'] = {'must': [dire(d) for d in g['directives']]}
    if g.get('directivesIssued'):
        out['directivesIssued'] = {'must': [dire(d) for d in g['directivesIssued']]}
    t = g.get('tasks')
    if t is None:
        out['tasks'] = None
    else:
        out['tasks'] = {'must': {'setBy': c(t['setBy']), 'kind': t['kind'], 'tasks': [
            {'n': x['n'], 'focus': c(x['focus']), 'goal': c(x['goal']), 'initiatives': [c(i) for i in x['initiatives']]}
            for x in t['tasks']]}}
    ini = g['initiatives']
    out['initiatives'] = {'must': [c(i) for i in ini.get('must', [])], 'should': [c(i) for i in ini.get('should', [])],
                          'partOf': [[c(x), c(y)] for x, y in ini.get('partOf', [])]}
    if g.get('initiativesMustNot'): out['initiatives']['mustNot'] = g['initiativesMustNot']
    def rel(r):
        x = {'meetingName': c(r['meetingName']), 'simplified': simp(r['meetingName']), 'year': r['year'],
             'convenedBy': c(r.get('convenedBy')), 'targetArticle': r['targetArticle']}
        if 'mustNotLinkTo' in r: x['mustNotLinkTo'] = r['mustNotLinkTo']
        return x
    out['relays'] = {'must': [rel(r) for r in g['relays']], 'should': [rel(r) for r in g.get('relaysShould', [])]}
    out['noise'] = dict(g.get('noise', {}))
    return out

def main():
    # 1. script conversion, one JVM for everything
    todo = []
    for a in ARTICLES:
        if a['script'] == 't':
            todo.append(halfwidth(a['body']))
            todo.extend(collect(a['gold']))
            todo.extend(s for s in a.get('mojibake', []))
    conv_list = to_trad(todo) if todo else []
    conv = dict(zip(todo, conv_list))
    problems = []
    for a in ARTICLES:
        body = a['body']
        if a['script'] == 't':
            clean = conv[halfwidth(body)]
            # conversion of the whole text is the truth; map gold strings through the same converter
        else:
            clean = halfwidth(body)
        aconv = conv if a['script'] == 't' else {}
        gold = build(a, aconv)
        # 2. check gold strings occur in the clean text
        def chk(s, what):
            if s and s not in clean:
                problems.append(f"{a['file']}: {what} not in text: {s}")
        if gold['meeting']:
            chk(gold['meeting']['must']['name'], 'meeting'); chk(gold['meeting']['must']['convenedBy'].replace('党组', '').replace('黨組', ''), 'convener')
        for o in gold['officials']['must'] + gold['officials'].get('should', []):
            chk(o['name'], 'official'); [chk(t, 'title') for t in o['titles']]
        for d in gold['directivesImplemented']['must'] + gold['directivesImplemented'].get('should', []):
            chk(d['text'], 'directive')
        if gold['tasks']:
            for x in gold['tasks']['must']['tasks']:
                chk(x['focus'], 'focus'); chk(x['goal'], 'goal'); [chk(i, 'task initiative') for i in x['initiatives']]
        for i in gold['initiatives']['must'] + gold['initiatives']['should']:
            chk(i, 'initiative')
        for r in gold['relays']['must'] + gold['relays']['should']:
            chk(r['meetingName'], 'relay')
        # 3. noise
        text = clean
        for plain, spam in a.get('spam', []):
            text = text.replace(halfwidth(plain), halfwidth(spam), 1)
        # mojibake is applied on fullwidth text (as in the seed, folding came after), so rebuild from fullwidth
        full = conv.get(halfwidth(body), body) if a['script'] == 't' else body
        if a['script'] == 't':
            full = clean  # converted text already halfwidth; garble still works on it
        for plain, spam in a.get('spam', []):
            full = full.replace(plain, spam, 1)
        chars = a.get('pinyinChars')
        if chars:
            chars = set(chars) if a['script'] == 's' else None
            full = pinyin(full, chars)
        mojis = []
        for span in a.get('mojibake', []):
            sp = conv.get(span, span) if a['script'] == 't' else span
            sp_noisy = pinyin(sp, chars) if a.get('pinyinChars') else sp
            i = full.index(sp_noisy)
            seen = halfwidth(garble(sp_noisy))
            full = full[:i] + garble(sp_noisy) + full[i + len(sp_noisy):]
            mojis.append({'seen': seen, 'was': halfwidth(sp), 'how': 'GBK bytes read one byte out of step; the first lead byte is lost'})
        if mojis:
            gold['noise']['mojibake'] = mojis
        if a.get('pinyinChars'):
            n = sum(1 for _ in re.finditer(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', halfwidth(full)))
            gold['noise']['pinyinAnnotations'] = f'{n} places where a character is followed by its pinyin in parentheses'
        raw = halfwidth(a.get('pre', '')) + halfwidth(a['dateline']) + '\n\n' + halfwidth(full) + '\n' + halfwidth(a.get('post', ''))
        path = os.path.join(ROOT, a['file'])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path + '.txt', 'w', encoding='utf-8') as f:
            f.write(raw)
        with open(path + '.gold.json', 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print(f"{a['file']}: {len(raw)} chars")
    for p in problems:
        print('PROBLEM', p)

def to_trad_chars(chars, conv):
    return [conv.get(ch, ch) for ch in chars]

if __name__ == '__main__':
    main()
