#!/usr/bin/env python3
"""The items and diagnostics that differ between two runs of dev/outputs.sh, one a line.

    KEEP=/tmp/d dev/diff-head.sh ../more && dev/diff-items.py /tmp/d

Each line is '-' (only before) or '+' (only after), the text's file, then a target, an actual or a diagnostic
with the text it was read from.
"""
import glob
import json
import os
import sys


def lines(path):
    r = json.load(open(path, encoding='utf-8'))
    out = set()
    for kind in ('targets', 'actuals'):
        for a in r.get(kind, []):
            q = a.get('quantity') or {}
            out.add('%s %s %s=%s%s %s %s | %s' % (kind[:-1], a.get('scope', ''), a['indicator']['name'], q.get('value'),
                                                 q.get('unit', ''), a.get('measure'), a.get('bound'), a.get('text', '')))
    for d in r.get('diagnostics', []):
        out.add('diagnostic %s %s' % (d['code'], d['message']))
    return out


def main(root):
    for before in sorted(glob.glob(os.path.join(root, 'before', '*.json'))):
        after = os.path.join(root, 'after', os.path.basename(before))
        if not os.path.exists(after):
            continue
        b, a = lines(before), lines(after)
        name = os.path.basename(before).split('__')[-1][:-5]
        for x in sorted(b - a):
            print('-', name, x)
        for x in sorted(a - b):
            print('+', name, x)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/d')
