#!/usr/bin/env python3
"""One line for a `kb eval --json` run: recall@5 and MRR@10 per query and, when the file has intents, per intent
(the mean over each intent's queries, so an intent with 60 variants counts once)."""
import json
import sys
from collections import defaultdict

report = json.load(sys.stdin)
path = sys.argv[1]
intents = {}
for raw in open(path, encoding="utf-8"):
    if raw.strip():
        line = json.loads(raw)
        intents[line["id"]] = line.get("intent")
ranked = [q for q in report["questions"] if q.get("recallAt5") is not None]
recall = sum(q["recallAt5"] for q in ranked) / len(ranked)
mrr = sum(q["reciprocalRank"] for q in ranked) / len(ranked)
text = f"{path.split('/eval/')[-1]:26} queries {len(ranked):4}  R@5 {recall:.3f}  MRR@10 {mrr:.3f}"
by_intent = defaultdict(list)
for q in ranked:
    if intents.get(q["id"]):
        by_intent[intents[q["id"]]].append(q)
if by_intent:
    ir = sum(sum(q["recallAt5"] for q in qs) / len(qs) for qs in by_intent.values()) / len(by_intent)
    im = sum(sum(q["reciprocalRank"] for q in qs) / len(qs) for qs in by_intent.values()) / len(by_intent)
    text += f"   intents {len(by_intent):3}  R@5 {ir:.3f}  MRR@10 {im:.3f}"
print(text)
