#!/usr/bin/env python3
"""Validate /work/heldout3/test3.jsonl against the format in definitions.md and print counts.

Usage: python3 validate.py [path]   (default: test3.jsonl next to this script)
Exit code 1 if any error is found.
"""
import json, os, re, sys, unicodedata
from collections import Counter

LEVELS = {"urgent", "concern", "none"}
CATS = {"suicide_self_harm", "abuse_safeguarding", "eating", "substance",
        "panic", "depression", "trauma", "sleep"}
# categories that may carry `urgent` according to definitions.md
URGENT_CATS = {"suicide_self_harm", "abuse_safeguarding"}
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
REQUIRED = ["text", "level", "lang", "tag", "source", "added"]

def norm(t):
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", t).strip()

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "test3.jsonl")
    errors, rows = [], []
    seen_exact, seen_norm = {}, {}
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {i}: empty line"); continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: invalid JSON ({e})"); continue
            if not isinstance(r, dict):
                errors.append(f"line {i}: not an object"); continue
            for k in REQUIRED:
                if k not in r:
                    errors.append(f"line {i}: missing field {k}")
            text = r.get("text")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"line {i}: text must be a non-empty string"); continue
            lvl, cat = r.get("level"), r.get("category")
            if lvl not in LEVELS:
                errors.append(f"line {i}: bad level {lvl!r}")
            if lvl == "none":
                if cat not in (None, "null"):
                    errors.append(f"line {i}: level none must have category null/absent, got {cat!r}")
            else:
                if cat not in CATS:
                    errors.append(f"line {i}: bad category {cat!r} for level {lvl}")
                elif lvl == "urgent" and cat not in URGENT_CATS:
                    errors.append(f"line {i}: category {cat} is never urgent per definitions.md")
            if r.get("lang") not in LANGS:
                errors.append(f"line {i}: bad lang {r.get('lang')!r}")
            if r.get("source") != "test3":
                errors.append(f"line {i}: source must be 'test3'")
            if r.get("added") != "2026-12-01":
                errors.append(f"line {i}: added must be '2026-12-01'")
            if not isinstance(r.get("tag"), str) or not r.get("tag"):
                errors.append(f"line {i}: tag must be a non-empty string")
            if "variant" in r and r["variant"] not in ("pt-BR", "pt-PT"):
                errors.append(f"line {i}: bad variant {r['variant']!r}")
            if "context" in r:
                c = r["context"]
                if not (isinstance(c, list) and c and all(isinstance(x, str) and x.strip() for x in c)):
                    errors.append(f"line {i}: context must be a non-empty list of non-empty strings")
            extra = set(r) - set(REQUIRED) - {"category", "context", "variant"}
            if extra:
                errors.append(f"line {i}: unexpected fields {sorted(extra)}")
            if text in seen_exact:
                errors.append(f"line {i}: duplicate text (same as line {seen_exact[text]})")
            seen_exact.setdefault(text, i)
            n = norm(text)
            if n in seen_norm and seen_norm[n] != seen_exact[text]:
                errors.append(f"line {i}: near-duplicate text (normalised equal to line {seen_norm[n]})")
            seen_norm.setdefault(n, i)
            rows.append(r)

    total = len(rows)
    print(f"file: {path}\nrows: {total}\n")
    lv = Counter(r["level"] for r in rows)
    print("per level:")
    for k in ["urgent", "concern", "none"]:
        print(f"  {k:8s} {lv[k]:4d}")
    print("\nper level / category:")
    lc = Counter((r["level"], r.get("category")) for r in rows)
    for (l, c), n in sorted(lc.items(), key=lambda x: (["urgent", "concern", "none"].index(x[0][0]), str(x[0][1]))):
        print(f"  {l:8s} {str(c):20s} {n:4d}")
    print("\nper language (urgent / concern / none / total):")
    ll = Counter((r["lang"], r["level"]) for r in rows)
    for g in LANGS:
        u, c, n = ll[(g, "urgent")], ll[(g, "concern")], ll[(g, "none")]
        print(f"  {g}  {u:4d} {c:4d} {n:4d} {u+c+n:5d}")
    non_en = sum(1 for r in rows if r["lang"] != "en")
    print(f"\nnot English: {non_en} ({100*non_en/max(total,1):.1f} %)")
    pt = Counter(r.get("variant") for r in rows if r["lang"] == "pt")
    print(f"pt variants: {dict(pt)}")
    print(f"rows with context: {sum(1 for r in rows if 'context' in r)}")
    tags = Counter(r["tag"] for r in rows)
    print(f"distinct tags: {len(tags)}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")

if __name__ == "__main__":
    main()
