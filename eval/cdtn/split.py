#!/usr/bin/env python3
"""Splits cdtn-dev.jsonl by intent (never a query from its intent's other half): an intent is in validation.jsonl when
the FNV-1a hash of its name is odd, else in tuning.jsonl. Rankings are tuned on tuning.jsonl only."""
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent


def fnv1a(text: str) -> int:
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


halves = {"tuning.jsonl": [], "validation.jsonl": []}
for raw in (here / "cdtn-dev.jsonl").read_text(encoding="utf-8").splitlines():
    if raw.strip():
        line = json.loads(raw)
        halves["validation.jsonl" if fnv1a(line["intent"]) % 2 else "tuning.jsonl"].append(raw)
for name, lines in halves.items():
    (here / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} queries, {len({json.loads(l)['intent'] for l in lines})} intents")
