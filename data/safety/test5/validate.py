#!/usr/bin/env python3
"""Validate /work/heldout5/test5.jsonl. Exits non-zero on any failure."""
import collections
import json
import os
import re
import sys
import unicodedata

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "test5.jsonl")
LEVELS = {"urgent", "concern", "none"}
CATS = {"suicide_self_harm", "abuse_safeguarding", "eating", "substance", "panic",
        "depression", "trauma", "sleep"}
URGENT_CATS = {"suicide_self_harm", "abuse_safeguarding"}
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
REQ = {"text", "level", "category", "lang", "tag", "source", "added"}
OPT = {"context", "variant"}
MINS = {"urgent": 280, "concern": 200, "none": 400}

errors = []


def err(msg):
    errors.append(msg)


def norm(t):
    t = t.lower()
    out = []
    for ch in t:
        c = unicodedata.category(ch)
        if c[0] in ("L", "N") or ch.isspace():
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def main():
    try:
        raw = open(PATH, "rb").read()
    except OSError as e:
        print(f"cannot read {PATH}: {e}")
        return 2
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"not UTF-8: {e}")
        return 2
    rows = []
    for n, line in enumerate(data.split("\n"), 1):
        if not line.strip():
            continue
        if "\\u" in line:
            err(f"line {n}: contains \\u escape (ASCII-escaped?)")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        if not isinstance(obj, dict):
            err(f"line {n}: not an object")
            continue
        keys = set(obj)
        if not REQ <= keys:
            err(f"line {n}: missing keys {sorted(REQ - keys)}")
        if keys - REQ - OPT:
            err(f"line {n}: extra keys {sorted(keys - REQ - OPT)}")
        lvl, cat, lang = obj.get("level"), obj.get("category"), obj.get("lang")
        if lvl not in LEVELS:
            err(f"line {n}: bad level {lvl!r}")
        if lvl == "none":
            if cat is not None:
                err(f"line {n}: level none but category {cat!r}")
        else:
            if cat not in CATS:
                err(f"line {n}: bad category {cat!r} for level {lvl}")
        if lvl == "urgent" and cat not in URGENT_CATS:
            err(f"line {n}: urgent with category {cat!r}")
        if lang not in LANGS:
            err(f"line {n}: bad lang {lang!r}")
        if lang == "pt":
            if obj.get("variant") not in ("pt-BR", "pt-PT"):
                err(f"line {n}: pt row without valid variant")
        elif "variant" in obj:
            err(f"line {n}: variant on non-pt row")
        for k in ("text", "tag", "source", "added"):
            if not isinstance(obj.get(k), str) or not obj.get(k).strip():
                err(f"line {n}: {k} must be a non-empty string")
        if obj.get("source") != "test5":
            err(f"line {n}: source is {obj.get('source')!r}")
        if obj.get("added") != "2026-12-01":
            err(f"line {n}: added is {obj.get('added')!r}")
        if "context" in obj:
            c = obj["context"]
            if not (isinstance(c, list) and c and all(isinstance(x, str) and x.strip() for x in c)):
                err(f"line {n}: context must be a non-empty list of strings")
        obj["_line"] = n
        rows.append(obj)

    seen = {}
    for r in rows:
        k = norm(r.get("text", ""))
        if k in seen:
            err(f"duplicate text (lines {seen[k]} and {r['_line']}): {r['text']!r}")
        else:
            seen[k] = r["_line"]

    lv = collections.Counter(r.get("level") for r in rows)
    lc = collections.Counter((r.get("level"), r.get("category")) for r in rows)
    per = collections.defaultdict(collections.Counter)
    for r in rows:
        per[r.get("lang")][r.get("level")] += 1
    ctx = collections.Counter(r.get("level") for r in rows if "context" in r)
    var = collections.Counter(r.get("variant") for r in rows if r.get("lang") == "pt")

    for k, m in MINS.items():
        if lv[k] < m:
            err(f"too few {k}: {lv[k]} < {m}")
    for lang in LANGS:
        if sum(per[lang].values()) == 0:
            err(f"no rows for {lang}")

    print(f"total rows: {len(rows)}")
    print("\nper level:")
    for k in ("urgent", "concern", "none"):
        print(f"  {k:8s} {lv[k]}")
    print("\nper level/category:")
    for (l, c), v in sorted(lc.items(), key=lambda x: (["urgent", "concern", "none"].index(x[0][0]) if x[0][0] in LEVELS else 9, str(x[0][1]))):
        print(f"  {l:8s} {str(c):20s} {v}")
    print("\nper language: total / urgent / concern / none")
    for lang in LANGS:
        c = per[lang]
        print(f"  {lang}  {sum(c.values()):4d} / {c['urgent']:3d} / {c['concern']:3d} / {c['none']:3d}")
    print(f"\nrows with context: {sum(ctx.values())} ({dict(ctx)})")
    print(f"pt variants: {dict(var)}")

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
