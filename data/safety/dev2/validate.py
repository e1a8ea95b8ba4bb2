#!/usr/bin/env python3
"""Check dev2.jsonl against the set's rules and print counts. Exit 1 on any failure."""
import collections, json, os, sys, unicodedata

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev2.jsonl")
LEVELS = {"urgent", "concern", "none"}
CATS = {"suicide_self_harm", "abuse_safeguarding", "eating", "substance", "panic",
        "depression", "trauma", "sleep"}
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
REQ = {"text", "level", "category", "lang", "tag", "source", "added"}
OPT = {"context", "variant"}
MIN = {"urgent": 190, "concern": 190, "none": 320}
MIN_TOTAL, MIN_NON_EN = 700, 0.45
CTX_SHARE = (0.07, 0.15)

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    """lower-case, drop punctuation, symbols and emoji, collapse spaces."""
    out = []
    for ch in text.lower():
        c = unicodedata.category(ch)
        if c[0] in "PSC" or c in ("Mn", "Me") and not ch.isalnum():
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


rows = []
with open(PATH, "rb") as f:
    for n, raw in enumerate(f, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"line {n}: not UTF-8")
            continue
        if "\\u" in line:
            err(f"line {n}: \\u escape")
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
            continue
        rows.append((n, r))

seen = {}
for n, r in rows:
    keys = set(r)
    if not REQ <= keys or keys - REQ - OPT:
        err(f"line {n}: keys {sorted(keys)}")
        continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(f"line {n}: empty text")
    if r["level"] not in LEVELS:
        err(f"line {n}: level {r['level']}")
    if (r["level"] == "none") != (r["category"] is None):
        err(f"line {n}: none iff category null")
    if r["category"] is not None and r["category"] not in CATS:
        err(f"line {n}: category {r['category']}")
    if r["level"] == "urgent" and r["category"] not in ("suicide_self_harm", "abuse_safeguarding"):
        err(f"line {n}: urgent with category {r['category']}")
    if r["lang"] not in LANGS:
        err(f"line {n}: lang {r['lang']}")
    if not isinstance(r["tag"], str) or not r["tag"] or " " in r["tag"]:
        err(f"line {n}: tag {r['tag']!r}")
    if r["source"] != "dev2":
        err(f"line {n}: source {r['source']}")
    if r["added"] != "2026-12-01":
        err(f"line {n}: added {r['added']}")
    if r["lang"] == "pt":
        if r.get("variant") not in ("pt-BR", "pt-PT"):
            err(f"line {n}: pt row needs variant pt-BR or pt-PT")
    elif "variant" in r:
        err(f"line {n}: variant on a non-pt row")
    if "context" in r:
        c = r["context"]
        if not isinstance(c, list) or not 1 <= len(c) <= 3 or not all(isinstance(x, str) and x.strip() for x in c):
            err(f"line {n}: context must be a list of 1-3 non-empty strings")
    k = norm(r["text"])
    if not k:
        err(f"line {n}: text empty after normalisation")
    elif k in seen:
        err(f"line {n}: duplicate of line {seen[k]}: {r['text']!r}")
    else:
        seen[k] = n

R = [r for _, r in rows]
total = len(R)
lv = collections.Counter(r["level"] for r in R)
lc = collections.Counter((r["level"], r["category"]) for r in R)
per_lang = {l: collections.Counter(r["level"] for r in R if r["lang"] == l) for l in LANGS}
non_en = sum(1 for r in R if r["lang"] != "en")
ctx = [r for r in R if "context" in r]
ctx_lv = collections.Counter(r["level"] for r in ctx)
variants = collections.Counter(r["variant"] for r in R if "variant" in r)

print(f"total rows: {total}\n\nper level:")
for l in ("urgent", "concern", "none"):
    print(f"  {l:8} {lv[l]}")
print("\nper level/category:")
for (l, c), v in sorted(lc.items(), key=lambda x: (["urgent", "concern", "none"].index(x[0][0]), str(x[0][1]))):
    print(f"  {l:8} {str(c):20} {v}")
print("\nper language: total / urgent / concern / none")
for l in LANGS:
    c = per_lang[l]
    print(f"  {l}  {sum(c.values()):4} / {c['urgent']:3} / {c['concern']:3} / {c['none']:3}")
print(f"\nnot English: {non_en} ({100 * non_en / max(total, 1):.1f} %)")
print(f"rows with context: {len(ctx)} ({100 * len(ctx) / max(total, 1):.1f} %) {dict(ctx_lv)}")
print(f"pt variants: {dict(variants)}")

if total < MIN_TOTAL:
    err(f"total {total} < {MIN_TOTAL}")
for l, m in MIN.items():
    if lv[l] < m:
        err(f"{l}: {lv[l]} < {m}")
if non_en < MIN_NON_EN * total:
    err(f"not English {non_en} < {MIN_NON_EN:.0%}")
for l in LANGS:
    if not per_lang[l]:
        err(f"language {l} missing")
for c in CATS:
    if lc[("concern", c)] == 0:
        err(f"no concern row for {c}")
for c in ("suicide_self_harm", "abuse_safeguarding"):
    if lc[("urgent", c)] == 0:
        err(f"no urgent row for {c}")
lo, hi = CTX_SHARE
if not lo * total <= len(ctx) <= hi * total:
    err(f"context rows {len(ctx)} outside {lo:.0%}-{hi:.0%} of the set")
if set(variants) != {"pt-BR", "pt-PT"}:
    err(f"pt variants present: {sorted(variants)}")

if errors:
    print("\nFAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
