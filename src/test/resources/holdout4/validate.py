#!/usr/bin/env python3
"""Check the holdout4 gold files: JSON parses, strings occur in the article, names resolve, QIDs allowed."""
import html, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GAZ = HERE.parents[3] / "data" / "gazetteer" / "entities.tsv"
if not GAZ.exists():
    GAZ = Path("/work/main/data/gazetteer/entities.tsv")
allowed = {}
for line in GAZ.read_text(encoding="utf-8").splitlines()[1:]:
    f = line.split("\t")
    allowed[f[0]] = f[1]

def article_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        m = re.search(r"<article.*?</article>", raw, re.S)
        body = re.sub(r"<aside.*?</aside>", " ", m.group(0), flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", body)), raw
    return raw, raw

errors = 0
def err(msg):
    global errors
    errors += 1
    print("ERROR", msg)

golds = sorted(HERE.glob("*.gold.json"))
for g in golds:
    gold = json.loads(g.read_text(encoding="utf-8"))
    art = HERE / gold["file"]
    if not art.exists():
        err(f"{g.name}: missing {gold['file']}"); continue
    text, raw = article_text(art)
    names = {e["name"] for e in gold["entities"]}
    if len(names) != len(gold["entities"]):
        err(f"{g.name}: duplicate entity names")
    for k in ("file", "format", "headline", "authors", "agency", "dateline", "published", "entities", "quotes", "events"):
        if k not in gold: err(f"{g.name}: missing key {k}")
    if gold["headline"] not in text: err(f"{g.name}: headline not in text")
    for a in gold["authors"]:
        if a not in names: err(f"{g.name}: author {a} not an entity")
    dp = gold["dateline"]["place"]
    if dp is not None and dp not in names: err(f"{g.name}: dateline place {dp}")
    for e in gold["entities"]:
        if e["type"] not in ("Person", "Organization", "Place"): err(f"{g.name}: type {e}")
        for m in e["mentions"]:
            if m not in text: err(f"{g.name}: mention {m!r} of {e['name']} not in text")
        q = e["wikidata"]
        if q is not None:
            if q not in allowed: err(f"{g.name}: QID {q} not in entities.tsv")
            elif allowed[q] != e["name"]: err(f"{g.name}: QID {q} label {allowed[q]} != {e['name']}")
            if not e["verified"]: err(f"{g.name}: {q} not verified")
        elif e["verified"]: err(f"{g.name}: verified without QID {e['name']}")
    for q in gold["quotes"]:
        if q["speaker"] not in names: err(f"{g.name}: speaker {q['speaker']}")
        if q["starts_with"] not in text: err(f"{g.name}: starts_with {q['starts_with']!r}")
        if not 1 <= len(q["starts_with"].split()) <= 8: err(f"{g.name}: starts_with length {q['starts_with']!r}")
    for ev in gold["events"]:
        if ev["trigger"] not in text: err(f"{g.name}: trigger {ev['trigger']!r}")
        if ev["place"] is not None and ev["place"] not in names: err(f"{g.name}: place {ev['place']}")
        for p in ev["participants"]:
            if p not in names: err(f"{g.name}: participant {p}")
        if ev["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", ev["date"]): err(f"{g.name}: date {ev['date']}")
    words = len(re.findall(r"\w+", text))
    print(f"{gold['file']}: {words} words, {len(gold['entities'])} entities, {len(gold['quotes'])} quotes, {len(gold['events'])} events")
print("FAILED" if errors else "OK", errors, "errors")
sys.exit(1 if errors else 0)
