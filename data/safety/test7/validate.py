#!/usr/bin/env python3
"""Validate test7.jsonl and print counts. Exits non-zero on failure."""
import json, os, re, sys, unicodedata
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test7.jsonl")
LEVELS = {"urgent", "concern", "none"}
CATS = ["suicide_self_harm", "abuse_safeguarding", "eating", "substance", "panic",
        "depression", "trauma", "sleep"]
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
REQ = {"text", "level", "category", "lang", "tag", "source", "added"}
OPT = {"context", "variant"}
MIN = {"urgent": 180, "concern": 180, "none": 340}
errors = []

def norm(t):
    t = t.lower()
    out = []
    for ch in t:
        c = unicodedata.category(ch)
        if c[0] in "PS" or c in ("Cf", "Mn") and ch in "\u200d\ufe0f":
            continue
        out.append(ch)
    return " ".join("".join(out).split())

rows = []
with open(PATH, "rb") as f:
    for n, raw in enumerate(f, 1):
        try:
            s = raw.decode("utf-8")
        except UnicodeDecodeError:
            errors.append(f"line {n}: not UTF-8"); continue
        if "\\u" in s:
            errors.append(f"line {n}: \\u escape")
        try:
            r = json.loads(s)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON {e}"); continue
        keys = set(r)
        if not REQ <= keys or keys - REQ - OPT:
            errors.append(f"line {n}: keys {sorted(keys)}")
        if r.get("level") not in LEVELS:
            errors.append(f"line {n}: level {r.get('level')}")
        cat = r.get("category")
        if r.get("level") == "none" and cat is not None:
            errors.append(f"line {n}: none with category")
        if r.get("level") != "none" and cat not in CATS:
            errors.append(f"line {n}: category {cat}")
        if r.get("level") == "urgent" and cat not in ("suicide_self_harm", "abuse_safeguarding"):
            errors.append(f"line {n}: urgent {cat}")
        if r.get("lang") not in LANGS:
            errors.append(f"line {n}: lang {r.get('lang')}")
        if r.get("source") != "test7" or r.get("added") != "2026-12-01":
            errors.append(f"line {n}: source/added")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            errors.append(f"line {n}: empty text")
        if not isinstance(r.get("tag"), str) or not r["tag"]:
            errors.append(f"line {n}: empty tag")
        if r.get("lang") == "pt":
            if r.get("variant") not in ("pt-BR", "pt-PT"):
                errors.append(f"line {n}: pt without variant")
        elif "variant" in r:
            errors.append(f"line {n}: variant on non-pt row")
        if "context" in r:
            c = r["context"]
            if not isinstance(c, list) or not 1 <= len(c) <= 3 or not all(isinstance(x, str) and x.strip() for x in c):
                errors.append(f"line {n}: bad context")
        rows.append(r)

seen = {}
for i, r in enumerate(rows, 1):
    k = norm(r.get("text", ""))
    if k in seen:
        errors.append(f"line {i}: duplicate of line {seen[k]}: {k[:40]!r}... ")
    else:
        seen[k] = i

lv = Counter(r["level"] for r in rows)
lc = Counter((r["level"], r["category"]) for r in rows)
print(f"total rows: {len(rows)}\n\nper level:")
for l in ["urgent", "concern", "none"]:
    print(f"  {l:8} {lv[l]}")
    if lv[l] < MIN[l]:
        errors.append(f"{l}: {lv[l]} < {MIN[l]}")
print("\nper level/category:")
for (l, c), v in sorted(lc.items(), key=lambda x: (["urgent", "concern", "none"].index(x[0][0]), str(x[0][1]))):
    print(f"  {l:8} {str(c):20} {v}")
for c in CATS:
    if lc[("concern", c)] == 0:
        errors.append(f"no concern {c}")
print("\nper language: total / urgent / concern / none")
for g in LANGS:
    rr = [r for r in rows if r["lang"] == g]
    if not rr:
        errors.append(f"language {g} missing")
    cc = Counter(r["level"] for r in rr)
    print(f"  {g}  {len(rr):4} / {cc['urgent']:3} / {cc['concern']:3} / {cc['none']:3}")
ne = sum(r["lang"] != "en" for r in rows)
print(f"\nnot English: {ne} ({100*ne/max(1,len(rows)):.1f} %)")
if ne < 0.4 * len(rows):
    errors.append("less than 40 % not English")
ctx = [r for r in rows if "context" in r]
print(f"rows with context: {len(ctx)} ({len(ctx)/max(1,len(rows))*100:.1f} %) {dict(Counter(r['level'] for r in ctx))}")
print(f"pt variants: {dict(Counter(r['variant'] for r in rows if r['lang']=='pt'))}")
print(f"tags: {len(set(r['tag'] for r in rows))} distinct")
if errors:
    print("\nFAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
