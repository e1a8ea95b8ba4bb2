#!/usr/bin/env python3
"""Check test6.jsonl and print counts; exit non-zero on failure."""
import collections, json, os, re, sys, unicodedata

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test6.jsonl")
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
CATS = {"suicide_self_harm", "abuse_safeguarding", "eating", "substance", "panic",
        "depression", "trauma", "sleep"}
REQ = {"text", "level", "category", "lang", "tag", "source", "added"}
OPT = {"context", "variant"}
errors = []

def norm(t):
    t = t.lower()
    return " ".join("".join(ch if unicodedata.category(ch)[0] in "LN" or ch.isspace() else " " for ch in t).split())

rows, seen = [], {}
raw = open(PATH, "rb").read()
try:
    text = raw.decode("utf-8")
except UnicodeDecodeError as e:
    sys.exit(f"not UTF-8: {e}")
for i, line in enumerate(text.split("\n")[:-1], 1):
    if "\\u" in line:
        errors.append(f"line {i}: \\u escape")
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {i}: bad JSON: {e}"); continue
    keys = set(r)
    if not REQ <= keys or keys - REQ - OPT:
        errors.append(f"line {i}: keys {sorted(keys)}")
    if r.get("level") not in ("urgent", "concern", "none"):
        errors.append(f"line {i}: level {r.get('level')}")
    if (r.get("level") == "none") != (r.get("category") is None):
        errors.append(f"line {i}: none iff category null")
    if r.get("category") is not None and r["category"] not in CATS:
        errors.append(f"line {i}: category {r['category']}")
    if r.get("level") == "urgent" and r.get("category") not in ("suicide_self_harm", "abuse_safeguarding"):
        errors.append(f"line {i}: urgent only for suicide_self_harm / abuse_safeguarding")
    if r.get("lang") not in LANGS:
        errors.append(f"line {i}: lang {r.get('lang')}")
    if r.get("source") != "test6" or r.get("added") != "2026-12-01":
        errors.append(f"line {i}: source/added")
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        errors.append(f"line {i}: empty text")
    if ("variant" in r) != (r.get("lang") == "pt") or ("variant" in r and r["variant"] not in ("pt-BR", "pt-PT")):
        errors.append(f"line {i}: variant")
    if "context" in r and (not isinstance(r["context"], list) or not r["context"]
                           or not all(isinstance(c, str) and c.strip() for c in r["context"])):
        errors.append(f"line {i}: context")
    k = norm(r.get("text", ""))
    if k in seen:
        errors.append(f"line {i}: duplicate of line {seen[k]}: {r['text']!r}")
    seen[k] = i
    rows.append(r)

lv = collections.Counter(r["level"] for r in rows)
print(f"total rows: {len(rows)}\n\nper level:")
for l in ("urgent", "concern", "none"):
    print(f"  {l:8} {lv[l]}")
print("\nper level/category:")
for (l, c), n in sorted(collections.Counter((r["level"], str(r["category"])) for r in rows).items(),
                        key=lambda x: (["urgent", "concern", "none"].index(x[0][0]), x[0][1])):
    print(f"  {l:8} {c:20} {n}")
print("\nper language: total / urgent / concern / none")
for lang in LANGS:
    rs = [r for r in rows if r["lang"] == lang]
    c = collections.Counter(r["level"] for r in rs)
    print(f"  {lang}  {len(rs):4} / {c['urgent']:3} / {c['concern']:3} / {c['none']:3}")
non_en = sum(r["lang"] != "en" for r in rows)
print(f"\nnot English: {non_en} ({100 * non_en / len(rows):.1f} %)")
ctx = collections.Counter(r["level"] for r in rows if "context" in r)
print(f"rows with context: {sum(ctx.values())} ({dict(ctx)})")
print(f"pt variants: {dict(collections.Counter(r['variant'] for r in rows if 'variant' in r))}")

if lv["urgent"] < 180 or lv["concern"] < 180 or lv["none"] < 334:
    errors.append("minimum counts not met (urgent >= 180, concern >= 180, none >= 334: six rows equal to training rows were removed, README)")
if non_en < 0.4 * len(rows):
    errors.append("less than 40 % not in English")
for lang in LANGS:
    if not any(r["lang"] == lang for r in rows):
        errors.append(f"no rows in {lang}")
cc = {r["category"] for r in rows if r["level"] == "concern"}
if cc != CATS:
    errors.append(f"concern categories missing: {CATS - cc}")
if errors:
    print("\nFAIL"); print("\n".join(errors)); sys.exit(1)
print("\nOK")
