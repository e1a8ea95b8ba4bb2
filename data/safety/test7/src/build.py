#!/usr/bin/env python3
"""Build test7.jsonl from the hand-written sources in src/<lang>.txt (deterministic)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "test7.jsonl")
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
LEV = {"u": "urgent", "c": "concern", "n": "none"}
CAT = {"s": "suicide_self_harm", "a": "abuse_safeguarding", "e": "eating", "x": "substance",
       "p": "panic", "d": "depression", "t": "trauma", "z": "sleep", "-": None}

def parse(lang):
    rows, ctx, variant = [], [], None
    path = os.path.join(HERE, lang + ".txt")
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@variant "):
                variant = line.split(None, 1)[1].strip()
                continue
            if line.startswith("> "):
                ctx.append(line[2:].strip())
                continue
            head, sep, text = line.partition(" | ")
            if not sep:
                sys.exit(f"{path}:{n}: no ' | ' separator")
            parts = head.split()
            if len(parts) != 3 or parts[0] not in LEV or parts[1] not in CAT:
                sys.exit(f"{path}:{n}: bad head {head!r}")
            row = {"text": text.strip(), "level": LEV[parts[0]], "category": CAT[parts[1]],
                   "lang": lang, "tag": parts[2], "source": "test7", "added": "2026-12-01"}
            if ctx:
                row["context"] = ctx
                ctx = []
            if lang == "pt":
                row["variant"] = variant
            rows.append(row)
    if ctx:
        sys.exit(f"{path}: dangling context at end")
    return rows

def main():
    rows = []
    for lang in LANGS:
        rows.extend(parse(lang))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")

if __name__ == "__main__":
    main()
