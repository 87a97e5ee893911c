#!/usr/bin/env python3
"""Saves search excerpts as corpus texts and checks each against sources.tsv.

  restore.py FILE...   each FILE holds JSON copied from a `search` answer (pages corpus): the whole answer,
                       its `results` list, or one or more {"url": ..., "excerpt": ...} objects (a list or one per
                       line). Every result whose url is a row's url is written to texts/<id>.txt exactly as
                       decoded, and reported ok (length and SHA-256 match) or mismatch.
  restore.py --new ID FILE   a new article: FILE holds one {"url": ..., "excerpt": ...}; writes texts/ID.txt and
                       prints the sources.tsv fields it needs (length, sha256).
"""
import hashlib, json, os, sys
from texthash import ROOT, rows


def results(text):
    text = text.strip()
    try:
        found = json.loads(text)
    except json.JSONDecodeError:
        found = [json.loads(line) for line in text.splitlines() if line.strip()]
    if isinstance(found, dict):
        found = found.get('results', [found])
    return found


def main(paths):
    by_url = {}
    for r in rows():
        by_url.setdefault(r['url'], []).append(r)
    bad = 0
    for path in paths:
        for hit in results(open(path, encoding='utf-8').read()):
            for r in by_url.get(hit.get('url'), []):
                data = hit['excerpt'].encode('utf-8')
                ok = (str(len(hit['excerpt'])), hashlib.sha256(data).hexdigest()) == (r['length'], r['sha256'])
                if ok or not os.path.exists(os.path.join(ROOT, 'texts', r['id'] + '.txt')):
                    os.makedirs(os.path.join(ROOT, 'texts'), exist_ok=True)
                    with open(os.path.join(ROOT, 'texts', r['id'] + '.txt'), 'wb') as f:
                        f.write(data)
                bad += not ok
                print('ok' if ok else f"mismatch (length {len(hit['excerpt'])}, want {r['length']})", r['id'])
    sys.exit(1 if bad else 0)


def new(ident, path):
    hit = results(open(path, encoding='utf-8').read())[0]
    data = hit['excerpt'].encode('utf-8')
    os.makedirs(os.path.join(ROOT, 'texts'), exist_ok=True)
    with open(os.path.join(ROOT, 'texts', ident + '.txt'), 'wb') as f:
        f.write(data)
    print(f"{ident}\t{hit['url']}\tlength {len(hit['excerpt'])}\tsha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == '__main__':
    if sys.argv[1:2] == ['--new']:
        new(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1:])
