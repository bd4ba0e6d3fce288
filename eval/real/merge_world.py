#!/usr/bin/env python3
"""Prints the starting world extended by world-additions.json (entries added by key; a key the world has wins).

usage: merge_world.py STARTING_WORLD.json ADDITIONS.json
"""
import json, sys

world = json.load(open(sys.argv[1], encoding="utf-8"))
additions = json.load(open(sys.argv[2], encoding="utf-8"))
for kind, key in (("actors", "slug"), ("places", "slug"), ("events", "key"), ("agreements", "key")):
    have = {entry[key] for entry in world.get(kind, [])}
    world.setdefault(kind, []).extend(e for e in additions.get(kind, []) if e[key] not in have)
json.dump(world, sys.stdout, ensure_ascii=False, indent=1)
