#!/usr/bin/env python3
"""Build dev2.jsonl from the hand-written sources in src/<lang>.txt (deterministic)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "dev2.jsonl")
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
LEVEL = {"u": "urgent", "c": "concern", "n": "none"}
CAT = {"s": "suicide_self_harm", "a": "abuse_safeguarding", "e": "eating", "x": "substance",
       "p": "panic", "d": "depression", "t": "trauma", "z": "sleep", "-": None}


def parse(lang):
    rows, ctx, variant = [], [], None
    path = os.path.join(HERE, lang + ".txt")
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@variant "):
                variant = line.split(None, 1)[1].strip()
                continue
            if line.startswith("> "):
                ctx.append(line[2:].strip())
                continue
            head, sep, text = line.partition(" | ")
            parts = head.split()
            if not sep or len(parts) != 3 or parts[0] not in LEVEL or parts[1] not in CAT:
                sys.exit(f"{path}:{n}: bad line: {line}")
            row = {"text": text.strip(), "level": LEVEL[parts[0]], "category": CAT[parts[1]],
                   "lang": lang, "tag": parts[2], "source": "dev2", "added": "2026-12-01"}
            if ctx:
                row["context"] = ctx
                ctx = []
            if lang == "pt":
                if not variant:
                    sys.exit(f"{path}:{n}: pt row without @variant")
                row["variant"] = variant
            rows.append(row)
    if ctx:
        sys.exit(f"{path}: context lines at end of file without a row")
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
