#!/usr/bin/env python3
"""Robustness sweep: altered copies of every should-pass photo of an expectations CSV (mirrored, re-compressed,
smaller, darker, noisy, rotated, widened, colour-cast, top cut off, PNG, blurred), each checked by the CLI
against the verdict a person would expect; and mild copies (mirrored, quality 70, 60 % size, PNG) of every
reject, which must still fail for one of its own reasons (NOFACE, FACES and ANY read as score_verdicts.py does).
Thresholds tuned on the originals must hold on these too.

Usage: scripts/robustness_sweep.py CLI EXPECTATIONS.csv [WORKDIR]   (needs ImageMagick's convert/identify)
Prints one line per altered photo ('!!' where the verdict or its reason is not the expected one).
"""
import json, os, subprocess, sys, tempfile
if len(sys.argv) < 3:
    sys.exit(__doc__.strip())
CLI, EXPECT = sys.argv[1], sys.argv[2]
T = os.path.dirname(os.path.abspath(EXPECT)) + '/'
WORK = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix='cs-sweep-')
os.makedirs(WORK, exist_ok=True)
rows_in = [l.rstrip('\n').split(',') for l in open(EXPECT)][1:]
photos = [r[0] for r in rows_in if r[1] == 'accept']
tolerated = {r[0]: r[3].split() for r in rows_in if len(r) > 3}  # failures alone still acceptable
# name: (imagemagick args, expected: 'accept' | set of ids any of which may be the failing reason)
variants = {
  'flip':      (['-flop'], 'accept'),
  'q70':       (['-quality', '70'], 'accept'),
  'half':      (['-resize', '60%'], 'accept|I4'),
  'darker':    (['-modulate', '88'], 'accept|L1'),
  'gamma':     (['-gamma', '1.15'], 'accept'),
  'noise':     (['-attenuate', '0.4', '+noise', 'Gaussian'], 'accept|B1|I4'),
  'rot3':      (['-background', '#%s', '-rotate', '3'], 'accept|P1'),
  'rot12':     (['-background', '#%s', '-rotate', '12'], 'P1'),
  'widen':     (['-background', '#%s', '-gravity', 'center', '-extent', '%dx%d'], 'accept'),
  'warm':      (['-channel', 'R', '-evaluate', 'add', '4%', '+channel'], 'accept|B3'),
  'topcut':    (['-gravity', 'north', '-chop', '0x%d'], 'G2'),
  'png':       ([], 'accept'),
  'blur':      (['-blur', '0x6'], 'I4'),
}
def ident(path):
    return [int(v) for v in subprocess.check_output(['identify', '-format', '%w %h', path]).split()]
def corner(path):
    return subprocess.check_output(['convert', path, '-crop', '8x8+4+4', '-resize', '1x1!', '-format', '%[hex:p{0,0}]', 'info:']).decode().strip()[:6]
# Changes that leave a reject's fault in place: it must still be rejected for one of its reasons.
mild = {'flip': ['-flop'], 'q70': ['-quality', '70'], 'small': ['-resize', '60%'], 'png': []}
nearMisses = {r[0]: r[2] for r in rows_in if r[1] == 'reject'}
rows = []
for p, fails in nearMisses.items():
    base = os.path.splitext(os.path.basename(p))[0][:12]
    for name, args in mild.items():
        out = f'{WORK}/{base}-{name}.' + ('png' if name == 'png' else 'jpg')
        subprocess.check_call(['convert', T + p] + args + ([] if name == 'q70' else ['-quality', '92']) + [out])
        rows.append((out, '|'.join(fails.split()), []))
for p in photos:
    src = T + p
    w, h = ident(src); bg = corner(src)
    base = os.path.splitext(os.path.basename(p))[0][:12]
    for name, (args, expect) in variants.items():
        out = f'{WORK}/{base}-{name}.' + ('png' if name == 'png' else 'jpg')
        a = []
        for x in args:
            if x == '#%s': a.append('#' + bg)
            elif x == '%dx%d': a.append(f'{int(w*1.5)}x{h}')
            elif x == '0x%d': a.append(f'0x{int(h*0.25)}')
            else: a.append(x)
        subprocess.check_call(['convert', src] + a + ([] if name in ('q70',) else ['-quality', '92']) + [out])
        rows.append((out, expect, tolerated.get(p, [])))
r = subprocess.run([CLI, 'check', '--json'] + [o for o, _, _ in rows], capture_output=True, text=True)
rep = json.loads(r.stdout)['photos']
bad = 0
for out, expect, tol in rows:
    e = rep.get(out, {})
    ok = e.get('status') == 'meets_standard'
    fails = sorted({c['id'] for c in e.get('checks', []) if c['status'] == 'fail'})
    warns = sorted({c['id'] for c in e.get('checks', []) if c['status'] == 'warn'})
    allowed = expect.split('|') + tol
    faces = e.get('face_count')
    # As score_verdicts.py reads them: NOFACE = no face found, FACES = more than one, ANY = any reason.
    reasons = set(fails) | ({'NOFACE'} if faces == 0 else set()) | ({'FACES'} if (faces or 0) > 1 else set())
    named = 'ANY' in allowed or any(f in allowed for f in reasons)
    right = (ok and 'accept' in allowed) or (not ok and named and ('accept' not in expect.split('|') or all(f in allowed for f in fails)))
    bad += not right
    print(f"{'  ' if right else '!!'} {os.path.basename(out):28} expect {expect:14} got {'ACCEPT' if ok else 'reject'} fails={','.join(fails)} warns={','.join(warns)}")
print(f'{len(rows)-bad}/{len(rows)} as expected')
