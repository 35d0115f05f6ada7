#!/usr/bin/env python3
"""Precision and recall of claimlint's findings against a corpus's injected conflicts.

Usage: score_injected.py TRUTH.jsonl FINDINGS.jsonl  (findings from --format jsonl)
A finding counts when its primary location is in an injected document and its text
holds the injected text (or the injected text holds it). Prints one JSON line.
"""
import json
import sys


def main():
    truth = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    findings = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
    by_doc = {}
    for t in truth:
        by_doc.setdefault(t["doc"], []).append(t)
    hit_truth = set()
    good = 0
    for f in findings:
        p = f["primary"]
        text = p["text"]
        ok = False
        for i, t in enumerate(by_doc.get(p["path"], [])):
            if t["text"] in text or text in t["text"]:
                hit_truth.add((t["doc"], i))
                ok = True
        good += ok
    precision = good / len(findings) if findings else 1.0
    recall = len(hit_truth) / len(truth) if truth else 1.0
    hit_docs = {d for d, _ in hit_truth}
    missed = {}
    for t in truth:
        if t["doc"] not in hit_docs:
            missed[t["kind"]] = missed.get(t["kind"], 0) + 1
    print(json.dumps({"findings": len(findings), "injected": len(truth), "precision": round(precision, 4), "recall": round(recall, 4), "missed_by_kind": missed}))


if __name__ == "__main__":
    main()
