#!/usr/bin/env python3
"""Builds tuning.jsonl and validation.jsonl from the written message sets (one JSON object per line:
id, message, label, level, register, note). Fixed rule: a message goes to validation when the FNV-1a hash
of its id, modulo 10, is below 3 (about 30 %), else to tuning. Rows already in the evaluation format
(question, triage) are taken as they are. Usage: split.py [--append] SET.jsonl...
(--append adds a new round to the existing files instead of rewriting them)."""
import json, sys, os

def fnv1a(text):
    h = 0x811c9dc5
    for b in text.encode('utf-8'):
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return h

here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
mode = 'a' if args[:1] == ['--append'] else 'w'
out = {name: open(os.path.join(here, name + '.jsonl'), mode, encoding='utf-8') for name in ('tuning', 'validation')}
for path in args[1:] if mode == 'a' else args:
    for line in open(path, encoding='utf-8'):
        m = json.loads(line)
        row = {"id": m["id"], "question": m.get("question", m.get("message")), "relevant": {}, "department": None,
               "triage": m.get("triage", m.get("label")), "level": m["level"], "register": m["register"], "note": m["note"]}
        split = 'validation' if fnv1a(m["id"]) % 10 < 3 else 'tuning'
        out[split].write(json.dumps(row, ensure_ascii=False) + '\n')
