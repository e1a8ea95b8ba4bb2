#!/usr/bin/env python3
"""Validate /work/heldout4/test4.jsonl against the rules of definitions.md and the test4 brief.
Exit code 0 = pass, 1 = fail. Prints counts."""
import json, re, sys, unicodedata, collections, os

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "test4.jsonl")
LEVELS = {"urgent", "concern", "none"}
CATS = ["suicide_self_harm", "abuse_safeguarding", "eating", "substance", "panic",
        "depression", "trauma", "sleep"]
URGENT_OK = {"suicide_self_harm", "abuse_safeguarding"}
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
VARIANTS = {"pt-BR", "pt-PT"}
REQUIRED = {"text", "level", "category", "lang", "tag", "source", "added"}
OPTIONAL = {"context", "variant"}
TAG_RE = re.compile(r"^[a-z][a-z_]*$")
MIN = {"total": 800, "urgent": 220, "concern": 180, "none": 380, "per_lang": 35}

def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in t)
    return " ".join(t.split())

errors, rows = [], []
with open(PATH, "rb") as f:
    raw = f.read()
try:
    text = raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("FAIL: not UTF-8:", e); sys.exit(1)
for n, line in enumerate(text.split("\n"), 1):
    if not line.strip():
        continue
    if re.search(r"\\u[0-9a-fA-F]{4}", line):
        errors.append(f"line {n}: ASCII-escaped unicode (\\uXXXX)")
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: bad JSON: {e}"); continue
    if not isinstance(r, dict):
        errors.append(f"line {n}: not an object"); continue
    keys = set(r)
    if REQUIRED - keys:
        errors.append(f"line {n}: missing keys {sorted(REQUIRED - keys)}")
    if keys - REQUIRED - OPTIONAL:
        errors.append(f"line {n}: unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
    t = r.get("text")
    if not isinstance(t, str) or not t.strip():
        errors.append(f"line {n}: empty text")
    lev, cat = r.get("level"), r.get("category")
    if lev not in LEVELS:
        errors.append(f"line {n}: bad level {lev!r}")
    if lev == "none" and cat is not None:
        errors.append(f"line {n}: level none must have null category")
    if lev in ("urgent", "concern") and cat not in CATS:
        errors.append(f"line {n}: level {lev} needs a category, got {cat!r}")
    if lev == "urgent" and cat not in URGENT_OK:
        errors.append(f"line {n}: urgent not allowed for category {cat!r}")
    if r.get("lang") not in LANGS:
        errors.append(f"line {n}: bad lang {r.get('lang')!r}")
    if r.get("lang") == "pt" and r.get("variant") not in VARIANTS:
        errors.append(f"line {n}: pt row needs variant pt-BR/pt-PT")
    if "variant" in r and r.get("lang") != "pt":
        errors.append(f"line {n}: variant only for pt")
    if not isinstance(r.get("tag"), str) or not TAG_RE.match(r.get("tag", "")):
        errors.append(f"line {n}: bad tag {r.get('tag')!r}")
    if r.get("source") != "test4":
        errors.append(f"line {n}: source must be test4")
    if r.get("added") != "2026-12-01":
        errors.append(f"line {n}: added must be 2026-12-01")
    if "context" in r:
        c = r["context"]
        if not (isinstance(c, list) and 1 <= len(c) <= 10 and all(isinstance(x, str) and x.strip() for x in c)):
            errors.append(f"line {n}: context must be a non-empty list of non-empty strings")
    r["_line"] = n
    rows.append(r)

# duplicates (after lower-casing and removing punctuation)
seen = {}
for r in rows:
    if not isinstance(r.get("text"), str):
        continue
    k = norm(r["text"])
    if k in seen:
        errors.append(f"line {r['_line']}: duplicate of line {seen[k]} (normalised)")
    else:
        seen[k] = r["_line"]
# context lines must not duplicate labelled texts either (keeps items independent)
for r in rows:
    for c in r.get("context", []):
        if norm(c) in seen:
            errors.append(f"line {r['_line']}: context line equals a labelled text (line {seen[norm(c)]})")

lev_c = collections.Counter(r.get("level") for r in rows)
lc_c = collections.Counter((r.get("level"), r.get("category")) for r in rows)
lang_c = collections.Counter(r.get("lang") for r in rows)
ll_c = collections.Counter((r.get("lang"), r.get("level")) for r in rows)
var_c = collections.Counter(r.get("variant") for r in rows if r.get("lang") == "pt")
tag_c = collections.Counter(r.get("tag") for r in rows)
ctx_n = sum(1 for r in rows if "context" in r)
ctx_lev = collections.Counter(r.get("level") for r in rows if "context" in r)
non_en = sum(v for k, v in lang_c.items() if k != "en")

# brief minimums
if len(rows) < MIN["total"]: errors.append(f"total {len(rows)} < {MIN['total']}")
for lv in ("urgent", "concern", "none"):
    if lev_c[lv] < MIN[lv]: errors.append(f"{lv} {lev_c[lv]} < {MIN[lv]}")
if non_en * 2 < len(rows): errors.append(f"non-English {non_en} is less than half of {len(rows)}")
for l in LANGS[1:]:
    if lang_c[l] < MIN["per_lang"]: errors.append(f"lang {l}: {lang_c[l]} < {MIN['per_lang']}")

print(f"file: {PATH}")
print(f"rows: {len(rows)}   non-English: {non_en} ({100*non_en/max(1,len(rows)):.1f}%)   with context: {ctx_n} {dict(ctx_lev)}")
print("\nper level:")
for lv in ("urgent", "concern", "none"):
    print(f"  {lv:8s} {lev_c[lv]}")
print("\nper level/category:")
for (lv, cat), v in sorted(lc_c.items(), key=lambda x: (["urgent", "concern", "none"].index(x[0][0]) if x[0][0] in LEVELS else 9, str(x[0][1]))):
    print(f"  {lv:8s} {str(cat):20s} {v}")
print("\nper language (total / urgent / concern / none):")
for l in LANGS:
    print(f"  {l}  {lang_c[l]:4d}  {ll_c[(l,'urgent')]:4d} {ll_c[(l,'concern')]:4d} {ll_c[(l,'none')]:4d}")
print(f"\npt variants: {dict(var_c)}")
print(f"\ntags ({len(tag_c)}): " + ", ".join(f"{k}={v}" for k, v in tag_c.most_common()))
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors[:200]:
        print("  " + e)
    sys.exit(1)
print("\nPASS")
