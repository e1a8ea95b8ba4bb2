#!/usr/bin/env python3
"""Build /work/heldout4/test4.jsonl from the hand-written src/<lang>.txt files.

Source line format (one message per line):
    L cat tag | text
  L   : U (urgent) / C (concern) / N (none)
  cat : sui abu eat sub pan dep tra sle, or - for none
  tag : short kind word
Other lines:
  # comment, blank lines ignored
  > earlier message     (context for the NEXT row, oldest first; may repeat)
  @variant pt-BR|pt-PT|-  (sets the variant field for following rows; - clears)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "test4.jsonl")
LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"]
LEV = {"U": "urgent", "C": "concern", "N": "none"}
CAT = {"sui": "suicide_self_harm", "abu": "abuse_safeguarding", "eat": "eating",
       "sub": "substance", "pan": "panic", "dep": "depression", "tra": "trauma",
       "sle": "sleep", "-": None}

rows, errors = [], []
for lang in LANGS:
    path = os.path.join(HERE, f"{lang}.txt")
    variant, ctx = None, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            if s.startswith("@variant"):
                v = s.split(None, 1)[1].strip()
                variant = None if v == "-" else v
                continue
            if s.startswith(">"):
                ctx.append(s[1:].strip())
                continue
            if " | " not in s:
                errors.append(f"{lang}:{n}: no ' | ' separator: {s[:60]}")
                continue
            head, text = s.split(" | ", 1)
            parts = head.split()
            if len(parts) != 3 or parts[0] not in LEV or parts[1] not in CAT:
                errors.append(f"{lang}:{n}: bad head {head!r}")
                continue
            row = {"text": text.strip(), "level": LEV[parts[0]], "category": CAT[parts[1]],
                   "lang": lang, "tag": parts[2], "source": "test4", "added": "2026-12-01"}
            if ctx:
                row["context"] = ctx
                ctx = []
            if variant:
                row["variant"] = variant
            rows.append(row)
    if ctx:
        errors.append(f"{lang}: dangling context at end of file")

if errors:
    print("\n".join(errors))
    sys.exit(1)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {OUT}")
