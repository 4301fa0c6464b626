#!/usr/bin/env python3
"""Recall against false alarms by meaning threshold, from one `factdiff eval` run.

usage: meaning-curve.py CASES.jsonl PAIRS.jsonl FINDINGS.jsonl [--drift 0.4,0.5,...] [--equivalent 0.8,...]
                        [--close 0.8] [--reworded 0.6,0.7]

Both files come from `factdiff eval --findings-out` runs (the aligner embeds the pairs of word similarity below
MeaningPass.CLOSE_WORDING, 0.8; to replay a higher `close`, build with that constant above 1):
  PAIRS:    --config with MEANING_DRIFT options driftBelow: 1.01, equivalentAbove: 1.01: a MEANING_DRIFT finding
            names every measured pair, its two spans and both similarities;
  FINDINGS: --config with MEANING_DRIFT enabled: false and equivalentAbove: 1.01: every other rule's findings,
            none lowered, none merged into a MEANING_DRIFT finding.
For each threshold the script replays what the checker does: the MEANING_DRIFT findings of pairs below `drift`
join FINDINGS; findings of the word-pairing rules inside a measured pair at least `equivalent` alike drop to
info; findings of one category at overlapping places merge as the engine's Deduplicator merges them. Pairs of
word similarity at least `close` count as not measured (the aligner does not embed them); findings are lowered
only in pairs of word similarity below `reworded` (free rewording). Scoring is score-findings.py's.
"""
import importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "..", "shared", "tools", "score-findings.py")
# The rules BenignRewording lowers; WORD_PAIRING=RULE,... replays another choice (how CHANGED_ENTITY was measured).
WORD_PAIRING = set(os.environ.get("WORD_PAIRING", "CHANGED_MEANING,NEGATION_FLIP,ADDED_CLAIM").split(","))
# Swaps BenignRewording never lowers: an opposite, or a word WordNet does not relate to the other.
OUT_OF_KIND = {"antonym", "unrelated"}
RANK = {"info": 0, "warning": 1, "error": 2}


def load_scorer():
    path = os.environ.get("SCORER", SCORER)
    spec = importlib.util.spec_from_file_location("score_findings", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def span(f, side):
    s = f.get(side)
    return (s["start"], s["end"]) if isinstance(s, dict) else None


def within(inner, outer):
    return inner is None or (outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1])


def replay(measured, findings, drift, equivalent, close, reworded):
    pairs = []
    out = []
    for f in measured:
        if f["rule"] == "MEANING_DRIFT":
            sim, words = float(f["evidence"]["meaning similarity"]), float(f["evidence"]["word similarity"])
            if words < close:
                pairs.append((span(f, "original"), span(f, "revised"), sim, words))
                if sim < drift:
                    out.append(f)
    for f in findings:
        if f["rule"] in WORD_PAIRING and RANK[f["severity"]] > 0 and f["evidence"].get("relation") not in OUT_OF_KIND:
            o, r = span(f, "original"), span(f, "revised")
            if any(sim >= equivalent and words < reworded and within(o, po) and within(r, pr)
                   for po, pr, sim, words in pairs):
                f = dict(f, severity="info")
        out.append(f)
    return deduplicate(out)


def order(f):
    big = 1 << 40
    o, r = span(f, "original"), span(f, "revised")
    return (o[0] if o else big, r[0] if r else big, o[1] if o else big, r[1] if r else big, f["rule"], f["message"])


def overlap(a, b):
    if a is None or b is None:
        return False
    return (a[0] < b[1] and b[0] < a[1]) or ((a[0] == a[1] or b[0] == b[1]) and a[0] <= b[1] and b[0] <= a[1])


def deduplicate(findings):
    kept = []
    for f in sorted(findings, key=order):
        same = next((i for i, k in enumerate(kept) if k["category"] == f["category"] and (
            overlap(span(k, "original"), span(f, "original")) or overlap(span(k, "revised"), span(f, "revised")))),
            None)
        if same is None:
            kept.append(f)
        elif RANK[f["severity"]] > RANK[kept[same]["severity"]]:
            kept[same] = f
    return kept


def score(scorer, cases, measured, found, drift, equivalent, close, reworded):
    hits = total = alarms = benign = benign_alarmed = 0
    for c in cases:
        hit, tot, _, al = scorer.score_case(c, c["original"], c["revised"], replay(
            measured.get(c["id"], []), found.get(c["id"], []), drift, equivalent, close, reworded))
        hits += sum(hit.values()); total += sum(tot.values()); alarms += len(al)
        if not c.get("must"):
            benign += 1; benign_alarmed += bool(al)
    return hits, total, alarms, len(cases), benign, benign_alarmed


def read(path):
    found = {}
    for l in open(path, encoding="utf-8"):
        if l.strip():
            r = json.loads(l); found[r["id"]] = r.get("findings", [])
    return found


def main():
    args = sys.argv[1:]
    opts = {"--drift": "0,0.3,0.4,0.45,0.5,0.55,0.6,0.65,0.7", "--equivalent": "1.01,0.95,0.9,0.85,0.8,0.75,0.7",
            "--close": "0.8", "--reworded": "0.7"}
    for k in list(opts):
        if k in args:
            i = args.index(k); opts[k] = args[i + 1]; del args[i:i + 2]
    cases = [json.loads(l) for l in open(args[0], encoding="utf-8") if l.strip()]
    measured, found = read(args[1]), read(args[2])
    scorer = load_scorer()
    close = float(opts["--close"])
    print(f"{os.path.basename(args[0])} (pairs of word similarity >= {close} not embedded)")
    print("| drift below | equivalent above | in pairs of word similarity below | recall | false alarms / case |"
          " benign-only pairs with an alarm |")
    print("|---|---|---|---|---|---|")
    for d in [float(x) for x in opts["--drift"].split(",")]:
        for w in [float(x) for x in opts["--reworded"].split(",")]:
            for e in [float(x) for x in opts["--equivalent"].split(",")]:
                h, t, a, n, b, ba = score(scorer, cases, measured, found, d, e, close, w)
                bb = f"{ba}/{b} = {ba / b:.2f}" if b else "-"
                print(f"| {d:.2f} | {'never' if e > 1 else f'{e:.2f}'} | {w:.2f} | {h}/{t} = {h / max(1, t):.2f} | "
                      f"{a}/{n} = {a / n:.2f} | {bb} |")


if __name__ == "__main__":
    main()
