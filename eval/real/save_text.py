#!/usr/bin/env python3
"""Saves a text got back from the search tool's `pages` corpus into the texts folder, checking its hash.

usage: save_text.py FILE RESULT.json [FOLDER]
RESULT.json: {"url": ..., "excerpt": "..."}, the search result as the tool returned it (the excerpt JSON-escaped,
whole). FILE is the corpus file name (r001.txt); FOLDER defaults to $MRT_REAL_TEXTS or ../real-texts.
"""
import hashlib, json, os, pathlib, sys

here = pathlib.Path(__file__).resolve().parent
name, result = sys.argv[1], json.loads(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"))
folder = pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else os.environ.get("MRT_REAL_TEXTS", here.parent.parent.parent / "real-texts"))
source = next(json.loads(l) for l in (here / "sources.jsonl").read_text(encoding="utf-8").splitlines() if l.strip() and json.loads(l)["file"] == name)
if result["url"] != source["url"]:
    sys.exit(f"{name} comes from {source['url']}, not {result['url']}")
data = result["excerpt"].encode("utf-8")
if hashlib.sha256(data).hexdigest() != source["text_sha256"]:
    sys.exit(f"{name}: this excerpt is not the text annotated (sha256 differs); nothing written")
folder.mkdir(parents=True, exist_ok=True)
(folder / name).write_bytes(data)
print(f"{folder / name} saved")
