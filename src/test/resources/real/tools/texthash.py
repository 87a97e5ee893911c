#!/usr/bin/env python3
"""Length (code points) and SHA-256 of real-corpus texts; checks them against sources.tsv; prints the split.

  texthash.py FILE...     length and sha256 of each file
  texthash.py --check     every row of sources.tsv: ok, missing or mismatch
  texthash.py --split     each id with its part (dev or sealed)
"""
import csv, hashlib, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def measure(path):
    data = open(path, 'rb').read()
    return len(data.decode('utf-8')), hashlib.sha256(data).hexdigest()


def part(ident):
    return 'sealed' if hashlib.sha256(ident.encode('utf-8')).digest()[0] % 3 == 0 else 'dev'


def rows():
    with open(os.path.join(ROOT, 'sources.tsv'), encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


if __name__ == '__main__':
    args = sys.argv[1:]
    if args == ['--check']:
        counts = {'ok': 0, 'missing': 0, 'mismatch': 0}
        for r in rows():
            path = os.path.join(ROOT, 'texts', r['id'] + '.txt')
            if not os.path.exists(path):
                state = 'missing'
            else:
                length, digest = measure(path)
                state = 'ok' if (str(length), digest) == (r['length'], r['sha256']) else 'mismatch'
            counts[state] += 1
            if state != 'ok':
                print(state, r['id'])
        print(counts)
        sys.exit(0 if counts['mismatch'] == 0 else 1)
    if args == ['--split']:
        for r in rows():
            print(part(r['id']), r['id'])
        sys.exit(0)
    for a in args:
        length, digest = measure(a)
        print(f'{length}\t{digest}\t{a}')
