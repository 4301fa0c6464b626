#!/usr/bin/env python3
"""Reads ModelComparison's output and prints, per model, the AUC of "error" against "clean" paragraphs (the chance
that an error paragraph is less alike than a clean one), the medians, and the recall of error paragraphs at 5, 10
and 20% of clean paragraphs flagged."""
import bisect, sys

rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
for k, name in enumerate(["all-MiniLM-L6-v2", "BGE-small-en-v1.5", "E5-small-v2"]):
    pos = sorted(float(r[2 + k]) for r in rows if r[1] == "error")
    neg = sorted(float(r[2 + k]) for r in rows if r[1] == "clean")
    auc = sum(len(neg) - bisect.bisect_right(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p))
              for p in pos) / (len(pos) * len(neg))
    at = []
    for fpr in (0.05, 0.10, 0.20):
        threshold = neg[int(fpr * len(neg))]
        at.append(f"{fpr:.0%} clean flagged: {sum(p < threshold for p in pos) / len(pos):.2f} of errors")
    print(f"{name}: AUC {auc:.3f}; medians error {pos[len(pos) // 2]:.3f}, clean {neg[len(neg) // 2]:.3f}; " + "; ".join(at))
