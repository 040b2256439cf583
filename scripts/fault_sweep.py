#!/usr/bin/env python3
"""Fault sweep: the faults of the derived photos (and a few more), put into EVERY should-pass photo of an
expectations CSV, so that each fault detector is tried on faces, hair, clothing and backdrops it was not
calibrated on. The robustness sweep asks "does a harmless change leave a pass a pass?"; this asks "is a real
fault caught on another person, for the right reason?".

The backdrop is found the way a person editing the photo would: flood fills from the top and both sides that
stop at the photo's edges and at pixels of another colour than the backdrop (skin, hair), softened at the
edge (see backdrop_mask; a white shirt may be taken with it). Every fault keeps the photo's own shading
(recolouring multiplies, it does not paint), so the checks see a camera-like photo. The expected reasons
are the fault's own requirement ids; a copy rejected only for other reasons counts as wrong, as
score_verdicts.py counts a reject for an unlisted reason.

Usage: scripts/fault_sweep.py CLI EXPECTATIONS.csv [WORKDIR]   (needs ImageMagick's convert/identify)
       FAULTS=blur,roll scripts/fault_sweep.py ...                  (only those faults)
Prints one line per faulty copy: 'ok' when it is rejected and the fault's id is among the reasons, 'WRONG'
when it is rejected only for other reasons, 'MISSED' when it is accepted; then the count per fault. For a
fault that only an estimate can see (an id marked '~', e.g. tinted lenses, A1), a warning is the right
answer, since estimates never fail.
"""
import json, math, os, subprocess, sys, tempfile
if len(sys.argv) < 3:
    sys.exit(__doc__.strip())
CLI, EXPECT = sys.argv[1], sys.argv[2]
T = os.path.dirname(os.path.abspath(EXPECT)) + '/'
WORK = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix='cs-faults-')
os.makedirs(WORK, exist_ok=True)
rows_in = [l.rstrip('\n').split(',') for l in open(EXPECT)][1:]
bases = [r[0] for r in rows_in if r[1] == 'accept']


def run(*args):
    subprocess.check_call(['convert', *args])


def value(*args):
    return subprocess.check_output(['convert', *args]).decode().strip()


def size(path):
    return [int(v) for v in subprocess.check_output(['identify', '-format', '%w %h', path]).split()]


def backdrop_mask(src, out):
    """White where the backdrop is, black elsewhere, with a soft edge. The backdrop is what flood fills from
    the top and the sides reach without crossing an edge of the photo (a step of 2 % after a 1.5 px blur) or a
    pixel whose colour (a*b*) is not the backdrop's (skin, hair): this follows the sitter's outline however the
    backdrop's light falls off towards the corners. A white shirt on a light backdrop may be taken with it.
    The colour test runs on a copy 300 px wide (ImageMagick's -fx is slow), enlarged again."""
    w, h = size(src)
    a0, b0 = value(src, '-crop', f'{w * 8 // 10}x{h // 20}+{w // 10}+0', '-colorspace', 'Lab', '-format',
                   '%[fx:mean.g] %[fx:mean.b]', 'info:').split()
    edges = ['(', '+clone', '-colorspace', 'gray', '-blur', '0x1.5', '-morphology', 'EdgeOut', 'Diamond:1',
             '-threshold', '2%', ')']
    colour = ['(', '-clone', '0', '-resize', '300x', '-colorspace', 'Lab', '-blur', '0x0.7', '-fx',
              f'abs(u.g-{a0})+abs(u.b-{b0}) > 0.025', '-resize', f'{w}x{h}!', '-threshold', '20%', ')']
    seeds = [(w // 10, 8), (w // 2, 8), (w - w // 10, 8), (w // 10, h // 3), (w - w // 10, h // 3)]
    cmd = [src, *edges, *colour, '-delete', '0', '-compose', 'lighten', '-composite', '-morphology', 'Dilate',
           'Disk:2', '-colorspace', 'sRGB', '-type', 'truecolor', '-fill', '#ff00ff']
    for x, y in seeds:
        cmd += ['-draw', f'color {x},{y} floodfill']
    run(*cmd, '-fill', 'black', '+opaque', '#ff00ff', '-fill', 'white', '-opaque', '#ff00ff',
        '-colorspace', 'gray', '-morphology', 'Dilate', 'Disk:3', '-blur', '0x1.5', out)


def backdrop_mean(src, mask):
    """The backdrop's mean colour, 0-255 per channel."""
    share = float(value(mask, '-format', '%[fx:mean]', 'info:'))
    rgb = value(src, mask, '-compose', 'multiply', '-composite', '-format',
                '%[fx:mean.r] %[fx:mean.g] %[fx:mean.b]', 'info:').split()
    return [255 * float(c) / share for c in rgb]


def through_mask(src, changed, mask, out):
    run(src, changed, mask, '-compose', 'over', '-composite', '-quality', '92', out)


def recolour(target):
    def make(src, mask, out, tmp):
        mean = backdrop_mean(src, mask)
        gains = [t / max(m, 1) for t, m in zip(target, mean)]
        run(src, '-channel', 'R', '-evaluate', 'multiply', str(gains[0]), '-channel', 'G', '-evaluate', 'multiply',
            str(gains[1]), '-channel', 'B', '-evaluate', 'multiply', str(gains[2]), '+channel', tmp)
        through_mask(src, tmp, mask, out)
    return make


def gradient(src, mask, out, tmp):
    """Backdrop lit strongly from above: its light falls to 55 % at the bottom (never brighter than it was,
    so no channel clips and changes the backdrop's hue)."""
    w, h = size(src)
    run(src, '(', '-size', f'{w}x{h}', 'gradient:gray(100%)-gray(55%)', ')', '-compose', 'multiply', '-composite',
        tmp)
    through_mask(src, tmp, mask, out)


def head_shadow(src, mask, out, tmp):
    """The sitter's silhouette, shifted right and down, blurred, darkens the backdrop by 40 %."""
    w, h = size(src)
    dx, dy = w // 9, h // 30
    run(mask, '-negate', '-page', f'+{dx}+{dy}', '-background', 'black', '-flatten', '-blur', f'0x{w // 60}',
        '-evaluate', 'multiply', '0.4', '-negate', tmp + '.shade.png')
    run(src, tmp + '.shade.png', '-compose', 'multiply', '-composite', tmp)
    through_mask(src, tmp, mask, out)


def side_light(src, mask, out, tmp):
    """The sitter lit from the image right only: across the middle fifth of the photo (where the face is in
    these portraits) the light falls from 100 % to 45 %, and stays there to the left edge."""
    w, h = size(src)
    ramp = w // 5
    side = (w - ramp) // 2
    run('-size', f'{side}x{h}', 'xc:gray(45%)', '(', '-size', f'{h}x{ramp}', 'gradient:gray(45%)-gray(100%)',
        '-rotate', '-90', ')', '-size', f'{w - side - ramp}x{h}', 'xc:gray(100%)', '+append', tmp + '.light.png')
    run(src, tmp + '.light.png', '-compose', 'multiply', '-composite', tmp)
    run(tmp, src, mask, '-compose', 'over', '-composite', '-quality', '92', out)  # the backdrop keeps its light


def clutter(src, mask, out, tmp):
    """A busy wall behind the sitter: a coarse random pattern at the backdrop's brightness."""
    w, h = size(src)
    run('-size', f'{w}x{h}', '-seed', '7', 'plasma:gray70-gray95', '-blur', '0x2', tmp)
    through_mask(src, tmp, mask, out)


def text(src, mask, out, tmp):
    """A studio's name and a date printed on the backdrop, upper left."""
    w, h = size(src)
    pt = max(14, h // 40)
    run(src, '-font', 'DejaVu-Sans', '-fill', '#303030', '-pointsize', str(pt), '-annotate', f'+{w // 30}+{h // 12}', 'PHOTO STUDIO 2026-06-01',
        '-quality', '92', out)


def date_stamp(src, mask, out, tmp):
    """A camera's orange date imprint, low on the shirt right of the middle."""
    w, h = size(src)
    run(src, '-font', 'DejaVu-Sans-Bold', '-fill', '#ff8c1a', '-pointsize', str(max(12, h // 32)), '-gravity', 'south',
        '-annotate', f'+{w // 8}+{h // 10}', '2026 06 01', '-quality', '92', out)


def watermark(src, mask, out, tmp):
    """A faint red 'SAMPLE 样张' stamp slanted across the chin and chest."""
    w, h = size(src)
    run(src, '-font', 'Noto-Sans-CJK-SC', '-fill', 'rgba(200,0,0,0.35)', '-pointsize', str(h // 14), '-gravity', 'center',
        '-annotate', f'30x30+0+{h // 6}', 'SAMPLE 样张', '-quality', '92', out)


def greyscale(src, mask, out, tmp):
    run(src, '-colorspace', 'gray', '-type', 'truecolor', '-quality', '92', out)


def exposure(gain):
    def make(src, mask, out, tmp):
        run(src, '-evaluate', 'multiply', str(gain), '-quality', '92', out)
    return make


def report_of(src):
    rep = json.loads(subprocess.run([CLI, 'check', '--json', src], capture_output=True, text=True).stdout)
    return list(rep['photos'].values())[0]


def face_in_source(src):
    """Eye centres, face width and centre in source pixels, from the CLI's report on the unaltered photo."""
    crop = report_of(src)['crop']
    win, k, g = crop['window'], crop['scale'], crop['geometry']
    fw = g['face_width'] / k
    cx, ey = win['x'] + g['face_centre_x'] / k, win['y'] + g['eye_y'] / k
    return cx, ey, fw


def red_eye(src, mask, out, tmp):
    """A flash's red reflex: a red disc a quarter of an eye wide over each pupil (about 0.22 face widths
    either side of the face's centre, where the eyes of these frontal portraits are)."""
    cx, ey, fw = face_in_source(src)
    r = 0.025 * fw
    cmd = [src, '-fill', '#c02020']
    for x in (cx - 0.22 * fw, cx + 0.22 * fw):
        cmd += ['-draw', f'circle {x:.0f},{ey:.0f} {x + r:.0f},{ey:.0f}']
    run(*cmd, '-quality', '92', out)


def hot_spot(src, mask, out, tmp):
    """A flash's glare on the forehead: a clipped white patch fading at its edge."""
    cx, ey, fw = face_in_source(src)
    w, h = size(src)
    y = ey - 0.3 * fw
    run('-size', f'{w}x{h}', 'xc:black', '-fill', 'white', '-draw',
        f'ellipse {cx:.0f},{y:.0f} {0.2 * fw:.0f},{0.09 * fw:.0f} 0,360', '-blur', f'0x{fw * 0.02:.1f}', tmp)
    run(src, tmp, '-compose', 'screen', '-composite', '-quality', '92', out)


def sunglasses(src, mask, out, tmp):
    """Tinted lenses: a dark, slightly brown ellipse over each eye (letting a fifth of the light through, the
    face's shading kept), in a thin dark frame with a bridge over the nose."""
    cx, ey, fw = face_in_source(src)
    w, h = size(src)
    rx, ry, t = 0.17 * fw, 0.12 * fw, max(1.0, 0.012 * fw)
    lenses = [f'ellipse {x:.0f},{ey:.0f} {rx:.0f},{ry:.0f} 0,360' for x in (cx - 0.22 * fw, cx + 0.22 * fw)]
    cmd = ['-size', f'{w}x{h}', 'xc:black', '-fill', 'white']
    for lens in lenses:
        cmd += ['-draw', lens]
    run(*cmd, '-blur', '0x1', tmp + '.lens.png')
    run(src, '-channel', 'R', '-evaluate', 'multiply', '0.24', '-channel', 'G', '-evaluate', 'multiply', '0.2',
        '-channel', 'B', '-evaluate', 'multiply', '0.17', '+channel', tmp)
    frame_lines = ['-fill', 'none', '-stroke', '#202020', '-strokewidth', f'{t:.1f}', *sum(
        (['-draw', lens] for lens in lenses), []), '-draw',
        f'line {cx - 0.22 * fw + rx:.0f},{ey:.0f} {cx + 0.22 * fw - rx:.0f},{ey:.0f}']
    run(src, tmp, tmp + '.lens.png', '-compose', 'over', '-composite', *frame_lines, '-quality', '92', out)


def blur(src, mask, out, tmp):
    """Out of focus: a Gaussian blur of 0.4 % of the photo's width (2 px at 480 wide, 5 at 1350)."""
    w, h = size(src)
    run(src, '-blur', f'0x{w * 0.004:.1f}', '-quality', '92', out)


def roll(src, mask, out, tmp):
    """The head tilted 9 degrees more than the sitter already holds it: the whole photo turned about the
    face's centre, the corners filled with the photo's own edge (the backdrop), as a camera held crooked
    would show it. (ImageMagick's positive angle turns clockwise, which raises the CLI's roll.)"""
    cx, ey, fw = face_in_source(src)
    own = next(c['value'] for c in report_of(src)['checks'] if c['key'] == 'roll')
    angle = 9 if own >= 0 else -9
    run(src, '-virtual-pixel', 'edge', '-distort', 'SRT', f'{cx:.0f},{ey:.0f} 1 {angle}', '-quality', '92', out)


def lean(src, mask, out, tmp):
    """One shoulder raised, the head held level: the body below the chin sheared by 14 degrees (the photo's
    left side up), faded in over a quarter face width so the neck does not tear; above it the photo is
    untouched, so the head's roll does not change."""
    cx, ey, fw = face_in_source(src)
    w, h = size(src)
    top, ease = int(ey + 0.5 * fw), max(2, int(0.25 * fw))
    k = math.tan(math.radians(14))
    run(src, '-virtual-pixel', 'edge', '-distort', 'AffineProjection', f'1,{k:.4f},0,1,0,{-k * cx:.1f}', tmp)
    run('-size', f'{w}x{top}', 'xc:black', '-size', f'{w}x{ease}', 'gradient:black-white',
        '-size', f'{w}x{max(1, h - top - ease)}', 'xc:white', '-append', '-crop', f'{w}x{h}+0+0', '+repage',
        tmp + '.mask.png')
    run(src, tmp, tmp + '.mask.png', '-composite', '-quality', '92', out)


def colour_cast(src, mask, out, tmp):
    """A wrong white balance (tungsten light with the camera set to daylight): everything yellow-orange."""
    run(src, '-channel', 'R', '-evaluate', 'multiply', '1.08', '-channel', 'B', '-evaluate', 'multiply', '0.72',
        '+channel', '-quality', '92', out)


def frame(src, mask, out, tmp):
    w, h = size(src)
    b = max(6, w // 40)
    run(src, '-shave', f'{b}x{b}', '-bordercolor', 'black', '-border', f'{b}x{b}', '-quality', '92', out)


# name: (make, ids any of which is the right reason to reject; 'accept' where the copy must still pass)
faults = {
    'lilac':     (recolour([205, 180, 220]), {'B3'}),
    'beige':     (recolour([225, 210, 180]), {'B3'}),
    'idblue':    (recolour([16, 150, 203]), {'B3'}),
    'midgrey':   (recolour([128, 128, 128]), {'B3'}),
    'green':     (recolour([160, 200, 160]), {'B3'}),
    'paleblue':  (recolour([185, 210, 235]), {'accept', 'C1'}),
    'gradient':  (gradient, {'B1'}),
    'shadow':    (head_shadow, {'B2'}),
    'sidelight': (side_light, {'L1'}),
    'clutter':   (clutter, {'B1'}),
    'text':      (text, {'I5', 'B1'}),
    'datestamp': (date_stamp, {'I5'}),
    'watermark': (watermark, {'I5'}),
    'white':     (recolour([242, 242, 242]), {'C1'}),  # every should-pass sitter wears a white shirt
    'grey':      (greyscale, {'I1'}),
    'dark':      (exposure(0.5), {'L1', 'B3'}),
    'redeye':    (red_eye, {'L2'}),
    'hotspot':   (hot_spot, {'L1'}),
    'frame':     (frame, {'I5'}),
    'sunglasses': (sunglasses, {'A1~'}),  # ~: an estimate, so a warning is the right answer
    'blur':      (blur, {'I4'}),
    'roll':      (roll, {'P1'}),
    'lean':      (lean, {'P4'}),
    'bright':    (exposure(2.2), {'L1'}),  # x1.6 only brightens a darker face into range: not a fault
    'cast':      (colour_cast, {'B3'}),
}
only = os.environ.get('FAULTS')  # FAULTS=name,name runs just those
if only:
    faults = {n: f for n, f in faults.items() if n in only.split(',')}

rows = []
for p in bases:
    src = T + p
    base = os.path.splitext(os.path.basename(p))[0][:12]
    mask = f'{WORK}/{base}-mask.png'
    backdrop_mask(src, mask)
    for name, (make, expect) in faults.items():
        out = f'{WORK}/{base}-{name}.jpg'
        make(src, mask, out, f'{WORK}/{base}-{name}.tmp.png')
        rows.append((out, name, expect))

r = subprocess.run([CLI, 'check', '--json'] + [o for o, _, _ in rows], capture_output=True, text=True)
rep = json.loads(r.stdout)['photos']
tally = {}
for out, name, expect in rows:
    e = rep.get(out, {})
    accepted = e.get('status') == 'meets_standard'
    fails = sorted({c['id'] for c in e.get('checks', []) if c['status'] == 'fail'})
    warns = sorted({c['id'] for c in e.get('checks', []) if c['status'] == 'warn'})
    warned = {i + '~' for i in set(fails) | set(warns)}
    if expect & warned:
        verdict = 'ok'
    elif accepted:
        verdict = 'ok' if 'accept' in expect else 'MISSED'
    else:
        verdict = 'ok' if expect & set(fails) else 'WRONG'
    tally.setdefault(name, []).append(verdict == 'ok')
    print(f"{verdict:6} {os.path.basename(out):28} want {'|'.join(sorted(expect)):10} got "
          f"{'ACCEPT' if accepted else 'reject'} fails={','.join(fails)} warns={','.join(warns)}")
print(' '.join(f'{n} {sum(v)}/{len(v)}' for n, v in tally.items()))
print(f'{sum(sum(v) for v in tally.values())}/{len(rows)} caught for the right reason')
