#!/usr/bin/env python3
"""Build /work/heldout5/test5.jsonl from src/<lang>.txt.

Source line format (one message per line):
    <level> <cat> <tag> | <text>
  level: u = urgent, c = concern, n = none
  cat:   s = suicide_self_harm, a = abuse_safeguarding, e = eating, x = substance,
         p = panic, d = depression, t = trauma, z = sleep, - = none (null)
Other lines:
    # comment            (ignored)
    blank                (ignored)
    @variant pt-BR       (pt only: sets the variant for following rows)
    > earlier message    (context; accumulates, oldest first, for the next row only)
Output order: languages in LANGS order, rows in file order. Deterministic.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "test5.jsonl")
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
LEVELS = {"u": "urgent", "c": "concern", "n": "none"}
CATS = {"s": "suicide_self_harm", "a": "abuse_safeguarding", "e": "eating",
        "x": "substance", "p": "panic", "d": "depression", "t": "trauma",
        "z": "sleep", "-": None}
SOURCE = "test5"
ADDED = "2026-12-01"


def parse(lang):
    path = os.path.join(HERE, f"{lang}.txt")
    rows, ctx, variant = [], [], None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@variant "):
                variant = line.split(None, 1)[1].strip()
                continue
            if line.startswith("> "):
                ctx.append(line[2:].strip())
                continue
            if " | " not in line:
                sys.exit(f"{path}:{n}: no ' | ' separator: {line!r}")
            head, text = line.split(" | ", 1)
            parts = head.split()
            if len(parts) != 3 or parts[0] not in LEVELS or parts[1] not in CATS:
                sys.exit(f"{path}:{n}: bad head {head!r}")
            level, cat, tag = LEVELS[parts[0]], CATS[parts[1]], parts[2]
            text = text.strip()
            if not text:
                sys.exit(f"{path}:{n}: empty text")
            obj = {"text": text, "level": level, "category": cat, "lang": lang,
                   "tag": tag, "source": SOURCE, "added": ADDED}
            if ctx:
                obj["context"] = ctx
                ctx = []
            if lang == "pt":
                if variant not in ("pt-BR", "pt-PT"):
                    sys.exit(f"{path}:{n}: pt row without @variant")
                obj["variant"] = variant
            rows.append(obj)
    if ctx:
        sys.exit(f"{path}: dangling context at end of file")
    return rows


def main():
    rows = []
    for lang in LANGS:
        rows.extend(parse(lang))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
