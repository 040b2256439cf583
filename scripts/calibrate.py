#!/usr/bin/env python3
"""Prints every check's measured value for every photo of an expectations CSV, beside the expected verdict,
so thresholds in resources/spec-profile.json can be set from many photos at once (never from one).

Usage: scripts/calibrate.py CLI EXPECTATIONS.csv [KEY ...]   (KEY like G2 or B1/uniform; default: all)
"""
import csv, json, os, subprocess, sys

cli, expect = sys.argv[1], sys.argv[2]
keys = sys.argv[3:]
hold = os.path.dirname(os.path.abspath(expect))
rows = list(csv.DictReader(open(expect)))
paths = [os.path.join(hold, r['file']) for r in rows]
out = subprocess.run([cli, 'check', '--json'] + paths, capture_output=True, text=True)
report = json.loads(out.stdout)['photos']
for r, p in zip(rows, paths):
    rep = report.get(p, {})
    cells = []
    for c in rep.get('checks', []):
        k = f"{c['id']}/{c['key']}"
        if keys and c['id'] not in keys and k not in keys:
            continue
        mark = {'pass': '', 'warn': '?', 'fail': '!'}.get(c['status'], '-')
        cells.append(f"{k}={c['value']}{mark}")
    verdict = 'ok ' if rep.get('status') == 'meets_standard' else 'rej'
    print(f"{os.path.basename(p)[:38]:38} {r['expect'][:3]} {r['fail_ids'][:14]:14} {verdict} f={rep.get('face_count')} " + ' '.join(cells))
