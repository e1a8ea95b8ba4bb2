#!/usr/bin/env python3
"""Build test6.jsonl from the hand-written sources in src/<lang>.txt (deterministic)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "test6.jsonl")
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
LEVELS = {"u": "urgent", "c": "concern", "n": "none"}
CATS = {"s": "suicide_self_harm", "a": "abuse_safeguarding", "e": "eating", "x": "substance",
        "p": "panic", "d": "depression", "t": "trauma", "z": "sleep", "-": None}

rows = []
for lang in LANGS:
    path = os.path.join(HERE, f"{lang}.txt")
    context, variant = [], None
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@variant"):
                variant = line.split()[1]
                continue
            if line.startswith(">"):
                context.append(line[1:].strip())
                continue
            head, sep, text = line.partition(" | ")
            parts = head.split()
            if not sep or len(parts) != 3 or parts[0] not in LEVELS or parts[1] not in CATS:
                sys.exit(f"{path}:{n}: bad line: {line!r}")
            row = {"text": text.strip(), "level": LEVELS[parts[0]], "category": CATS[parts[1]],
                   "lang": lang, "tag": parts[2], "source": "test6", "added": "2026-12-01"}
            if context:
                row["context"] = context
            if lang == "pt":
                row["variant"] = variant
            rows.append(row)
            context = []
    if context:
        sys.exit(f"{path}: context at end of file with no row")

with open(OUT, "w", encoding="utf-8") as fh:
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {OUT}")
