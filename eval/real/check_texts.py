#!/usr/bin/env python3
"""Checks that every text of the real corpus is in FOLDER and is the exact text annotated (its sha256).

usage: check_texts.py FOLDER
Exit 1, listing what is missing or changed, so that no score is ever taken on other texts than the gold's.
"""
import hashlib, json, pathlib, sys

here = pathlib.Path(__file__).resolve().parent
folder = pathlib.Path(sys.argv[1])
bad = []
count = 0
for line in (here / "sources.jsonl").read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    source = json.loads(line)
    count += 1
    path = folder / source["file"]
    if not path.exists():
        bad.append(f"{source['file']}: missing (get it back from {source['url']}, see README.md)")
    elif hashlib.sha256(path.read_bytes()).hexdigest() != source["text_sha256"]:
        bad.append(f"{source['file']}: not the text annotated (sha256 differs)")
if bad:
    print("\n".join(bad))
    sys.exit(1)
print(f"{count} texts checked in {folder}")
