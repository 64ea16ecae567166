#!/usr/bin/env python3
"""The past-answer check: each current past answer's question must find the pages and fiches its expert cited.

Writes eval/past-answers/check.jsonl from corpus/past-answers.jsonl: one line per current answer that cites at least
one source, relevant = its cited sources (grade 2), the answer itself excluded from the ranking."""
import json
import pathlib

home = pathlib.Path(__file__).resolve().parents[2]
lines = []
for raw in (home / "corpus" / "past-answers.jsonl").read_text(encoding="utf-8").splitlines():
    if not raw.strip():
        continue
    answer = json.loads(raw)
    if answer.get("status", "current") != "current" or answer.get("superseded_by"):
        continue
    sources = [s if isinstance(s, str) else s.get("url") for s in answer.get("sources", [])]
    sources = [s for s in sources if s]
    if not sources:
        continue
    lines.append({"id": answer["id"], "question": answer["question"], "relevant": {s: 2 for s in sources},
                  "department": None, "triage": "normal", "exclude": ["answer:" + answer["id"]]})
out = home / "eval" / "past-answers" / "check.jsonl"
out.write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines), encoding="utf-8")
print(f"{len(lines)} questions in {out.relative_to(home)}")
