#!/usr/bin/env python3
"""Writes the mqm2021 paragraph pairs as TSV (id, label, original, revised): "error" when a must item (a major
accuracy error) lies in the paragraph, "clean" when a must_not item does; other paragraphs are left out."""
import json, sys

def spans(text):
    out, start = [], 0
    for p in text.split("\n\n"):
        out.append((start, start + len(p)))
        start += len(p) + 2
    return out

def overlaps(a, b):
    return b is not None and a[0] < b[1] and b[0] < a[1]

for line in open(sys.argv[1], encoding="utf-8"):
    case = json.loads(line)
    A, B = case["original"], case["revised"]
    for i, (a, b) in enumerate(zip(spans(A), spans(B))):
        label = ("error" if any(overlaps(b, m.get("revised_span")) for m in case["must"])
                 else "clean" if any(overlaps(b, m.get("revised_span")) for m in case["must_not"]) else None)
        if label:
            clean = lambda s: s.replace("\t", " ").replace("\n", " ")
            print(f"{case['id']}#{i}\t{label}\t{clean(A[a[0]:a[1]])}\t{clean(B[b[0]:b[1]])}")
