#!/usr/bin/env python3
"""Writes country-coder's borders.json with each polygon replaced by its centroid point.

Usage: python3 data/reference/strip-borders.py SRC/borders.json > data/reference/country-coder/borders.json
The centroid is the area-weighted centroid of the largest polygon's outer ring, as
ReferenceDataImporter.centroid computes it for full polygons, so either file gives the same gazetteer.
"""
import json
import sys


def centroid(g):
    if not g:
        return None
    polys = g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]
    best, best_area = None, -1
    for p in polys:
        r = p[0]
        a = cx = cy = 0
        for (x0, y0), (x1, y1) in zip(r, r[1:]):
            c = x0 * y1 - x1 * y0
            a += c
            cx += (x0 + x1) * c
            cy += (y0 + y1) * c
        if a and abs(a) > best_area:
            best_area, best = abs(a), [round(cx / (3 * a), 5), round(cy / (3 * a), 5), abs(a) / 2]
    return best


d = json.load(open(sys.argv[1], encoding='utf-8'))
cents = [centroid(f['geometry']) for f in d['features']]
# Some countries (Russia, the US) have no polygon of their own, only their parts': take the largest part's.
for i, f in enumerate(d['features']):
    iso = f['properties'].get('iso1A2')
    if cents[i] is None and iso:
        parts = [c for c, g in zip(cents, d['features']) if c and g['properties'].get('country') == iso]
        cents[i] = max(parts, key=lambda c: c[2]) if parts else None
out = []
for f, c in zip(d['features'], cents):
    c = c[:2] if c else None
    out.append({"type": "Feature", "properties": f['properties'],
                "geometry": {"type": "Point", "coordinates": c} if c else None})
sys.stdout.write('{"type":"FeatureCollection","features":[\n')
sys.stdout.write(',\n'.join(json.dumps(f, ensure_ascii=False, separators=(',', ':')) for f in out))
sys.stdout.write('\n]}\n')
